import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { playwrightConfigFile } from './paths.ts';

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

/**
 * Runs `playwright test` with brownout's config on one project, from the user's working folder, with `env`
 * added to this process's environment; resolves to Playwright's exit code (2 when it was killed by a signal).
 * Playwright's own output folder goes beside the run folders (`reports/.playwright`), never into the package.
 * @example const code = await spawnPlaywright('drill', ['--workers', '2'], { BROWNOUT_MODE: 'guided', BROWNOUT_RUN_DIR: dir }, true);
 */
export function spawnPlaywright(project: string, args: string[], env: Record<string, string>, showStdout: boolean): Promise<number> {
  const argv = [playwrightCli, 'test', '-c', playwrightConfigFile, '--project', project, ...args];
  const output = env.BROWNOUT_RUN_DIR ? join(dirname(resolve(env.BROWNOUT_RUN_DIR)), '.playwright') : resolve('reports', '.playwright');
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', showStdout ? 'inherit' : 'ignore', 'inherit'], env: { ...process.env, BROWNOUT_PLAYWRIGHT_OUTPUT: output, ...env } });
    child.on('exit', (status, signal) => done(status ?? (signal ? 2 : 0)));
  });
}
