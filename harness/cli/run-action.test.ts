import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../config/config-error.ts';
import { BrownoutError, ScenarioError } from '../input/errors.ts';
import { ReportInputError } from '../report/read-run.ts';
import { runAction } from './run-action.ts';

const printed = () => vi.mocked(console.error).mock.calls.map((c) => String(c[0])).join('\n');

describe('runAction, the CLI error boundary', () => {
  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it("exits with the command's own code, 0 when it returns none", async () => {
    await runAction(() => 1);
    expect(process.exitCode).toBe(1);
    await runAction(async () => undefined);
    expect(process.exitCode).toBe(0);
  });

  it.each([
    ['a report input', new ReportInputError('nope', 'run not found: nope does not exist'), 2],
    ['a scenario file', new ScenarioError([{ file: 'a.yaml', line: 3, col: 7, path: 'flow', message: 'unknown flow "x"' }]), 2],
    ['a config', new ConfigError([{ file: 'brownout.config.ts', line: 1, col: 1, path: 'product', message: 'required' }]), 2],
    ['a drill', new BrownoutError('brownout: a drill failed'), 1],
  ])("reads %s error's exitCode from the hierarchy and prints only its message", async (_what, error, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runAction(() => {
      throw error;
    });
    expect(process.exitCode).toBe(code);
    expect(printed()).toBe(error.message);
  });

  it('prints the stack of anything else (a bug) and exits 1', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runAction(async () => {
      throw new TypeError('x is undefined');
    });
    expect(process.exitCode).toBe(1);
    expect(printed()).toMatch(/^TypeError: x is undefined\n\s+at /);
  });
});
