import { GraphFailure } from './respond.ts';

const WWW_AUTHENTICATE = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An unsigned JWT shaped like an Entra ID access token for Graph (the mock checks shape and `exp`, not signatures).
 * @example graphTestToken({ expiresInS: -60 }) // an expired token: 401 InvalidAuthenticationToken
 */
export function graphTestToken(options: { expiresInS?: number; oid?: string } = {}): string {
  const nowS = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'RS256', kid: 'mock-signing-key' };
  const payload = { aud: '00000003-0000-0000-c000-000000000000', iss: 'https://sts.windows.net/2b8f4d91-6c3e-4a57-9d0b-7e1a5c3f8b26/', iat: nowS - 60, nbf: nowS - 60, exp: nowS + (options.expiresInS ?? 3600), oid: options.oid ?? '8c3a9e27-51d4-4b6f-a0e2-3f7d1c9b6a54', scp: 'User.Read User.ReadBasic.All Team.ReadBasic.All Channel.ReadBasic.All Channel.Create ChannelMessage.Send', tid: '2b8f4d91-6c3e-4a57-9d0b-7e1a5c3f8b26' };
  return `${base64url(header)}.${base64url(payload)}.bW9jay1zaWduYXR1cmU`;
}

function claims(token: string): Record<string, unknown> | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    return payload !== null && typeof payload === 'object' ? payload : null;
  } catch {
    return null;
  }
}

/**
 * Graph's check of the Authorization header: none, not a JWT (JWS 3 parts or JWE 5 parts), or past its `exp`/before
 * its `nbf` is 401 InvalidAuthenticationToken; a token whose payload names `"revoked": true` is treated as revoked.
 */
export function checkGraphToken(request: Request): GraphFailure | null {
  const fail = (message: string) => new GraphFailure(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': WWW_AUTHENTICATE });
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(\S+)/i.exec(header)?.[1];
  if (!token) return fail('Access token is empty.');
  const parts = token.split('.');
  // [U] Graph's IdentityModel wording for a token that is not a compact JWT.
  if (!(parts.length === 3 || parts.length === 5)) return fail('IDX14100: JWT is not well formed, there are no dots (.).');
  const payload = claims(token);
  if (!payload) return fail('Invalid JWT token. Token format not valid.');
  const nowS = Date.now() / 1000;
  const expired = typeof payload.exp === 'number' && payload.exp < nowS;
  const early = typeof payload.nbf === 'number' && payload.nbf > nowS + 300;
  if (expired || early || payload.revoked === true) return fail('Access token has expired or is not yet valid.');
  return null;
}
