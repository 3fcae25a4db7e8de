import { describe, expect, it } from 'vitest';
import { formatProblem } from '../input/format-problem.ts';
import { FaultEngine } from '../runtime/fault-engine.ts';
import { builtinProviders } from '../../mocks/index.ts';
import { loadScenarioText } from './load.ts';

// What a fault kind checks against its provider (a dialect entry, the steps of a mutation) is checked when the
// scenario is loaded, at its line, not first when the engine starts the drill.
const FILE = 'scenarios/quickbooks/payee.yaml';
const scenario = (fault: string) =>
  [
    'title: Payee list down',
    'integration: quickbooks',
    'flow: quickbooks.create-expense',
    'context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }',
    'faults:',
    '  - endpoint: POST /v3/company/{realmId}/purchase',
    fault,
    '',
  ].join('\n');

describe("the loader runs each kind's own checks against the built-in provider", () => {
  it('a rate limit answering with a dialect entry the provider lacks', () => {
    const result = loadScenarioText(scenario('    kind: rate-limit\n    params: { dialect: secondary-rate-limit }'), FILE);
    expect(result.problems.map(formatProblem)).toEqual([
      `${FILE}:8:13 faults[0].params: params.dialect: provider "quickbooks" has no dialect entry "secondary-rate-limit"; its throttling entries: rate-limit`,
    ]);
  });

  it('on a whole-provider fault (endpoint "*") too', () => {
    const text = scenario('    kind: rate-limit\n    params: { dialect: secondary-rate-limit }').replace('endpoint: POST /v3/company/{realmId}/purchase', 'endpoint: "*"');
    expect(loadScenarioText(text, FILE).problems.map((p) => p.message)).toEqual([expect.stringContaining('has no dialect entry "secondary-rate-limit"')]);
  });

  it('a partial mutation whose steps are not in the catalogue, and whose failing step is not the fault\'s endpoint', () => {
    const result = loadScenarioText(scenario('    kind: partial\n    params: { steps: ["GET /v3/company/{realmId}/query", "POST /nope"], failAt: 1 }'), FILE);
    expect(result.problems.map((p) => p.message)).toEqual([
      'steps: "POST /nope" is not in the quickbooks catalogue',
      'step 1 is "GET /v3/company/{realmId}/query" but the fault\'s endpoint is "POST /v3/company/{realmId}/purchase"; put the fault on the step that fails',
    ]);
  });

  it('a dialect entry named like an object prototype property is not an entry', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const result = loadScenarioText(scenario(`    kind: rate-limit\n    params: { dialect: ${name} }`), FILE);
      expect(result.problems.map((p) => p.message)).toEqual([`params.dialect: provider "quickbooks" has no dialect entry "${name}"; its throttling entries: rate-limit`]);
    }
    const partial = loadScenarioText(scenario('    kind: partial\n    params: { failWith: constructor }'), FILE);
    expect(partial.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^failWith: "constructor" is not in the quickbooks dialect; it has: /)]);
  });

  it('what the loader accepts, the engine accepts', () => {
    const result = loadScenarioText(scenario('    kind: rate-limit'), FILE);
    expect(result.problems).toEqual([]);
    expect(() => new FaultEngine(result.scenarios[0]!.faults, { providers: builtinProviders })).not.toThrow();
  });
});
