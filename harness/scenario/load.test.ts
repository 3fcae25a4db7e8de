import { describe, expect, it } from 'vitest';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarioText } from './load.ts';
import { asItem, fakeRegistries, FILE, replaced, VALID } from './test-fixtures.ts';

const FILE_RULE =
  'a scenario file holds one YAML document: a mapping (one scenario) or a sequence of mappings (several scenarios, each with an id)';
const load = (text: string) => loadScenarioText(text, FILE, fakeRegistries);
const at = (position: string, rest: string) => `${FILE}:${position} ${rest}`;

/** Bad inputs, named after their defect, with every formatted problem they must produce (in order). */
const invalidCases: { defect: string; text: string; problems: string[]; stillValid?: string[] }[] = [
  {
    defect: 'YAML syntax error',
    text: replaced('title: Payee list down', 'title: [Payee list down'),
    problems: [`${FILE}:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  },
  {
    defect: 'duplicate key in a mapping',
    text: `${VALID}title: again\n`,
    problems: [`${FILE}:9:1: invalid YAML: Map keys must be unique`],
  },
  {
    defect: 'several YAML documents in one file',
    text: `${VALID}---\n${VALID}`,
    problems: [`${FILE}:9:1: invalid YAML: the file holds several documents (separated by ---); ${FILE_RULE}`],
  },
  { defect: 'empty file', text: '', problems: [`${FILE}:1:1: the file is empty; ${FILE_RULE}`] },
  { defect: 'an empty sequence', text: '[]\n', problems: [`${FILE}:1:1: the sequence is empty; ${FILE_RULE}`] },
  { defect: 'only a comment', text: '# to do\n', problems: [`${FILE}:1:1: the file is empty; ${FILE_RULE}`] },
  {
    defect: 'a single value instead of a mapping',
    text: 'just a sentence\n',
    problems: [`${FILE}:1:1: expected a mapping or a sequence, got a single value; ${FILE_RULE}`],
  },
  {
    defect: 'a scenarios: wrapper key',
    text: `scenarios:\n${asItem(VALID).replace(/^/gm, '  ')}`,
    problems: [at('1:1', `scenarios: a scenario file has no scenarios: key; ${FILE_RULE}: remove "scenarios:" and un-indent its items`)],
  },
  {
    defect: 'wrong type: title is a number',
    text: replaced('title: Payee list down', 'title: 42'),
    problems: [at('1:8', 'title: expected a non-empty string, got 42')],
  },
  { defect: 'wrong type: seed is a word', text: `${VALID}seed: fast\n`, problems: [at('9:7', 'seed: expected an integer, got "fast"')] },
  { defect: 'wrong type: tags is a string', text: `${VALID}tags: smoke\n`, problems: [at('9:7', 'tags: expected a list of strings, got "smoke"')] },
  {
    defect: 'wrong type: context is a string',
    text: replaced('context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }', 'context: form'),
    problems: [at('4:10', 'context: expected a mapping of decision-tree answers, e.g. { initiatedBy: user-action, where: form }, got "form"')],
  },
  {
    defect: 'missing required key',
    text: replaced('flow: fakebooks.create-expense\n', ''),
    problems: [at('1:1', 'flow: missing required key "flow" (a flow name like quickbooks.create-expense)')],
  },
  {
    defect: 'unknown top-level key (a misspelt title)',
    text: replaced('title:', 'tittle:'),
    problems: [
      at('1:1', 'title: missing required key "title" (a non-empty string)'),
      at('1:1', 'tittle: unknown key; allowed keys: id, extends, title, integration, flow, context, faults, matrix, expect, seed, observe, tags; did you mean "title"?'),
    ],
  },
  {
    defect: 'id that is not a slug',
    text: `id: QuickBooks Payee\n${VALID}`,
    problems: [at('1:5', 'id: expected an id like quickbooks/expense-payee-outage (lower-case letters, digits, ".", "_", "-", "/"), got "QuickBooks Payee"')],
  },
  {
    defect: 'no faults',
    text: replaced('faults:\n  - endpoint: GET /v3/company/{realmId}/query\n    kind: outage\n    params: { status: 503 }', 'faults: []'),
    problems: [at('5:9', 'faults: expected a list of at least one fault, got []')],
  },
  {
    defect: 'unknown fault kind',
    text: replaced('kind: outage', 'kind: outtage'),
    problems: [at('7:11', 'faults[0].kind: unknown fault kind "outtage"; known kinds: latency, outage; did you mean "outage"?')],
  },
  {
    defect: 'unknown provider',
    text: replaced('integration: fakebooks', 'integration: quickbox'),
    problems: [at('2:14', 'integration: unknown provider "quickbox"; known providers: chatty, fakebooks')],
  },
  {
    defect: 'unknown provider on a fault',
    text: replaced('    kind: outage', '    provider: slack\n    kind: outage'),
    problems: [at('7:15', 'faults[0].provider: unknown provider "slack"; known providers: chatty, fakebooks')],
  },
  {
    defect: 'unknown endpoint',
    text: replaced('{realmId}/query', '{realmId}/querry'),
    problems: [
      at('6:15', 'faults[0].endpoint: unknown endpoint "GET /v3/company/{realmId}/querry" for provider fakebooks; its endpoints: GET /v3/company/{realmId}/query, POST /v3/company/{realmId}/purchase, or "*" for every call to fakebooks; did you mean "GET /v3/company/{realmId}/query"?'),
    ],
  },
  {
    defect: 'probability above 1',
    text: replaced('    kind: outage', '    kind: outage\n    probability: 1.5'),
    problems: [at('8:18', 'faults[0].probability: expected a number from 0 to 1, got 1.5')],
  },
  {
    defect: 'negative when.first',
    text: replaced('    kind: outage', '    kind: outage\n    when: { first: -1 }'),
    problems: [at('8:20', 'faults[0].when.first: expected a whole number of requests (0 or more), got -1')],
  },
  {
    defect: 'unknown key in when',
    text: replaced('    kind: outage', '    kind: outage\n    when: { after: 1, last: 2 }'),
    problems: [at('8:23', 'faults[0].when.last: unknown key; allowed keys: after, first, sequence, for, flap, fromAction')],
  },
  {
    defect: 'match value that is a list',
    text: replaced('    kind: outage', '    kind: outage\n    match: { query: { query: [Vendor] } }'),
    problems: [at('8:30', 'faults[0].match.query.query: expected a string (numbers and booleans are compared as text), got ["Vendor"]')],
  },
  {
    defect: 'bad duration "fast"',
    text: `${VALID}observe: { stuckMs: fast }\n`,
    problems: [at('9:21', 'observe.stuckMs: expected a duration of at most 30s (30000 ms) such as 8s or 500ms (a bare number is ms), got "fast"')],
  },
  {
    defect: "params of a kind wrong: outage status 200",
    text: replaced('status: 503', 'status: 200'),
    problems: [at('8:23', 'faults[0].params.status: expected an integer from 500 to 599, got 200')],
  },
  {
    defect: "params of a kind wrong: outage status fast",
    text: replaced('status: 503', 'status: fast'),
    problems: [at('8:23', 'faults[0].params.status: expected an integer from 500 to 599, got "fast"')],
  },
  {
    defect: 'params key the kind does not have',
    text: replaced('status: 503', 'code: 503'),
    problems: [at('8:15', 'faults[0].params.code: unknown key; allowed keys: status')],
  },
  {
    defect: 'params that are not a mapping',
    text: replaced('params: { status: 503 }', 'params: 503'),
    problems: [at('8:13', 'faults[0].params: expected a mapping, got 503')],
  },
  {
    defect: 'context that does not reach a leaf',
    text: replaced(', data: unavailable', ''),
    problems: [at('4:10', 'context.data: missing answer to "Can the information be displayed?" (the context must reach a prescribed response); allowed: unavailable, stale')],
  },
  {
    defect: 'context answer that is not allowed',
    text: replaced('where: form', 'where: formm'),
    problems: [
      at('4:45', 'context.where: expected one of next-page, form, form-submit, settings-page, progress-bar, install-app, download (answers to "Where is the user when the error occurs?"), got "formm"; did you mean "form"?'),
    ],
  },
  {
    defect: 'context key the tree never asks',
    text: replaced('required: true', 'requird: true'),
    problems: [
      at('4:58', 'context.field.required: missing answer to "Is the field required?" (the context must reach a prescribed response); allowed: true, false'),
      at('4:69', 'context.field.requird: unknown context key; the decision tree asks: initiatedBy, where, field.required, data, scope; did you mean "field.required"?'),
    ],
  },
  {
    defect: 'unknown expect.prescribed',
    text: `${VALID}expect: { prescribed: contextual-alert }\n`,
    problems: [
      at('9:23', 'expect.prescribed: unknown response kind "contextual-alert"; allowed: full-page-empty-state, half-page-empty-state, contextual-error-alert, contextual-warning-alert, settings-warning-alert, error-toast, warning-toast, full-page-modal, error-message-other, workflow-error, connection-status, third-party-app-error, no-impact'),
    ],
  },
  {
    defect: 'several scenarios without ids',
    text: asItem(VALID) + asItem(VALID),
    problems: [
      at('1:3', '[0].id: missing required key "id" (each scenario of a file with several needs its own id, e.g. quickbooks/expense-payee-outage)'),
      at('9:3', '[1].id: missing required key "id" (each scenario of a file with several needs its own id, e.g. quickbooks/expense-payee-outage)'),
    ],
  },
  {
    defect: 'duplicate ids in one file',
    text: asItem(`id: fakebooks/payee\n${VALID}`) + asItem(`id: fakebooks/payee\n${VALID}`),
    problems: [at('10:7', 'id: duplicate scenario id "fakebooks/payee", first declared at scenarios/fakebooks/payee.yaml:1:7; give one of them another id')],
    stillValid: ['fakebooks/payee'],
  },
  {
    defect: 'a sequence item that is not a mapping',
    text: `${asItem(`id: fakebooks/one\n${VALID}`)}- oops\n`,
    problems: [at('10:3', `[1]: expected a scenario mapping, got "oops"; ${FILE_RULE}`)],
    stillValid: ['fakebooks/one'],
  },
];

describe('loadScenarioText rejects', () => {
  it.each(invalidCases)('$defect', ({ text, problems, stillValid = [] }) => {
    const result = load(text);
    expect(result.problems.map(formatProblem)).toEqual(problems);
    expect(result.scenarios.map((s) => s.id)).toEqual(stillValid);
  });

  it('every problem of a file at once, in file order', () => {
    const text = replaced('kind: outage', 'kind: outtage').replace('title: Payee list down', 'title: 42') + 'seed: fast\n';
    expect(load(text).problems.map((p) => `${p.line}:${p.col} ${p.path}`)).toEqual(['1:8 title', '7:11 faults[0].kind', '9:7 seed']);
  });
});

describe('loadScenarioText accepts', () => {
  it('a minimal scenario, with every default applied', () => {
    const { scenarios, problems } = load(VALID);
    expect(problems).toEqual([]);
    expect(scenarios).toEqual([
      {
        id: 'fakebooks/payee',
        title: 'Payee list down',
        integration: 'fakebooks',
        flow: 'fakebooks.create-expense',
        context: { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' },
        faults: [
          { provider: 'fakebooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage', probability: 1, when: {}, params: { status: 503 } },
        ],
        expect: {},
        seed: 1,
        observe: { stuckMs: 8000, settleMs: 250 },
        tags: [],
        source: { file: FILE, line: 1, col: 1, flow: { line: 3, col: 7 }, context: { line: 4, col: 10 } },
        prescribed: 'contextual-error-alert',
      },
    ]);
  });

  it("the kind's own defaults for params left out", () => {
    const [scenario] = load(replaced('    params: { status: 503 }\n', '')).scenarios;
    expect(scenario?.faults[0]?.params).toEqual({ status: 503 });
  });

  it('durations as numbers of ms or with a unit', () => {
    const cases = { '2s': 2000, '500ms': 500, '1.5s': 1500, '0.5m': 30_000, '250': 250 };
    for (const [written, ms] of Object.entries(cases)) {
      const [scenario] = load(`${VALID}observe: { stuckMs: ${written} }\n`).scenarios;
      expect(scenario?.observe, written).toEqual({ stuckMs: ms, settleMs: 250 });
    }
  });

  it('every envelope field, with match values compared as text', () => {
    const fault = [
      '    kind: outage', '    provider: chatty', '    probability: 0.25', '    when: { after: 2, first: 3, fromAction: true }',
      '    match: { query: { query: from Vendor }, body: { amount: 10, draft: false } }',
    ].join('\n');
    const text = replaced('  - endpoint: GET /v3/company/{realmId}/query\n    kind: outage', `  - endpoint: POST /api/chat.postMessage\n${fault}`);
    const { scenarios, problems } = load(`${text}seed: 7\ntags: [smoke, form]\nobserve: { settleMs: 1s }\n`);
    expect(problems).toEqual([]);
    expect(scenarios[0]).toMatchObject({
      faults: [{
        provider: 'chatty', endpoint: 'POST /api/chat.postMessage', kind: 'outage', probability: 0.25, when: { after: 2, first: 3, fromAction: true },
        match: { query: { query: 'from Vendor' }, body: { amount: '10', draft: 'false' } }, params: { status: 503 },
      }],
      seed: 7,
      tags: ['smoke', 'form'],
      observe: { stuckMs: 8000, settleMs: 1000 },
    });
  });

  it('expect.prescribed over the decision tree', () => {
    const [scenario] = load(`${VALID}expect: { prescribed: error-toast }\n`).scenarios;
    expect(scenario).toMatchObject({ expect: { prescribed: 'error-toast' }, prescribed: 'error-toast' });
  });

  it('several scenarios in one file, as a sequence with ids', () => {
    const second = replaced('where: form, field: { required: true }, data: unavailable', 'where: download');
    const { scenarios, problems } = load(asItem(`id: fakebooks/one\n${VALID}`) + asItem(`id: fakebooks/two\n${second}`));
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => [s.id, s.prescribed, s.source])).toEqual([
      ['fakebooks/one', 'contextual-error-alert', { file: FILE, line: 1, col: 3, flow: { line: 4, col: 9 }, context: { line: 5, col: 12 } }],
      ['fakebooks/two', 'error-toast', { file: FILE, line: 10, col: 3, flow: { line: 13, col: 9 }, context: { line: 14, col: 12 } }],
    ]);
  });

  it('a sequence of one scenario, with the default id', () => {
    expect(load(asItem(VALID)).scenarios.map((s) => s.id)).toEqual(['fakebooks/payee']);
  });
});
