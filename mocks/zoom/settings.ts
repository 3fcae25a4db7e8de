import { respond, ZoomFailure } from './respond.ts';
import type { ZoomState } from './state.ts';

type Json = Record<string, unknown>;

/** `GET /users/me/settings`: the user's settings, section by section. */
export function getSettings(state: ZoomState): Response {
  return respond.json(state.settings);
}

/**
 * `PATCH /users/me/settings`: merges known settings; a value of another type than the current one, or an unknown
 * section, is code 300 Validation Failed naming `section.key`. 204 No Content.
 */
export function updateSettings(state: ZoomState, body: Json): Response {
  const bad: string[] = [];
  for (const [section, values] of Object.entries(body)) {
    const current = Object.hasOwn(state.settings, section) ? state.settings[section] : undefined;
    if (!current || values === null || typeof values !== 'object' || Array.isArray(values)) {
      bad.push(section);
      continue;
    }
    for (const [key, value] of Object.entries(values as Json)) {
      // Unknown keys are ignored, as Zoom does; known keys keep their type.
      if (Object.hasOwn(current, key) && typeof current[key] !== typeof value) bad.push(`${section}.${key}`);
    }
  }
  if (bad.length) throw ZoomFailure.invalid(...bad);
  for (const [section, values] of Object.entries(body)) {
    const current = state.settings[section]!;
    for (const [key, value] of Object.entries(values as Json)) if (Object.hasOwn(current, key)) current[key] = value;
  }
  return respond.json(null, { status: 204, effect: 'applied' });
}
