import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { fakeRegistries, VALID } from './test-fixtures.ts';
import { validateCommand } from './validate-command.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brownout-validate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('validateCommand', () => {
  it('says how many scenarios are valid, exit 0', () => {
    writeFileSync(join(dir, 'a.yaml'), VALID);
    writeFileSync(join(dir, 'b.yaml'), VALID);
    expect(validateCommand([dir], fakeRegistries)).toEqual({ output: '2 scenarios valid in 2 files', exitCode: 0 });
  });

  it('prints every problem of every file and a summary, exit 1', () => {
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    writeFileSync(a, VALID.replace('kind: outage', 'kind: outtage').replace('status: 503', 'status: 200'));
    writeFileSync(b, `${VALID}seed: fast\n`);
    writeFileSync(join(dir, 'c.yaml'), VALID);
    expect(validateCommand([dir], fakeRegistries)).toEqual({
      output: [
        `${a}:7:11 faults[0].kind: unknown fault kind "outtage"; known kinds: latency, outage; did you mean "outage"?`,
        `${b}:9:7 seed: expected an integer, got "fast"`,
        '2 problems (in 2 files); checked 3 files, 1 scenario valid; nothing was run',
      ].join('\n'),
      exitCode: 1,
    });
  });

  it('checks flows when given: an unknown flow is a problem and its scenario is not counted valid', () => {
    const a = join(dir, 'a.yaml');
    writeFileSync(a, VALID);
    const flows = [{ name: 'fakebooks.create-expenses', integration: 'fakebooks', title: 'x', run: async () => {} }];
    const { output, exitCode } = validateCommand([dir], { ...fakeRegistries, flows, flowsFrom: 'the test' });
    expect(exitCode).toBe(1);
    expect(output.split('\n')).toEqual([
      expect.stringMatching(/a\.yaml:3:7 flow: unknown flow "fakebooks\.create-expense"; flows registered by the test: fakebooks\.create-expenses; did you mean "fakebooks\.create-expenses"\?/),
      '1 problem (in 1 file); checked 1 file, 0 scenarios valid; nothing was run',
    ]);
  });

  it('fails when there is nothing to validate', () => {
    expect(validateCommand([dir], fakeRegistries)).toEqual({
      output: `${dir}: no scenario files (*.yaml, *.yml) in this directory\n1 problem (in 1 file); checked 0 files, 0 scenarios valid; nothing was run`,
      exitCode: 1,
    });
  });

  it.skipIf(!('quickbooks' in builtinProviders))('validates the built-in scenarios/ by default', () => {
    expect(validateCommand([])).toMatchObject({ exitCode: 0 });
  });
});
