import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A payee-query drill of the demo's expense form, with the fault and observation given (YAML text). */
export function payeeDrill(id: string, fault: string, observe = ''): string {
  return [
    `id: ${id}`,
    `title: Expense form, payee query ${id}`,
    'integration: quickbooks',
    'flow: quickbooks.create-expense',
    'context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }',
    'faults:',
    `  - { endpoint: "GET /v3/company/{realmId}/query", match: { query: { query: from Vendor } }, ${fault} }`,
    observe,
  ].join('\n');
}

/** A fresh working folder with `scenarios/` holding the given files (name -> YAML). */
export function scenarioFolder(files: Record<string, string>): { cwd: string; scenarios: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'brownout-cli-'));
  const scenarios = join(cwd, 'scenarios');
  mkdirSync(scenarios);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(scenarios, name), text);
  return { cwd, scenarios };
}
