/** Shopify's quarterly API versions as of a date: the supported stable ones, the release candidate, and `unstable`. */
export interface ApiVersions {
  /** Supported stable versions, oldest first (each is supported for 12 months). */
  stable: string[];
  /** The next quarter's version, callable before its release. */
  releaseCandidate: string;
}

const VERSION = /^(\d{4})-(01|04|07|10)$/;

function quarterVersion(year: number, quarterIndex: number): string {
  const y = year + Math.floor(quarterIndex / 4);
  const q = ((quarterIndex % 4) + 4) % 4;
  return `${y}-${String(q * 3 + 1).padStart(2, '0')}`;
}

/** The versions Shopify serves on a date: the current quarter's and the three before it, plus the next one. */
export function apiVersions(now = new Date()): ApiVersions {
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3);
  return { stable: [-3, -2, -1, 0].map((step) => quarterVersion(year, quarter + step)), releaseCandidate: quarterVersion(year, quarter + 1) };
}

/** How a requested version is served: as itself, fallen forward to the oldest supported one, or not at all (null). */
export interface ServedVersion {
  served: string;
  /** True when the requested version was removed and Shopify answered with the oldest supported one instead. */
  fellForward: boolean;
}

/**
 * Resolves the `{version}` of `/admin/api/{version}/...`: a removed version does not fail, it "falls forward" to the
 * oldest supported version (fidelity.md); a malformed or future version is not found.
 */
export function resolveVersion(requested: string, now = new Date()): ServedVersion | null {
  if (requested === 'unstable') return { served: requested, fellForward: false };
  const { stable, releaseCandidate } = apiVersions(now);
  if (!VERSION.test(requested) || requested > releaseCandidate) return null;
  if (requested < stable[0]!) return { served: stable[0]!, fellForward: true };
  return { served: requested, fellForward: false };
}
