import { z } from 'zod';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  status: z
    .union([z.literal(401), z.literal(403)])
    .optional()
    .describe("401: the token was revoked (dialect auth-revoked); 403: access was withdrawn (dialect forbidden, else auth-revoked as a 403); omitted: the provider's own auth-revoked answer, whatever its status."),
});

/**
 * The user's connection to the provider is no longer authorised: the provider's own 401 (token revoked or
 * expired) or 403 (access withdrawn), in its words. Slack-like dialects answer 200 `ok: false` unless a
 * status is asked for.
 */
export const authRevoked: FaultKind<z.infer<typeof params>> = {
  name: 'auth-revoked',
  transient: false,
  userMustAct: true,
  dialectKeys: ['auth-revoked'],
  summary: "the provider refuses the credentials: its own auth-revoked answer (params: status 401|403, default the provider's own)",
  params,
  async apply({ params, dialect, hasDialect }) {
    if (params.status === 403 && hasDialect('forbidden')) return { type: 'response', response: dialect('forbidden') };
    return { type: 'response', response: dialect('auth-revoked', params.status ? { status: params.status } : undefined) };
  },
};
