import { describe, expect, it } from 'vitest';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarioText } from './load.ts';
import { asItem, fakeRegistries, FILE, MATRIX, replaced, VALID } from './test-fixtures.ts';

const load = (text: string) => loadScenarioText(text, FILE, fakeRegistries);
const at = (position: string, rest: string) => `${FILE}:${position} ${rest}`;

/** VALID with `lines` added to its fault, from line 8 on. */
const withFault = (...lines: string[]) => replaced('    kind: outage', ['    kind: outage', ...lines.map((l) => `    ${l}`)].join('\n'));
/** MATRIX with one piece of text replaced (it must occur). */
const matrix = (from: string, to: string) => {
  if (!MATRIX.includes(from)) throw new Error(`test fixture: "${from}" is not in MATRIX`);
  return MATRIX.replace(from, to);
};
/** A base scenario (lines 1-9) and a second one (from line 10) that extends it with `lines`. */
const extending = (...lines: string[]) => asItem(`id: fakebooks/base\n${VALID}`) + asItem(['id: fakebooks/child', ...lines].join('\n'));

const PASS_OR_FAIL = 'expected a non-empty list of fail / pass, one per matching request, e.g. [fail, fail, pass]';
const COUNT_OR_TIME = 'a fault is limited by requests (first, sequence) or by time (for, flap), not both';

