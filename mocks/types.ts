import type { RequestHandler } from 'msw';

/** One endpoint a provider serves, as the audit and the engineering checks see it. */
export interface EndpointDef {
  /** `METHOD /path/{template}`, the id scenarios use, e.g. `GET /v3/company/{realmId}/query`. */
  endpoint: string;
  method: string;
  /** Path template with `{param}` placeholders. */
  path: string;
  /** A read never changes the provider's state; a mutation does. */
  kind: 'read' | 'mutation';
  /** Whether repeating the call is harmless (GET, PUT; not a create). */
  idempotent: boolean;
  summary: string;
}

/** A canned response in a provider's own words, with `{{placeholders}}` filled at send time. */
export interface DialectResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body (object or array) or a string sent as is. */
  body: unknown;
  /** Default values of this entry's `{{placeholders}}` (send-time values and the caller's override them). */
  vars?: Record<string, string | number>;
  /** Where the wording comes from; `[U]` marks what no vendor source confirms. Never sent. */
  notes?: string;
}

/** How a provider says each kind of failure; keys are fault kinds (`outage`, `rate-limit`, ...). */
export type Dialect = Record<string, DialectResponse>;

/** How a provider's handlers treat identity. */
export interface HandlerOptions {
  /**
   * Keep the provider's realistic rejections of a wrong token or account (401/403), for SDK fidelity tests.
   * Default false: any bearer token and any company/realm/tenant id are accepted, identity is not the fault.
   */
  strictAuth?: boolean;
}

/** A 3rd-party provider the mock runtime can serve. */
export interface ProviderDefinition {
  /** Slug used in scenarios and base URLs, e.g. `quickbooks`. */
  name: string;
  /** Name a user knows it by, e.g. `QuickBooks Online`. */
  title: string;
  /** Other names users know it by, for the copy rule `names-integration` (e.g. `Teams` for Microsoft Graph). */
  aliases?: string[];
  /** The case study's grouping: Collaboration, CRM, ECommerce, ERP, Video Conferencing, Other. */
  category: string;
  /** Real hosts a page reaches it at (`*.` matches any subdomain), for routing a page's own calls to the mocks. */
  hosts?: string[];
  catalogue: EndpointDef[];
  dialect: Dialect;
  /** Largest request body the mock reads (bytes), default 5 MB; a larger one is a 413 in the dialect's `validation` words. */
  maxBodyBytes?: number;
  /** Fresh handlers with fresh seeded state: each runtime gets its own copy. */
  createHandlers(options?: HandlerOptions): RequestHandler[];
  /** Send-time values for dialect placeholders (e.g. `time` in the provider's own format); defaults otherwise. */
  dialectVars?(): Record<string, string | number>;
  /**
   * Calls to forward to the real (sandbox) service at `url` (its path prefixes every forwarded path) instead of
   * the handlers: `unmatched` ones (no catalogue endpoint), or `all` (faults still apply to matched ones).
   * Set from a config's `providers.passthrough`.
   */
  passthrough?: { url: string; calls: 'unmatched' | 'all' };
}
