import { z } from 'zod';

/**
 * The `retryAfterS` param of throttling and maintenance kinds: seconds for `Retry-After`; omitted keeps the
 * provider's own (from its dialect); null sends none.
 */
export const retryAfterSeconds = z.number().int().min(0).max(86_400).nullable().optional();

/** Applies `retryAfterS` to a dialect response: override, keep, or remove `Retry-After`. */
export function withRetryAfter(response: Response, retryAfterS: number | null | undefined): Response {
  if (retryAfterS === null) response.headers.delete('retry-after');
  else if (retryAfterS !== undefined) response.headers.set('retry-after', String(retryAfterS));
  return response;
}