/** Bad inputs of the when / expect / extends / matrix keys, named after their defect, with every problem they give. */
const invalidCases: { defect: string; text: string; problems: string[]; stillValid?: string[] }[] = [
  {
    defect: 'when: sequence together with first',
    text: withFault('when: { first: 2, sequence: [fail, pass] }'),
    problems: [at('8:33', 'faults[0].when.sequence: "sequence" cannot be combined with "first": both say which requests fail; use sequence: [fail, fail, pass] or first: 2, not both')],
  },
  {
    defect: 'when: for together with flap',
    text: withFault('when: { for: 10s, flap: { up: 5s, down: 2s } }'),
    problems: [at('8:29', 'faults[0].when.flap: "flap" cannot be combined with "for": both say when the fault is active over time; use for: 10s (one window) or flap (repeating), not both')],
  },
  {
    defect: 'when: a count (first) together with a time window (for)',
    text: withFault('when: { first: 1, for: 10s }'),
    problems: [at('8:28', `faults[0].when.for: "for" cannot be combined with "first": ${COUNT_OR_TIME}`)],
  },
  {
    defect: 'when: a sequence together with flapping',
    text: withFault('when: { sequence: [fail], flap: { up: 1s, down: 1s } }'),
    problems: [at('8:37', `faults[0].when.flap: "flap" cannot be combined with "sequence": ${COUNT_OR_TIME}`)],
  },
  {
    defect: 'when: a sequence step that is neither fail nor pass',
    text: withFault('when: { sequence: [fail, flop] }'),
    problems: [at('8:30', 'faults[0].when.sequence[1]: expected one of fail, pass, got "flop"')],
  },
  {
    defect: 'when: an empty sequence',
    text: withFault('when: { sequence: [] }'),
    problems: [at('8:23', `faults[0].when.sequence: ${PASS_OR_FAIL}, got []`)],
  },
  {
    defect: 'when: a sequence written as one word',
    text: withFault('when: { sequence: fail }'),
    problems: [at('8:23', `faults[0].when.sequence: ${PASS_OR_FAIL}, got "fail"`)],
  },
  {
    defect: 'when: bad duration for "for"',
    text: withFault('when: { for: ten seconds }'),
    problems: [at('8:18', 'faults[0].when.for: expected a duration longer than 0 such as 10s or 500ms (a bare number is ms), got "ten seconds"')],
  },
  {
    defect: 'when: a zero duration for "for"',
    text: withFault('when: { for: 0s }'),
    problems: [at('8:18', 'faults[0].when.for: expected a duration longer than 0 such as 10s or 500ms (a bare number is ms), got "0s"')],
  },
  {
    defect: 'when: a duration in hours (no such unit)',
    text: withFault('when: { for: 1h }'),
    problems: [at('8:18', 'faults[0].when.for: expected a duration longer than 0 such as 10s or 500ms (a bare number is ms), got "1h"')],
  },
  {
    defect: 'when: flap without its down phase',
    text: withFault('when: { flap: { up: 5s } }'),
    problems: [at('8:19', 'faults[0].when.flap.down: missing required key "down" (a duration longer than 0 such as 10s or 500ms (a bare number is ms))')],
  },
  {
    defect: 'when: a negative flap phase',
    text: withFault('when: { flap: { up: -5, down: 2s } }'),
    problems: [at('8:25', 'faults[0].when.flap.up: expected a duration longer than 0 such as 10s or 500ms (a bare number is ms), got -5')],
  },
  {
    defect: 'when: flap.startDown that is not a boolean',
    text: withFault('when: { flap: { up: 5s, down: 2s, startDown: yes } }'),
    problems: [at('8:50', 'faults[0].when.flap.startDown: expected true or false, got "yes"')],
  },
  {
    defect: 'when: an unknown flap key (a misspelt down)',
    text: withFault('when: { flap: { up: 5s, donw: 2s } }'),
    problems: [
      at('8:19', 'faults[0].when.flap.down: missing required key "down" (a duration longer than 0 such as 10s or 500ms (a bare number is ms))'),
      at('8:29', 'faults[0].when.flap.donw: unknown key; allowed keys: up, down, startDown; did you mean "down"?'),
    ],
  },
  {
    defect: 'probability below 0',
    text: withFault('probability: -0.1'),
    problems: [at('8:18', 'faults[0].probability: expected a number from 0 to 1, got -0.1')],
  },
  {
    defect: 'probability written as a word',
    text: withFault('probability: high'),
    problems: [at('8:18', 'faults[0].probability: expected a number from 0 to 1, got "high"')],
  },
  {
    defect: 'match on method (the endpoint fixes it)',
    text: withFault('match: { method: GET }'),
    problems: [at('8:14', 'faults[0].match.method: unknown key; allowed keys: query, body')],
  },
  {
    defect: 'expect: an unknown copy rule to check',
    text: `${VALID}expect: { copyRules: { check: [names-integraton] } }\n`,
    problems: [at('9:32', 'expect.copyRules.check[0]: unknown copy rule "names-integraton"; known copy rules: names-integration, no-codes, actionable; did you mean "names-integration"?')],
  },
  {
    defect: 'expect: an unknown engineering rule to waive',
    text: `${VALID}expect: { engineeringRules: { waive: { retries-read: cached } } }\n`,
    problems: [at('9:40', 'expect.engineeringRules.waive.retries-read: unknown engineering rule "retries-read"; known engineering rules: retries-reads, bounded-retries, times-out; did you mean "retries-reads"?')],
  },
  {
    defect: 'expect: rules waived without a reason (a list)',
    text: `${VALID}expect: { engineeringRules: { waive: [retries-reads] } }\n`,
    problems: [at('9:38', 'expect.engineeringRules.waive: expected a mapping of engineering rule id to the reason it is waived, e.g. { retries-reads: <why it does not apply> }, got ["retries-reads"]')],
  },
  {
    defect: 'expect: a waiver with an empty reason',
    text: `${VALID}expect: { engineeringRules: { waive: { retries-reads: "" } } }\n`,
    problems: [at('9:55', 'expect.engineeringRules.waive.retries-reads: expected a non-empty string, got ""')],
  },
  {
    defect: 'expect: a rule both checked and waived',
    text: `${VALID}expect: { copyRules: { check: [no-codes], waive: { no-codes: shown to admins } } }\n`,
    problems: [at('9:52', 'expect.copyRules.waive.no-codes: rule "no-codes" is both checked and waived; remove it from check or from waive')],
  },
  {
    defect: 'expect: an unknown key beside check and waive',
    text: `${VALID}expect: { engineeringRules: { skip: [times-out] } }\n`,
    problems: [at('9:31', 'expect.engineeringRules.skip: unknown key; allowed keys: check, waive')],
  },
  {
    defect: 'no faults and no matrix',
    text: replaced('faults:\n  - endpoint: GET /v3/company/{realmId}/query\n    kind: outage\n    params: { status: 503 }\n', ''),
    problems: [at('1:1', 'faults: missing required key "faults" (a list of at least one fault, unless a matrix generates them)')],
  },
  {
    defect: 'extends: an id no scenario of the file has',
    text: extending('extends: fakebooks/bsae', 'title: Child'),
    problems: [at('11:12', '[1].extends: no scenario "fakebooks/bsae" in this file to extend; extends names another scenario of the same file by id; its ids: fakebooks/base, fakebooks/child; did you mean "fakebooks/base"?')],
    stillValid: ['fakebooks/base'],
  },
  {
    defect: 'extends: two scenarios extending each other',
    text: asItem(`id: fakebooks/a\nextends: fakebooks/b\n${VALID}`) + asItem(`id: fakebooks/b\nextends: fakebooks/a\n${VALID}`),
    problems: [
      at('2:12', '[0].extends: extends makes a cycle: fakebooks/a -> fakebooks/b -> fakebooks/a; remove one of these extends'),
      at('12:12', '[1].extends: extends makes a cycle: fakebooks/b -> fakebooks/a -> fakebooks/b; remove one of these extends'),
    ],
  },
  {
    defect: 'extends: not an id',
    text: extending('extends: 42', 'title: Child'),
    problems: [
      at('11:12', '[1].extends: expected the id of another scenario of the same file, got 42'),
    ],
    stillValid: ['fakebooks/base'],
  },
  {
    defect: 'extends: in a file with one scenario',
    text: `extends: fakebooks/base\n${VALID}`,
    problems: [at('1:10', 'extends: no scenario "fakebooks/base" in this file to extend; extends names another scenario of the same file by id; its ids: (none)')],
  },
  {
    defect: 'extends: an inherited fault that the new integration does not have (located at the base)',
    text: extending('extends: fakebooks/base', 'integration: chatty'),
    problems: [
      at('7:17', '[0].faults[0].endpoint: unknown endpoint "GET /v3/company/{realmId}/query" for provider chatty; its endpoints: POST /api/chat.postMessage, or "*" for every call to chatty'),
    ],
    stillValid: ['fakebooks/base'],
  },
  {
    defect: 'matrix: no endpoints',
    text: matrix('  endpoints:\n    - GET /v3/company/{realmId}/query\n    - { endpoint: "POST /v3/company/{realmId}/purchase", name: create }', '  endpoints: []'),
    problems: [at('6:14', 'matrix.endpoints: expected a non-empty list of endpoint ids or endpoint cells ({ endpoint, name?, provider?, match?, context? }), got []')],
  },
  {
    defect: 'matrix: an unknown endpoint, with a suggestion',
    text: matrix('{realmId}/query', '{realmId}/querry'),
    problems: [at('7:7', 'matrix.endpoints[0]: unknown endpoint "GET /v3/company/{realmId}/querry" for provider fakebooks; its endpoints: GET /v3/company/{realmId}/query, POST /v3/company/{realmId}/purchase, or "*" for every call to fakebooks; did you mean "GET /v3/company/{realmId}/query"?')],
    stillValid: ['fakebooks/payee/create--outage', 'fakebooks/payee/create--latency'],
  },
  {
    defect: 'matrix: an unknown fault kind, with a suggestion',
    text: matrix('    - outage', '    - outgae'),
    problems: [at('10:7', 'matrix.kinds[0]: unknown fault kind "outgae"; known kinds: latency, outage; did you mean "outage"?')],
    stillValid: ['fakebooks/payee/query--latency', 'fakebooks/payee/create--latency'],
  },
  {
    defect: 'matrix: bad params in a kind cell (reported once, not once per endpoint)',
    text: matrix('ms: 100', 'ms: fast'),
    problems: [at('11:38', 'matrix.kinds[1].params.ms: expected an integer of at least 0, got "fast"')],
    stillValid: ['fakebooks/payee/query--outage', 'fakebooks/payee/create--outage'],
  },
  {
    defect: 'matrix: two cells with the same name',
    text: matrix('name: create', 'name: query'),
    problems: [at('8:7', 'matrix.endpoints[1]: two cells are named "query" (also matrix.endpoints[0]); give each a distinct name: so the generated ids differ')],
  },
  {
    defect: 'matrix: an unknown key in an endpoint cell',
    text: matrix('name: create', 'nmae: create'),
    problems: [at('8:58', 'matrix.endpoints[1].nmae: unknown key; allowed keys: name, provider, endpoint, match, context; did you mean "name"?')],
  },
  {
    defect: "matrix: an endpoint cell's context answer that is not allowed (located in the cell)",
    text: matrix('name: create }', 'name: create, context: { where: formm } }'),
    problems: [
      at('8:90', 'matrix.endpoints[1].context.where: expected one of next-page, form, form-submit, settings-page, progress-bar, install-app, download (answers to "Where is the user when the error occurs?"), got "formm"; did you mean "form"?'),
    ],
    stillValid: ['fakebooks/payee/query--outage', 'fakebooks/payee/query--latency'],
  },
  {
    defect: 'matrix: more cells than a drill run should start',
    text: matrix('    - outage\n', `${Array.from({ length: 25 }, (_, i) => `    - { kind: outage, name: o${i} }`).join('\n')}\n`),
    problems: [at('6:3', 'matrix: the matrix generates 52 scenarios (2 endpoints x 26 kinds); at most 50: split it into several files')],
  },
  {
    defect: 'YAML syntax error inside when',
    text: withFault('when: { sequence: [fail, pass }'),
    problems: [
      `${FILE}:8:35: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${FILE}:9:5: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }`,
    ],
  },
];

