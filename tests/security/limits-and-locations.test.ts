/**
 * Defect 13 (issue 14): limits a user can hit are named in the message (the 10-minute wait cap, the
 * observation caps), and problems about a flow or a complex key point at their own line, not at 1:1.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioFlows } from '../../harness/config/check-scenarios.ts';
import { defineFlow } from '../../harness/flows/define-flow.ts';
import { formatProblem } from '../../harness/input/format-problem.ts';
import { loadScenarioText } from '../../harness/scenario/load.ts';
import { faultKinds } from '../../harness/faults/registry.ts';
import { fakeRegistries, FILE, replaced } from '../../harness/scenario/test-fixtures.ts';

/** The fake providers with the real fault kinds, whose params carry the 10-minute cap. */
const registries = { ...fakeRegistries, faultKinds };

/** Each limit (VALID with one piece replaced) and the located message that names the cap. */
const limitsAndLocations: { name: string; from: string; to: string; message: string }[] = [
  {
    name: 'a latency of 99999999999 ms',
    from: 'kind: outage\n    params: { status: 503 }',
    to: 'kind: latency\n    params: { ms: 99999999999 }',
    message: `${FILE}:8:19 faults[0].params.ms: expected a duration of at most 10 minutes (600000 ms)`,
  },
  {
    name: 'observe.stuckMs of 99999999999 ms',
    from: 'title: Payee list down',
    to: 'title: Payee list down\nobserve: { stuckMs: 99999999999 }',
    message: `${FILE}:2:21 observe.stuckMs: expected a duration of at most 30s (30000 ms)`,
  },
  {
    name: 'observe.stuckMs of 2m',
    from: 'title: Payee list down',
    to: 'title: Payee list down\nobserve: { stuckMs: 2m }',
    message: `${FILE}:2:21 observe.stuckMs: expected a duration of at most 30s (30000 ms)`,
  },
  {
    name: 'observe.settleMs of 1m',
    from: 'title: Payee list down',
    to: 'title: Payee list down\nobserve: { settleMs: 1m }',
    message: `${FILE}:2:22 observe.settleMs: expected a duration of at most 10s (10000 ms)`,
  },
  {
    name: 'a complex (sequence) key',
    from: 'flow: fakebooks.create-expense',
    to: 'flow: fakebooks.create-expense\n? [a, b]\n: 1',
    message: `${FILE}:4:3: a complex key (a list or mapping used as a key)`,
  },
  {
    name: 'a complex (mapping) key in a fault',
    from: '    kind: outage',
    to: '    kind: outage\n    ? { a: 1 }\n    : 1',
    message: `${FILE}:8:7: a complex key (a list or mapping used as a key)`,
  },
];

describe('defect 13: limits are named and problems located', () => {
  for (const { name, from, to, message } of limitsAndLocations) {
    it(`${name}: ${message.split(': ').slice(1).join(': ')}`, () => {
      const result = loadScenarioText(replaced(from, to), FILE, registries);
      expect(result.scenarios).toEqual([]);
      expect(result.problems.map(formatProblem).join('\n')).toContain(message);
    });
  }

  it('an observe.stuckMs at the cap is valid', () => {
    const result = loadScenarioText(replaced('title: Payee list down', 'title: Payee list down\nobserve: { stuckMs: 30s }'), FILE, registries);
    expect(result.problems).toEqual([]);
  });

  it('an unknown flow is located at the flow: value', () => {
    const { scenarios } = loadScenarioText(replaced('title: Payee list down', 'title: Payee list down\n# a comment line'), FILE, registries);
    const other = defineFlow({ name: 'fakebooks.other', integration: 'fakebooks', title: 'Other', run: async () => undefined });
    const problems = checkScenarioFlows(scenarios, [other], 'the test');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:4:7 flow: unknown flow "fakebooks.create-expense"`))]);
  });
});
