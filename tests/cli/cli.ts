import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/brownout.js', import.meta.url));

/** Runs the `brownout` command as a user would, from `cwd`; returns its exit code and output. */
export function brownout(args: string[], cwd: string, timeoutMs = 180_000) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, CI: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}\n${run.stderr}` };
}
