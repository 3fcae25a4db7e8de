/**
 * `matrix` of a scenario: "this flow x these endpoints x these fault kinds". Each cell is one scenario with
 * the scenario's own faults plus one fault made of an endpoint cell (where) and a kind cell (what and when),
 * its id `<id>/<endpoint name>--<kind name>`, e.g. `quickbooks/expense-matrix/query--outage`.
 */
import { z } from 'zod';
import { expecting } from '../input/describe-schema.ts';
import { faultBehaviour, faultTarget } from './fault-schema.ts';

/** Most scenarios one matrix may generate, so a typo cannot start hundreds of browser drills. */
export const MAX_MATRIX_CELLS = 50;

const NAME = /^[a-z0-9][a-z0-9._-]*$/;
const name = expecting(z.string().regex(NAME), 'a name like payee-query (lower-case letters, digits, ".", "_", "-")');

/**
 * The name an endpoint cell gets when it gives none: its path's last segment that is not a `{param}`.
 * @example endpointCellName('GET /v3/company/{realmId}/query') // 'query'
 */
export function endpointCellName(endpoint: string): string {
  const segments = endpoint.trim().split(/\s+/).pop()!.split('/').filter((s) => s && !s.startsWith('{') && !s.startsWith(':'));
  return (segments.pop() ?? 'root').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'root';
}

/** A string cell is shorthand for its main key: an endpoint id, or a kind name. */
const shorthand = (key: string) => (value: unknown) => (typeof value === 'string' ? { [key]: value } : value);

/** An endpoint cell: where the generated fault applies, and the decision-tree answers that differ there. */
export const endpointCellSchema = z.strictObject({
  name: name.optional().describe("The cell's part of the generated ids; defaults to the endpoint's last path segment."),
  ...faultTarget,
  context: expecting(z.record(z.string(), z.unknown()), 'a mapping of decision-tree answers')
    .optional()
    .describe("Decision-tree answers for this endpoint, merged over the scenario's context."),
});

/** A kind cell: what the generated fault does and when. */
export const kindCellSchema = z.strictObject({
  name: name.optional().describe("The cell's part of the generated ids; defaults to the kind."),
  ...faultBehaviour,
});

const cells = <T extends z.ZodType>(cell: T, key: string, what: string) =>
  expecting(z.array(z.preprocess(shorthand(key), cell)).min(1), `a non-empty list of ${what}`);

/** Names of the cells of one axis, as the generated ids use them. */
export function cellNames(cellsOf: readonly unknown[], key: 'endpoint' | 'kind'): (string | undefined)[] {
  return cellsOf.map((cell) => {
    const entry = shorthand(key)(cell) as Record<string, unknown> | undefined;
    if (!entry || typeof entry !== 'object') return undefined;
    if (typeof entry.name === 'string') return entry.name;
    const main = entry[key];
    if (typeof main !== 'string') return undefined;
    return key === 'endpoint' ? endpointCellName(main) : main.trim();
  });
}

/** `matrix` in YAML. */
export const matrixSchema = z
  .strictObject({
    endpoints: cells(endpointCellSchema, 'endpoint', 'endpoint ids or endpoint cells ({ endpoint, name?, provider?, match?, context? })').describe(
      'Where: each an endpoint id, or a mapping with endpoint, name, provider, match, context.',
    ),
    kinds: cells(kindCellSchema, 'kind', 'fault kinds or kind cells ({ kind, name?, params?, when?, probability? })').describe(
      'What: each a fault kind, or a mapping with kind, name, params, when, probability.',
    ),
  })
  .superRefine((matrix, context) => {
    for (const [axis, key] of [['endpoints', 'endpoint'], ['kinds', 'kind']] as const) {
      const names = cellNames(matrix[axis], key);
      names.forEach((cellName, i) => {
        const first = names.indexOf(cellName);
        if (cellName === undefined || first === i) return;
        const message = `two cells are named "${cellName}" (also matrix.${axis}[${first}]); give each a distinct name: so the generated ids differ`;
        context.addIssue({ code: 'custom', path: [axis, i], params: { whole: true }, message });
      });
    }
    const count = matrix.endpoints.length * matrix.kinds.length;
    if (count > MAX_MATRIX_CELLS) {
      const message = `the matrix generates ${count} scenarios (${matrix.endpoints.length} endpoints x ${matrix.kinds.length} kinds); at most ${MAX_MATRIX_CELLS}: split it into several files`;
      context.addIssue({ code: 'custom', path: [], params: { whole: true }, message });
    }
  })
  .optional()
  .describe('Generates one scenario per endpoint x kind, each with one more fault; ids are <id>/<endpoint name>--<kind name>.');
