import { ZoomFailure } from './respond.ts';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An unsigned JWT shaped like a Zoom OAuth access token (the mock checks shape and `exp`, not signatures).
 * @example zoomTestToken({ expiresInS: -60 }) // an expired token: 401 code 124
 */
export function zoomTestToken(options: { expiresInS?: number } = {}): string {
  const nowS = Math.floor(Date.now() / 1000);
  const header = { sv: '00000001', alg: 'HS512', v: '2.0', kid: 'mock-key' };
  const payload = { aud: 'https://oauth.zoom.us', uid: 'KDcuGIm1QgePTO8WbOqwIQ', ver: 10, auid: 'mock-auid', nbf: nowS - 60, iat: nowS - 60, exp: nowS + (options.expiresInS ?? 3600), iss: 'zm:cid:mockClientId', cid: 'mockClientId', tid: 0, aid: 'yG5eH0y8TnKfFw0mPXdoEw' };
  return `${base64url(header)}.${base64url(payload)}.bW9jay1zaWduYXR1cmU`;
}

/** Zoom's check of the bearer token: missing or not a JWT is code 124 Invalid access token; past `exp` is expired. */
export function checkZoomToken(request: Request): ZoomFailure | null {
  const token = /^Bearer\s+(\S+)/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const parts = token?.split('.') ?? [];
  if (!token || parts.length !== 3) return new ZoomFailure(401, 124, 'Invalid access token.');
  let payload: { exp?: unknown } | null = null;
  try {
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return new ZoomFailure(401, 124, 'Invalid access token.');
  }
  // [U] Zoom's wording for an expired token.
  if (typeof payload?.exp === 'number' && payload.exp < Date.now() / 1000) return new ZoomFailure(401, 124, 'Access token is expired.');
  return null;
}
