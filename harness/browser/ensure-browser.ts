/**
 * Makes sure a Chromium is available before a drill or the tests: finds one, or installs Debian's `chromium`
 * with apt when running as root on a Debian-like system, or stops with one line saying how to get one.
 * Run: `tsx harness/browser/ensure-browser.ts` (npm's `predemo`/`pretest` do it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, noChromiumMessage } from './find-chromium.ts';

function describe(found: NonNullable<ReturnType<typeof findChromium>>): string {
  return found.executablePath ?? "Playwright's own Chromium";
}

const found = findChromium();
if (found) {
  if (process.env.BROWNOUT_VERBOSE) console.log(`brownout: using ${describe(found)} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(noChromiumMessage);
  process.exit(1);
}

console.log('brownout: no Chromium found; installing Debian\'s chromium with apt-get (about 20 s)...');
const run = (args: string[]) =>
  spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (run(['update', '-qq']).status !== 0 || run(['install', '-y', '-qq', 'chromium']).status !== 0) {
  console.error('brownout: apt-get could not install chromium. ' + noChromiumMessage);
  process.exit(1);
}
const installed = findChromium();
if (!installed) {
  console.error('brownout: chromium was installed but not found where expected. ' + noChromiumMessage);
  process.exit(1);
}
console.log(`brownout: installed ${describe(installed)}`);
