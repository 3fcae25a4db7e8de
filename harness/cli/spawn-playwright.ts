import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { groupRunning, signalGroup } from '../playwright/attach/process-group.ts';
import { playwrightConfigFile } from './paths.ts';

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

/** How long Playwright and its browsers get to stop after Ctrl-C before they are killed (ms). */
const STOP_GRACE_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `playwright test` with brownout's config on one project, from the user's working folder, with `env`
 * added to this process's environment; resolves to Playwright's exit code (2 when it was killed by a signal).
 * Playwright's own output folder goes beside the run folders (`reports/.playwright`), never into the package.
 * Playwright runs in a process group of its own: SIGINT or SIGTERM to this process is forwarded to the whole
 * group (Playwright, its workers, the product, every Chromium), which gets STOP_GRACE_MS to end before it is
 * killed; this process then exits 130 / 143 only once none of them is left.
 * @example const code = await spawnPlaywright('drill', ['--workers', '2'], { BROWNOUT_VARIANT: 'guided', BROWNOUT_RUN_DIR: dir }, true);
 */
export function spawnPlaywright(project: string, args: string[], env: Record<string, string>, showStdout: boolean): Promise<number> {
  const argv = [playwrightCli, 'test', '-c', playwrightConfigFile, '--project', project, ...args];
  const output = env.BROWNOUT_RUN_DIR ? join(dirname(resolve(env.BROWNOUT_RUN_DIR)), '.playwright') : resolve('reports', '.playwright');
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { detached: true, stdio: ['ignore', showStdout ? 'inherit' : 'ignore', 'inherit'], env: { ...process.env, BROWNOUT_PLAYWRIGHT_OUTPUT: output, ...env } });
    const pgid = child.pid!;
    let stopping = false;
    const forward = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.error(`brownout: ${signal}: stopping Playwright and its browsers (up to ${STOP_GRACE_MS / 1000} s)...`);
      signalGroup(pgid, signal);
      const deadline = Date.now() + STOP_GRACE_MS;
      while (groupRunning(pgid) && Date.now() < deadline) await sleep(100);
      signalGroup(pgid, 'SIGKILL');
      for (let i = 0; i < 40 && groupRunning(pgid); i++) await sleep(25);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    const onInt = () => void forward('SIGINT');
    const onTerm = () => void forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('exit', (status, signal) => {
      if (stopping) return;
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(status ?? (signal ? 2 : 0));
    });
  });
}
