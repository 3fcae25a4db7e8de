/**
 * Expands a scenario's `matrix` into one scenario per endpoint cell x kind cell, each located back in the
 * file: the generated fault's `endpoint`/`provider`/`match` at its endpoint cell, `kind`/`params`/`when`/
 * `probability` at its kind cell, the context answers an endpoint cell gives at that cell.
 */
import { isRecord, mergeOver } from './extend.ts';
import { MappedLocator, type Locator } from './locate.ts';
import { cellNames } from './matrix-schema.ts';
import type { Scenario } from './types.ts';

/** One generated scenario: its data, a locator for it, and which cell it is. */
export interface MatrixCell {
  data: Record<string, unknown>;
  locator: Locator;
  matrix: NonNullable<Scenario['matrix']>;
}

const TARGET_KEYS = ['provider', 'endpoint', 'match'];
const BEHAVIOUR_KEYS = ['kind', 'probability', 'when', 'params'];

const pick = (cell: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in cell).map((k) => [k, cell[k]]));

/** Whether `path` exists inside `value`. */
function has(value: unknown, path: readonly PropertyKey[]): boolean {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object' || !(String(key) in current)) return false;
    current = (current as Record<string, unknown>)[String(key)];
  }
  return true;
}

/**
 * The scenarios a matrix generates, with ids `<id>/<endpoint name>--<kind name>`; empty when there is no
 * matrix or no id, or no cell can be read (the matrix's own problems are reported by its schema).
 * @param base document path of the scenario mapping
 */
export function expandMatrix(data: Record<string, unknown>, id: string | undefined, base: readonly PropertyKey[], locator: Locator): MatrixCell[] {
  const matrix = data.matrix;
  if (!id || !isRecord(matrix) || !Array.isArray(matrix.endpoints) || !Array.isArray(matrix.kinds)) return [];
  const endpointNames = cellNames(matrix.endpoints, 'endpoint');
  const kindNames = cellNames(matrix.kinds, 'kind');
  const { matrix: _, ...rest } = data;
  const faults = Array.isArray(data.faults) ? data.faults : [];
  const k = faults.length;
  const cells: MatrixCell[] = [];
  matrix.endpoints.forEach((endpointCell: unknown, i) => {
    const endpoint = typeof endpointCell === 'string' ? { endpoint: endpointCell } : endpointCell;
    const endpointName = endpointNames[i];
    if (!isRecord(endpoint) || !endpointName) return;
    (matrix.kinds as unknown[]).forEach((kindCell, j) => {
      const kind = typeof kindCell === 'string' ? { kind: kindCell } : kindCell;
      const kindName = kindNames[j];
      if (!isRecord(kind) || !kindName) return;
      const endpointAt = ['matrix', 'endpoints', i];
      const kindAt = ['matrix', 'kinds', j];
      const map = (path: readonly PropertyKey[]): PropertyKey[] => {
        const relative = path.slice(base.length);
        const [first, index, key, ...deeper] = relative;
        if (first === 'faults' && index === k) {
          if (key === undefined) return [...base, ...endpointAt];
          const cellAt = TARGET_KEYS.includes(String(key)) ? endpointAt : kindAt;
          const shorthand = typeof (cellAt === endpointAt ? endpointCell : kindCell) === 'string';
          return shorthand ? [...base, ...cellAt] : [...base, ...cellAt, key, ...deeper];
        }
        if (first === 'context' && has(endpoint.context, relative.slice(1))) return [...base, ...endpointAt, ...relative];
        return [...path];
      };
      const context = isRecord(rest.context) && isRecord(endpoint.context) ? mergeOver(rest.context, endpoint.context) : rest.context;
      const title = typeof rest.title === 'string' ? `${rest.title} (${endpointName}, ${kindName})` : rest.title;
      cells.push({
        data: { ...rest, id: `${id}/${endpointName}--${kindName}`, title, context, faults: [...faults, { ...pick(endpoint, TARGET_KEYS), ...pick(kind, BEHAVIOUR_KEYS) }] },
        locator: new MappedLocator(locator, map),
        matrix: { base: id, endpoint: endpointName, kind: kindName },
      });
    });
  });
  return cells;
}