describe('loadScenarioText rejects (the when / expect / extends / matrix keys)', () => {
  it.each(invalidCases)('$defect', ({ text, problems, stillValid = [] }) => {
    const result = load(text);
    expect(result.problems.map(formatProblem)).toEqual(problems);
    expect(result.scenarios.map((s) => s.id)).toEqual(stillValid);
  });
});

describe('loadScenarioText accepts (the when / expect / extends / matrix keys)', () => {
  it('when by count: after, first, a sequence of fail / pass', () => {
    const { scenarios, problems } = load(withFault('when: { after: 1, sequence: [fail, fail, pass] }', 'probability: 0.5'));
    expect(problems).toEqual([]);
    expect(scenarios[0]?.faults[0]).toMatchObject({ probability: 0.5, when: { after: 1, sequence: ['fail', 'fail', 'pass'] } });
    expect(load(withFault('when: { after: 2, first: 3 }')).scenarios[0]?.faults[0]?.when).toEqual({ after: 2, first: 3 });
  });

  it('when by time: for and flap, durations parsed to ms', () => {
    expect(load(withFault('when: { for: 10s }')).scenarios[0]?.faults[0]?.when).toEqual({ forMs: 10_000 });
    expect(load(withFault('when: { flap: { up: 5s, down: 1500 } }')).scenarios[0]?.faults[0]?.when).toEqual({
      flap: { upMs: 5000, downMs: 1500, startDown: false },
    });
    expect(load(withFault('when: { after: 1, flap: { up: 1m, down: 2s, startDown: true } }')).scenarios[0]?.faults[0]?.when).toEqual({
      after: 1,
      flap: { upMs: 60_000, downMs: 2000, startDown: true },
    });
  });

  it('expect: rules to check and rules waived with their reasons, carried to the scenario', () => {
    const text = `${VALID}expect:\n  copyRules: { check: [names-integration, actionable] }\n  engineeringRules: { waive: { retries-reads: the payee list is cached for a day } }\n`;
    const { scenarios, problems } = load(text);
    expect(problems).toEqual([]);
    expect(scenarios[0]?.expect).toEqual({
      copyRules: { check: ['names-integration', 'actionable'] },
      engineeringRules: { waive: { 'retries-reads': 'the payee list is cached for a day' } },
    });
  });

  it('extends: mappings merge, lists and values are replaced, the id is not inherited', () => {
    const text = extending('extends: fakebooks/base', 'title: Payee list slow', 'context: { data: stale }', 'faults: [{ endpoint: "GET /v3/company/{realmId}/query", kind: latency }]', 'tags: [slow]');
    const { scenarios, problems } = load(text);
    expect(problems).toEqual([]);
    const [base, child] = scenarios;
    expect(child).toMatchObject({
      id: 'fakebooks/child',
      title: 'Payee list slow',
      integration: 'fakebooks',
      context: { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'stale' },
      faults: [{ kind: 'latency', params: { ms: 3000 } }],
      tags: ['slow'],
      source: { line: 10, col: 3 },
    });
    expect(child?.prescribed).not.toBe(base?.prescribed);
  });

  it('extends: a chain, in any order in the file', () => {
    const text = asItem('id: fakebooks/grandchild\nextends: fakebooks/child\nseed: 3') + extending('extends: fakebooks/base', 'seed: 2', 'tags: [x]');
    const { scenarios, problems } = load(text);
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => [s.id, s.seed, s.tags, s.title])).toEqual([
      ['fakebooks/grandchild', 3, ['x'], 'Payee list down'],
      ['fakebooks/base', 1, [], 'Payee list down'],
      ['fakebooks/child', 2, ['x'], 'Payee list down'],
    ]);
  });

  it('matrix: one scenario per endpoint x kind, with ids, titles and faults from the cells', () => {
    const { scenarios, problems } = load(MATRIX);
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => [s.id, s.title, s.faults.map((f) => `${f.endpoint} ${f.kind} ${JSON.stringify(f.params)}`)])).toEqual([
      ['fakebooks/payee/query--outage', 'Payee list down (query, outage)', ['GET /v3/company/{realmId}/query outage {"status":503}']],
      ['fakebooks/payee/query--latency', 'Payee list down (query, latency)', ['GET /v3/company/{realmId}/query latency {"ms":100}']],
      ['fakebooks/payee/create--outage', 'Payee list down (create, outage)', ['POST /v3/company/{realmId}/purchase outage {"status":503}']],
      ['fakebooks/payee/create--latency', 'Payee list down (create, latency)', ['POST /v3/company/{realmId}/purchase latency {"ms":100}']],
    ]);
    expect(scenarios[0]).toMatchObject({ matrix: { base: 'fakebooks/payee', endpoint: 'query', kind: 'outage' }, source: { file: FILE, line: 1, col: 1 } });
  });

  it("matrix: the scenario's own faults stay, an endpoint cell's match and context apply to its scenarios only", () => {
    const cell = '{ endpoint: "POST /v3/company/{realmId}/purchase", name: create, match: { body: { PaymentType: Cash } }, context: { where: download } }';
    const text = `${matrix('{ endpoint: "POST /v3/company/{realmId}/purchase", name: create }', cell)}faults: [{ endpoint: "GET /v3/company/{realmId}/query", kind: latency, when: { first: 1 } }]\n`;
    const { scenarios, problems } = load(text);
    expect(problems).toEqual([]);
    const create = scenarios.find((s) => s.id === 'fakebooks/payee/create--outage');
    const query = scenarios.find((s) => s.id === 'fakebooks/payee/query--outage');
    expect(create?.faults.map((f) => [f.kind, f.when, f.match])).toEqual([
      ['latency', { first: 1 }, undefined],
      ['outage', {}, { body: { PaymentType: 'Cash' } }],
    ]);
    expect([create?.context.where, query?.context.where]).toEqual(['download', 'form']);
    expect(create?.prescribed).not.toBe(query?.prescribed);
  });

  it('matrix: a scenario extending a matrix scenario generates its own cells', () => {
    const text = asItem(`id: fakebooks/m\n${MATRIX}`) + asItem('id: fakebooks/m2\nextends: fakebooks/m\nseed: 9\nmatrix: { kinds: [outage] }');
    const { scenarios, problems } = load(text);
    expect(problems).toEqual([]);
    expect(scenarios.filter((s) => s.id.startsWith('fakebooks/m2/')).map((s) => [s.id, s.seed])).toEqual([
      ['fakebooks/m2/query--outage', 9],
      ['fakebooks/m2/create--outage', 9],
    ]);
  });
});
