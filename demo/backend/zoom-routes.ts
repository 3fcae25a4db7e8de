import { Router } from 'express';
import { z } from 'zod';
import settingsJson from '../zoom-settings.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import type { DemoState } from './demo-state.ts';
import { guidedFailureBody, sendFailure, type UxMode } from './failure.ts';
import type { ProviderHttp } from './provider-http.ts';
import { demoWarn } from './log.ts';

/** What the Zoom routes need. */
export interface ZoomRouterOptions {
  mode: UxMode;
  http: ProviderHttp;
  policy: CallPolicy;
  state: DemoState;
}

type ZoomSettings = Record<string, Record<string, unknown>>;
const CACHE_KEY = 'zoom:settings';
const settingsInput = z.record(z.string(), z.boolean());

/** The hub's view of the Zoom meeting defaults: `{ "schedule_meeting.host_video": true, ... }`. */
function flatten(settings: ZoomSettings): Record<string, boolean> {
  return Object.fromEntries(settingsJson.map(({ section, key }) => [`${section}.${key}`, settings[section]?.[key] === true]));
}

/**
 * The Zoom settings page's API: read the meeting defaults (GET /v2/users/me/settings) and save them (PATCH).
 * Guided: reads retried; a failed read serves the last known settings flagged `stale` (or none, `unavailable`);
 * a failed save is refused with a reason. Legacy: a failed read silently shows the hub's blank defaults, a failed
 * save is reported as saved.
 */
export function createZoomRouter({ mode, http, policy, state }: ZoomRouterOptions): Router {
  const router = Router();

  router.get('/api/zoom/settings', async (_req, res) => {
    try {
      const settings = flatten(await policy.run((signal) => http<ZoomSettings>({ method: 'GET', path: '/v2/users/me/settings', signal })));
      state.remember(CACHE_KEY, settings);
      res.json({ fields: settingsJson, settings });
    } catch (error) {
      if (mode === 'legacy') {
        demoWarn(`zoom settings read failed, showing defaults: ${(error as Error).message}`);
        res.json({ fields: settingsJson, settings: flatten({}) });
        return;
      }
      const last = state.lastKnown(CACHE_KEY);
      demoWarn(`zoom settings read failed (${last ? 'serving last known' : 'nothing cached'}): ${(error as Error).message}`);
      res.status(last ? 200 : 503).json({ fields: settingsJson, settings: last?.data ?? null, stale: { asOf: last ? new Date(last.at).toISOString() : null, ...guidedFailureBody('zoom', error).error } });
    }
  });

  router.patch('/api/zoom/settings', async (req, res) => {
    const input = settingsInput.safeParse(req.body);
    if (!input.success) {
      res.status(400).json({ error: { reason: 'invalid-input', issues: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) } });
      return;
    }
    const body: ZoomSettings = {};
    for (const [path, value] of Object.entries(input.data)) {
      const [section, key] = path.split('.') as [string, string];
      if (!settingsJson.some((f) => f.section === section && f.key === key)) continue;
      (body[section] ??= {})[key] = value;
    }
    try {
      // A PATCH of the same values is idempotent: safe to retry.
      await policy.run((signal) => http({ method: 'PATCH', path: '/v2/users/me/settings', body, signal }));
      state.remember(CACHE_KEY, { ...((state.lastKnown(CACHE_KEY)?.data as object) ?? {}), ...input.data });
      res.json({ saved: true });
    } catch (error) {
      if (mode === 'legacy') {
        demoWarn(`zoom settings save failed (reported as saved): ${(error as Error).message}`);
        res.json({ saved: true });
        return;
      }
      sendFailure(res, mode, 'zoom', 'PATCH settings', error);
    }
  });

  return router;
}
