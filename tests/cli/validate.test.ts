import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brownout } from './cli.ts';
import { payeeDrill, scenarioFolder } from './scenario-files.ts';

const CONTEXT = 'context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }';

describe('brownout validate', () => {
  const { cwd, scenarios } = scenarioFolder({
    'a-good.yaml': payeeDrill('quickbooks/flapping', 'kind: outage, when: { flap: { up: 5s, down: 2s, startDown: true } }'),
    'b-bad.yaml': payeeDrill('quickbooks/bad', 'kind: outage, probability: 2, when: { sequence: [fail, pass], first: 1 }'),
    'c-matrix.yaml': [
      'id: quickbooks/expense-matrix',
      'title: Expense form',
      'integration: quickbooks',
      'flow: quickbooks.create-expense',
      CONTEXT,
      'matrix:',
      '  endpoints: ["GET /v3/company/{realmId}/query", "POST /v3/company/{realmId}/purchase"]',
      '  kinds: [outage, { kind: outage, name: slow-outage, when: { for: soon } }]',
      '',
    ].join('\n'),
    'd-clash.yaml': payeeDrill('quickbooks/expense-matrix/query--outage', 'kind: outage'),
    'e-broken.yaml': 'title: [unclosed\n',
    // An unknown flow and an unknown fault kind in one file: both reported in the same pass, each at its own line.
    'f-flow.yaml': payeeDrill('quickbooks/misspelt-flow', 'kind: outrage').replace('flow: quickbooks.create-expense', 'flow: quickbooks.create-expence'),
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('prints every problem of every file with file:line:col, runs nothing, exits 1', () => {
    const run = brownout(['validate', 'scenarios'], cwd, 60_000);
    const file = (name: string) => join('scenarios', name);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    // The demo's flows are listed in the middle of this one; the rest of each line is exact.
    const flowLine = lines.splice(5, 1)[0];
    expect(flowLine).toMatch(/^scenarios\/f-flow\.yaml:4:7 flow: unknown flow "quickbooks\.create-expence"; flows registered by the config \/\S+\/demo\/brownout\.config\.ts: .*quickbooks\.create-expense.*; did you mean "quickbooks\.create-expense"\? Fix: /);
    expect(lines).toEqual([
      `${file('b-bad.yaml')}:7:121 faults[0].probability: expected a number from 0 to 1, got 2`,
      `${file('b-bad.yaml')}:7:142 faults[0].when.sequence: "sequence" cannot be combined with "first": both say which requests fail; use sequence: [fail, fail, pass] or first: 2, not both`,
      `${file('c-matrix.yaml')}:8:67 matrix.kinds[1].when.for: expected a duration longer than 0 such as 10s or 500ms (a bare number is ms), got "soon"`,
      `${file('d-clash.yaml')}:1:5 id: duplicate scenario id "quickbooks/expense-matrix/query--outage", first declared at ${file('c-matrix.yaml')}:1:5; give one of them another id`,
      `${file('e-broken.yaml')}:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${file('f-flow.yaml')}:7:100 faults[0].kind: unknown fault kind "outrage"; known kinds: auth-revoked, breaking-change, empty-response, hang, latency, lost-response, maintenance, malformed-body, outage, partial, rate-limit, reset, slow-body; did you mean "outage"?`,
      '7 problems (in 5 files); checked 6 files, 1 scenario valid; nothing was run',
    ]);
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('says how many scenarios are valid and exits 0 when all are', () => {
    writeFileSync(join(scenarios, 'b-bad.yaml'), payeeDrill('quickbooks/sequence', 'kind: outage, when: { after: 1, sequence: [fail, fail, pass] }'));
    rmSync(join(scenarios, 'd-clash.yaml'));
    rmSync(join(scenarios, 'e-broken.yaml'));
    rmSync(join(scenarios, 'f-flow.yaml'));
    writeFileSync(join(scenarios, 'c-matrix.yaml'), readFileSync(join(scenarios, 'c-matrix.yaml'), 'utf8').replace('for: soon', 'for: 2s'));
    const run = brownout(['validate', 'scenarios'], cwd, 60_000);
    expect({ code: run.code, stdout: run.stdout.trim() }).toEqual({ code: 0, stdout: '6 scenarios valid in 3 files' });
  });
});

describe('brownout validate in a folder with a brownout.config.*', () => {
  it("validates the config's scenarios against its providers and flows", () => {
    const example = new URL('../../examples/slack-notes', import.meta.url).pathname;
    const run = brownout(['validate'], example, 60_000);
    expect({ code: run.code, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({ code: 0, stdout: '1 scenario valid in 1 file', stderr: '' });
    const withConfig = brownout(['validate', '--config', join(example, 'brownout.config.ts'), join(example, 'scenarios')], process.cwd(), 60_000);
    expect(withConfig.code).toBe(0);
    // Without the config, its flow is unknown: the demo's flows are checked instead.
    const without = brownout(['validate', join(example, 'scenarios')], process.cwd(), 60_000);
    expect({ code: without.code, unknownFlow: without.stderr.includes('unknown flow "slack.post-note"') }).toEqual({ code: 1, unknownFlow: true });
    // Three CLI runs one after the other, each allowed a minute on a loaded machine: the default 30 s is too short for them together.
  }, 180_000);
});

describe('brownout schema', () => {
  it('prints the JSON Schema the scenario files point at', () => {
    const run = brownout(['schema'], process.cwd(), 60_000);
    expect(run.code).toBe(0);
    const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(committed));
    expect(Object.keys(JSON.parse(run.stdout).definitions.scenario.properties)).toEqual([
      'id', 'extends', 'title', 'integration', 'flow', 'context', 'faults', 'matrix', 'expect', 'seed', 'observe', 'tags',
    ]);
  });

  it("with --config lists the product's flow names and its custom provider's endpoint ids, so an editor checks them", () => {
    const run = brownout(['schema', '--config', 'examples/slack-notes/brownout.config.ts'], process.cwd(), 60_000);
    expect(run.code, run.stderr).toBe(0);
    const scenario = JSON.parse(run.stdout).definitions.scenario;
    expect(scenario.properties.flow.enum).toEqual(['slack.post-note']);
    const slack = scenario.allOf.find((c: { if: { properties: { integration?: { const: string } } } }) => c.if.properties.integration?.const === 'slack');
    expect(slack.then.properties.faults.items.then.properties.endpoint.enum).toContain('POST /api/chat.postMessage');
  });

  it('with a config that does not exist: exit 2 and the path', () => {
    const run = brownout(['schema', '--config', 'nope.config.yaml'], process.cwd(), 60_000);
    expect([run.code, run.stderr.includes('nope.config.yaml: no such config file')]).toEqual([2, true]);
  });
});
