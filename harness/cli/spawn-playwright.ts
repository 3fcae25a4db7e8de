import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from './paths.ts';

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

/**
 * Runs `playwright test` with brownout's config on one project, in the package folder, with `env` added to
 * this process's environment; resolves to Playwright's exit code (2 when it was killed by a signal).
 * @example const code = await spawnPlaywright('drill', ['--workers', '2'], { BROWNOUT_VARIANT: 'guided' }, true);
 */
export function spawnPlaywright(project: string, args: string[], env: Record<string, string>, showStdout: boolean): Promise<number> {
  const argv = [playwrightCli, 'test', '-c', join(packageRoot, 'playwright.config.ts'), '--project', project, ...args];
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { cwd: packageRoot, stdio: ['ignore', showStdout ? 'inherit' : 'ignore', 'inherit'], env: { ...process.env, ...env } });
    child.on('exit', (status, signal) => done(status ?? (signal ? 2 : 0)));
  });
}
