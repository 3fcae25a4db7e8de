/**
 * The data files of a generated provider folder (`brownout provider new`): what each endpoint answers and how
 * created items relate to lists. The catalogue and the dialect use the built-in providers' own formats.
 */

/** One answer an endpoint gives on its happy path. */
export interface StoredResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON value, a string sent as is, or null for no body. */
  body: unknown;
}

/** Where an endpoint sits in a create-then-list relation, inferred from its path and method. */
export type CollectionRole =
  /** POST to a collection: the created item joins the collection's list. */
  | { role: 'create'; collection: string }
  /** GET of a collection whose answer is a list: created items are added to the list. */
  | { role: 'list'; collection: string }
  /** GET of one item of a collection (`{collection}/{param}`): a created item is found by that value. */
  | { role: 'item'; collection: string };

/** Everything the generic handlers know about one endpoint. */
export interface EndpointData {
  /** Happy-path answers in order; once they run out, the last repeats. */
  responses: StoredResponse[];
  /** Top-level fields a JSON body must have, else the dialect's `validation` answer. */
  requiredBody?: string[];
  collection?: CollectionRole;
}

/** `provider.json`: who the provider is and where it came from. */
export interface ProviderMeta {
  name: string;
  title: string;
  category: string;
  /** Real hosts (from the document's servers or the HAR's URLs), for routeBrowserCalls. */
  hosts: string[];
  /** The source and the command that generated the folder, for regenerating it. */
  generatedFrom: { kind: 'openapi' | 'har'; file: string; command: string };
}

/** A whole generated provider before it is written. */
export interface GeneratedProvider {
  meta: ProviderMeta;
  catalogue: import('../../mocks/types.ts').EndpointDef[];
  dialect: import('../../mocks/types.ts').Dialect;
  /** Endpoint id -> data (`responses.json`). */
  endpoints: Record<string, EndpointData>;
  /** Things the user should know: constructs skipped, generic fallbacks used. */
  warnings: string[];
}
