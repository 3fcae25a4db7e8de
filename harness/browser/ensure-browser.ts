/**
 * Makes sure a Chromium is available before a drill or the tests: finds one, or installs Debian's `chromium`
 * with apt when running as root on a Debian-like system, or stops with one line saying how to get one. As root
 * with apt, a system Chromium without its headless shell also gets `chromium-headless-shell` (best effort: the
 * full browser still works where the package is missing), which the drills then use.
 * Run: `tsx harness/browser/ensure-browser.ts` (npm's `predemo`/`pretest` do it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, noChromiumMessage } from './find-chromium.ts';

function describe(found: NonNullable<ReturnType<typeof findChromium>>): string {
  return found.executablePath ?? "Playwright's own Chromium";
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');
const run = (args: string[], stderr: 'inherit' | 'ignore' = 'inherit') =>
  spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', stderr], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

// Written when the headless shell could not be installed, so later runs do not try apt again.
const noShellMark = join(tmpdir(), 'brownout-no-chromium-headless-shell');

/**
 * Installs `chromium-headless-shell` (best effort): as the package index is, then after an update unless the index
 * was just updated; remembers a failure in the mark. The package may not exist on this distribution.
 */
function addHeadlessShell(indexFresh: boolean): boolean {
  const install = () => run(['install', '-y', '-qq', 'chromium-headless-shell'], 'ignore').status === 0;
  const added = install() || (!indexFresh && run(['update', '-qq'], 'ignore').status === 0 && install());
  if (!added) writeFileSync(noShellMark, `apt-get could not install chromium-headless-shell on ${new Date().toISOString()}\n`);
  return added;
}

const found = findChromium(false);
if (found) {
  // BROWNOUT_NO_APT: never run apt for the shell (a machine whose packages someone else manages).
  if (found.source === 'system' && !found.headlessShell && canApt && !process.env.BROWNOUT_NO_APT && !existsSync(noShellMark)) {
    console.log('brownout: adding chromium-headless-shell with apt-get (about 10 s; drills run lighter with it)...');
    console.log(addHeadlessShell(false) ? `brownout: using ${describe(findChromium(false)!)}` : `brownout: chromium-headless-shell is not installable here (not asked again; \`apt-get install chromium-headless-shell\` adds it later); using ${describe(found)}`);
  } else if (process.env.BROWNOUT_VERBOSE) console.log(`brownout: using ${describe(found)} (${found.source})`);
  process.exit(0);
}

if (!canApt) {
  console.error(noChromiumMessage);
  process.exit(1);
}

console.log('brownout: no Chromium found; installing Debian\'s chromium and chromium-headless-shell with apt-get (about 20 s)...');
if (run(['update', '-qq']).status !== 0 || run(['install', '-y', '-qq', 'chromium']).status !== 0) {
  console.error('brownout: apt-get could not install chromium. ' + noChromiumMessage);
  process.exit(1);
}
// The headless shell is what the drills use when present; the full browser is enough without it.
addHeadlessShell(true);
const installed = findChromium(false);
if (!installed) {
  console.error('brownout: chromium was installed but not found where expected. ' + noChromiumMessage);
  process.exit(1);
}
console.log(`brownout: installed ${describe(installed)}`);
