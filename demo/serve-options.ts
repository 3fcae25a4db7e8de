import integrations from './integrations.json' with { type: 'json' };

/** Provider slugs the hub talks to. */
export const PROVIDER_SLUGS = integrations.map((i) => i.slug);

/** `BROWNOUT_<SLUG>_URL` for a provider, e.g. `BROWNOUT_GOOGLE_SHEETS_URL`. */
export const envNameFor = (slug: string) => `BROWNOUT_${slug.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`;

/**
 * Each provider's base URL for a standalone demo, later sources winning: a `brownout mocks` control API's
 * `/providers`, then `BROWNOUT_<SLUG>_URL` (and the older `QBO_BASE_URL`), then `--base-url slug=url` flags.
 * Throws a `brownout:` error naming the bad flag and the known slugs.
 */
export function resolveBaseUrls(input: { fromControl?: Record<string, string>; env: NodeJS.ProcessEnv; flags: string[] }): Record<string, string> {
  const urls: Record<string, string> = { ...input.fromControl };
  if (input.env.QBO_BASE_URL) urls.quickbooks = input.env.QBO_BASE_URL;
  for (const slug of PROVIDER_SLUGS) {
    const value = input.env[envNameFor(slug)];
    if (value) urls[slug] = value;
  }
  for (const flag of input.flags) {
    const match = /^([a-z-]+)=(https?:\/\/\S+)$/.exec(flag);
    if (!match || !PROVIDER_SLUGS.includes(match[1]!)) {
      throw new Error(`brownout: --base-url "${flag}" is not <provider>=<http(s) url>; providers: ${PROVIDER_SLUGS.join(', ')} (e.g. --base-url slack=http://127.0.0.1:4011).`);
    }
    urls[match[1]!] = match[2]!;
  }
  return urls;
}

/** Reads the base URLs of a running `brownout mocks` from its control API (`GET /providers`). */
export async function baseUrlsFromControl(controlUrl: string, token?: string): Promise<Record<string, string>> {
  const url = `${controlUrl.replace(/\/+$/, '')}/providers`;
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new Error(`brownout: --mocks ${controlUrl}: no answer (${(error as Error).message}); start the fleet with \`npx brownout mocks\` and pass its "control API" URL.`);
  }
  if (!response.ok) throw new Error(`brownout: --mocks ${controlUrl}: GET /providers answered HTTP ${response.status}; pass --mocks-token when the control API needs one.`);
  const providers = (await response.json()) as { name: string; baseUrl: string }[];
  return Object.fromEntries(providers.map((p) => [p.name, p.baseUrl]));
}
