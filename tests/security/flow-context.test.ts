/**
 * Defect 15 (issue 14): a scenario whose context contradicts the context its flow declares for the very
 * call the scenario faults (`endpoints` on the flow) is refused, located at the scenario's context.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoFlows } from '../../demo/flows/index.ts';
import { validateCommand } from '../../harness/cli/validate-scenarios.ts';
import { brownout } from '../cli/cli.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const PURCHASE = 'POST /v3/company/{realmId}/purchase';

/** A QuickBooks scenario on `flow` faulting `endpoint`, answering `context` (a YAML flow mapping). */
const scenario = (flow: string, endpoint: string, context: string) => [
  'title: Contradicting context',
  'integration: quickbooks',
  `flow: ${flow}`,
  `context: ${context}`,
  'faults:',
  `  - endpoint: ${endpoint}`,
  '    kind: outage',
  '',
].join('\n');

/** Each scenario, and the sentence that must refuse it (or null: it agrees with its flow). */
const contradictingContexts: { name: string; text: string; message: string | null }[] = [
  {
    name: 'the payee query of create-expense answered as a form submit',
    text: scenario('quickbooks.create-expense', QUERY, '{ initiatedBy: user-action, where: form-submit }'),
    message: `4:10 context: contradicts the context flow quickbooks.create-expense declares for quickbooks ${QUERY} (where: the flow says "form", the scenario says "form-submit")`,
  },
  {
    name: 'the purchase POST of submit-expense answered as a form field',
    text: scenario('quickbooks.submit-expense', PURCHASE, '{ initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }'),
    message: `4:10 context: contradicts the context flow quickbooks.submit-expense declares for quickbooks ${PURCHASE} (where: the flow says "form-submit", the scenario says "form")`,
  },
  {
    name: 'the declared context itself',
    text: scenario('quickbooks.submit-expense', PURCHASE, '{ initiatedBy: user-action, where: form-submit }'),
    message: null,
  },
];

describe('defect 15: a context contradicting the flow\'s context for that call', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brownout-context-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  contradictingContexts.forEach(({ name, text, message }, i) => {
    it(`${name}: ${message ? 'refused' : 'valid'}`, () => {
      const file = join(dir, `case-${i}.yaml`);
      writeFileSync(file, text);
      const { output, exitCode } = validateCommand([file], { flows: demoFlows, flowsFrom: 'the demo' });
      if (message === null) {
        expect(output).toContain('1 scenario valid');
        expect(exitCode).toBe(0);
      } else {
        expect(output).toContain(message);
        expect(exitCode).toBe(1);
      }
    });
  });

  it('brownout validate refuses it as a user runs it', () => {
    const file = join(dir, 'cli.yaml');
    writeFileSync(file, contradictingContexts[0]!.text);
    const run = brownout(['validate', file], dir, 60_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('contradicts the context flow quickbooks.create-expense declares');
  });
});
