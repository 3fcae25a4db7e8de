import type { EndpointDef } from '../../mocks/types.ts';
import { listIn } from './created-items.ts';
import type { EndpointData } from './format.ts';

/** POST to a collection + GET of it answering a list: created items join the list, and `GET {collection}/{x}` finds them. */
export function linkCollections(catalogue: readonly EndpointDef[], endpoints: Record<string, EndpointData>): void {
  const byId = new Set(catalogue.map((def) => def.endpoint));
  for (const def of catalogue) {
    if (def.method !== 'POST' || !byId.has(`GET ${def.path}`)) continue;
    const list = endpoints[`GET ${def.path}`]!;
    if (!listIn(list.responses[0]?.body)) continue;
    endpoints[def.endpoint]!.collection = { role: 'create', collection: def.path };
    list.collection = { role: 'list', collection: def.path };
    const itemPath = new RegExp(`^${def.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\{[^}/]+\\}$`);
    for (const other of catalogue) {
      if (other.method === 'GET' && itemPath.test(other.path)) endpoints[other.endpoint]!.collection = { role: 'item', collection: def.path };
    }
  }
}
