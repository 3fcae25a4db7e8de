import { z } from 'zod';
import { cappedDurationSchema } from '../input/duration.ts';

/** The longest any fault waits (ms): 10 minutes, so a drill can never wait forever on a typo. */
export const MAX_WAIT_MS = 600_000;

/** A duration param: a number of ms, or a string with a unit (`500ms`, `2s`, `1m`); parses to ms, at most 10 minutes. */
export const durationMs = () => cappedDurationSchema(MAX_WAIT_MS);

/** Waits `ms`, or less when `signal` aborts (the client left: nobody is there to answer). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The provider's dialect entry for the first key it has, with overrides; throws naming every key tried. */
export function firstDialect(
  context: { provider: { name: string; dialect: Record<string, unknown> }; dialect(kind: string, overrides?: { status?: number; headers?: Record<string, string> }): Response },
  keys: readonly string[],
  overrides?: { status?: number; headers?: Record<string, string> },
): Response {
  const key = keys.find((k) => k in context.provider.dialect);
  if (!key) {
    const known = Object.keys(context.provider.dialect).sort().join(', ');
    throw new Error(`brownout: provider "${context.provider.name}" has none of the dialect entries ${keys.map((k) => `"${k}"`).join(', ')}; it has: ${known}. Add "${keys[0]}" to mocks/${context.provider.name}/dialect.json.`);
  }
  return context.dialect(key, overrides);
}
