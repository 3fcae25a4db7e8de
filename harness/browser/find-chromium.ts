import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Flags that keep Debian's Chromium quiet and working on a closed network, as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`): the build Playwright itself runs headless.
 * It has no browser UI to run, so it launches faster and a page costs less CPU: the demo's legacy audit on
 * 2 cores took 199 s with it against 430 s with the full browser, with the same verdicts.
 */
export const headlessShellCandidates = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

/** System Chromium builds, most direct first (`/usr/lib/chromium/chromium` skips Debian's wrapper script). */
const systemCandidates = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Where a Chromium was found and who provided it. */
export interface FoundChromium {
  /** `undefined` means Playwright's own download, used without an explicit path. */
  executablePath: string | undefined;
  source: 'BROWNOUT_CHROMIUM' | 'playwright' | 'system';
  /** The build is a headless shell (it cannot show a window). */
  headlessShell?: boolean;
}

/**
 * Whether this run asks for a visible browser, which a headless shell cannot show: `--headed`, `--debug` or `--ui`
 * on the command line, PWDEBUG, or BROWNOUT_HEADED=1 (the Playwright config sets it for its workers, whose command
 * line does not carry the flag).
 */
export function wantsHeaded(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BROWNOUT_HEADED === '1' || !!env.PWDEBUG || argv.some((a) => a === '--headed' || a === '--debug' || a === '--ui');
}

/**
 * Whether Playwright may have downloaded browsers here: PLAYWRIGHT_BROWSERS_PATH is set, or its per-user cache
 * folder exists. Only then is Playwright loaded to ask for its Chromium (loading it costs the CLI ~0.5 s).
 */
function mayHavePlaywrightDownload(): boolean {
  if (process.env.PLAYWRIGHT_BROWSERS_PATH) return true;
  const cache =
    process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches')
      : process.platform === 'win32' ? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : (process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
  return existsSync(join(cache, 'ms-playwright'));
}

/**
 * Finds a Chromium to drive: `BROWNOUT_CHROMIUM` if set, else Playwright's own download if present, else a
 * system headless shell (unless the run is headed), else a system build. Returns null when there is none.
 */
export function findChromium(headed = wantsHeaded()): FoundChromium | null {
  const fromEnv = process.env.BROWNOUT_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'BROWNOUT_CHROMIUM' } : null;
  let bundled: string | undefined;
  try {
    if (mayHavePlaywrightDownload()) bundled = (createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test')).chromium.executablePath();
  } catch {
    bundled = undefined; // Playwright throws when its browser registry is unknown on this platform.
  }
  if (bundled && existsSync(bundled)) return { executablePath: undefined, source: 'playwright' };
  const shell = headed ? undefined : headlessShellCandidates.find((path) => existsSync(path));
  if (shell) return { executablePath: shell, source: 'system', headlessShell: true };
  const system = systemCandidates.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : null;
}

/** The one line a user gets when no browser can be found. */
export const noChromiumMessage =
  'brownout: no Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
  'or `npx playwright install chromium`, or point BROWNOUT_CHROMIUM at a Chromium or Chrome executable.';

/** Launch options for Playwright: the found executable and the flags it needs. Throws the one-line message. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const found = findChromium();
  if (!found) throw new Error(noChromiumMessage);
  return found.executablePath ? { executablePath: found.executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
