import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findScenarioFiles } from './load.ts';
import { scenarioSchemaPath } from './write-schema.ts';

// What an editor does with `# yaml-language-server: $schema=`: check the YAML against the committed schema.
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(JSON.parse(readFileSync(scenarioSchemaPath, 'utf8')));
const valid = (yaml: string) => check(parse(yaml));

const SCENARIO = `
title: Payee list down
integration: quickbooks
flow: quickbooks.create-expense
context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }
`;
const FAULT = '  - { endpoint: "GET /v3/company/{realmId}/query", kind: outage';

describe('scenarios/scenario.schema.json, as an editor uses it', () => {
  const { files } = findScenarioFiles([join(import.meta.dirname, '../../scenarios')]);

  it.each(files)('accepts %s', (file) => {
    expect(check(parse(readFileSync(file, 'utf8'))), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  it('accepts the when, expect, extends and matrix keys', () => {
    expect(valid(`${SCENARIO}faults:\n${FAULT}, when: { after: 1, flap: { up: 5s, down: 2s, startDown: true } } }`)).toBe(true);
    expect(valid(`${SCENARIO}faults:\n${FAULT}, when: { sequence: [fail, pass] } }\nexpect: { engineeringRules: { waive: { retries-reads: cached } } }`)).toBe(true);
    expect(valid(`${SCENARIO}matrix: { endpoints: ["GET /v3/company/{realmId}/query"], kinds: [outage, { kind: latency, name: slow }] }`)).toBe(true);
    expect(valid(`- id: quickbooks/a${SCENARIO.replace(/\n/g, '\n  ')}faults:\n  ${FAULT} }\n- { id: quickbooks/b, extends: quickbooks/a, seed: 2 }`)).toBe(true);
  });

  it('rejects what the loader rejects where JSON Schema can say it', () => {
    const bad = [
      `${SCENARIO}`, // no faults and no matrix
      `${SCENARIO}faults:\n${FAULT}, when: { sequence: [fail, flop] } }`,
      `${SCENARIO}faults:\n${FAULT}, when: { for: 0s } }`,
      `${SCENARIO}faults:\n${FAULT}, probability: 2 }`,
      `${SCENARIO}faults:\n  - { endpoint: "GET /v3/company/{realmId}/querry", kind: outage }`,
      `${SCENARIO}faults:\n${FAULT}, params: { status: 200 } }`,
      `${SCENARIO}faults:\n${FAULT} }\nexpect: { copyRules: { waive: { no-such-rule: why } } }`,
      `${SCENARIO}matrix: { endpoints: ["GET /v3/company/{realmId}/querry"], kinds: [outage] }`,
      `${SCENARIO}matrix: { endpoints: ["GET /v3/company/{realmId}/query"], kinds: [outtage] }`,
    ];
    expect(bad.map(valid)).toEqual(bad.map(() => false));
  });
});
