/**
 * Small fake registries and a valid scenario for the loader's tests, so they do not depend on which
 * providers and fault kinds the project has registered so far.
 */
import { z } from 'zod';
import type { LoadOptions } from './registries.ts';

/** Two fake providers, two fake fault kinds, three rule ids of each family; the decision tree and kinds are the built-in ones. */
export const fakeRegistries: LoadOptions = {
  providers: {
    fakebooks: { catalogue: [{ endpoint: 'GET /v3/company/{realmId}/query' }, { endpoint: 'POST /v3/company/{realmId}/purchase' }] },
    chatty: { catalogue: [{ endpoint: 'POST /api/chat.postMessage' }] },
  },
  faultKinds: {
    outage: { params: z.strictObject({ status: z.number().int().min(500).max(599).default(503) }) },
    latency: { params: z.strictObject({ ms: z.number().int().min(0).default(3000) }) },
  },
  copyRules: ['names-integration', 'no-codes', 'actionable'],
  engineeringRules: ['retries-reads', 'bounded-retries', 'times-out'],
};

/** The file name problems are reported against (its stem gives the default id `fakebooks/payee`). */
export const FILE = 'scenarios/fakebooks/payee.yaml';

/** A valid scenario, one line per key; line numbers matter to the expected messages. */
export const VALID = [
  'title: Payee list down', // line 1
  'integration: fakebooks', // line 2
  'flow: fakebooks.create-expense', // line 3
  'context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }', // line 4
  'faults:', // line 5
  '  - endpoint: GET /v3/company/{realmId}/query', // line 6
  '    kind: outage', // line 7
  '    params: { status: 503 }', // line 8
  '',
].join('\n');

/**
 * VALID with one piece of text replaced (it must occur), to write each bad input as its defect.
 * @example replaced('kind: outage', 'kind: outtage')
 */
export function replaced(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`test fixture: "${from}" is not in VALID`);
  return VALID.replace(from, to);
}

/** `lines` indented as items of a YAML sequence. */
export const asItem = (text: string) =>
  text.trimEnd().split('\n').map((line, i) => `${i === 0 ? '- ' : '  '}${line}`).join('\n') + '\n';

/** A scenario whose faults come from a matrix: 2 endpoints x 2 kinds; line numbers matter to the messages. */
export const MATRIX = [
  'title: Payee list down', // line 1
  'integration: fakebooks', // line 2
  'flow: fakebooks.create-expense', // line 3
  'context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }', // line 4
  'matrix:', // line 5
  '  endpoints:', // line 6
  '    - GET /v3/company/{realmId}/query', // line 7
  '    - { endpoint: "POST /v3/company/{realmId}/purchase", name: create }', // line 8
  '  kinds:', // line 9
  '    - outage', // line 10
  '    - { kind: latency, params: { ms: 100 } }', // line 11
  '',
].join('\n');
