import type { EndpointDef } from '../../mocks/types.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
// RFC 9110: PUT and DELETE are idempotent, POST and PATCH are not.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** The methods a catalogue entry can have (mocks/schema.ts). */
export const CATALOGUE_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** A catalogue entry from a method and path template: id `METHOD path`, read vs mutation and idempotency from the method. */
export function catalogueEntry(method: string, path: string, summary: string): EndpointDef {
  return { endpoint: `${method} ${path}`, method, path, kind: SAFE.has(method) ? 'read' : 'mutation', idempotent: IDEMPOTENT.has(method), summary };
}
