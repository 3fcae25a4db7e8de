/** How a provider wants its access token sent; `{jwt}` stands for a JWT-shaped OAuth token (Microsoft Graph, Zoom). */
export interface ProviderAuth {
  header: string;
  token: string;
}

/** An unsigned, JWT-shaped access token valid for an hour (the Graph and Zoom mocks check shape and `exp`, not signatures). */
function jwt(): string {
  const nowS = Math.floor(Date.now() / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { aud: '00000003-0000-0000-c000-000000000000', iat: nowS - 60, nbf: nowS - 60, exp: nowS + 3600, oid: 'a1f0c3d2-integrations-hub', scp: 'User.ReadBasic.All' };
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part(claims)}.ZGVtby1zaWduYXR1cmU`;
}

/** The header that carries the demo's token for a provider. */
export function authHeaders(auth: ProviderAuth): Record<string, string> {
  return { [auth.header]: auth.token.replace('{jwt}', () => jwt()) };
}

/** Shopify's current quarterly API version (`2026-10` in November 2026): the newest stable one it serves. */
export function shopifyApiVersion(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(Math.floor(now.getUTCMonth() / 3) * 3 + 1).padStart(2, '0')}`;
}
