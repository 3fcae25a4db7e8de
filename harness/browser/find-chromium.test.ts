import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { headlessShellCandidates, wantsHeaded } from './find-chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const empty = mkdtempSync(join(tmpdir(), 'brownout-no-cache-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** findChromium() in a fresh process with `env`: what it found, and whether it loaded Playwright to look. */
function findIn(env: Record<string, string>): { found: { source: string } | null; loadedPlaywright: boolean } {
  const script = `import { createRequire } from 'node:module'; import { findChromium } from './harness/browser/find-chromium.ts';
    const found = findChromium(); const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({ found, loadedPlaywright: cache.some((f) => f.includes('/@playwright/test/')) }));`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BROWNOUT_CHROMIUM', 'PLAYWRIGHT_BROWSERS_PATH', 'XDG_CACHE_HOME'].includes(k)));
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...clean, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

it('BROWNOUT_CHROMIUM wins, and Playwright is not loaded to look', () => {
  expect(findIn({ BROWNOUT_CHROMIUM: process.execPath, XDG_CACHE_HOME: empty })).toEqual({ found: { executablePath: process.execPath, source: 'BROWNOUT_CHROMIUM' }, loadedPlaywright: false });
});

it('with no Playwright download folder, Playwright is not loaded and the answer is a system build or none', () => {
  const { found, loadedPlaywright } = findIn({ XDG_CACHE_HOME: empty, HOME: empty });
  expect(loadedPlaywright).toBe(false);
  expect(found === null || found.source === 'system').toBe(true);
});

it('with PLAYWRIGHT_BROWSERS_PATH set, Playwright is asked for its own download (missing there, so not chosen)', () => {
  const { found, loadedPlaywright } = findIn({ PLAYWRIGHT_BROWSERS_PATH: empty, XDG_CACHE_HOME: empty });
  expect(loadedPlaywright).toBe(true);
  expect(found?.source).not.toBe('playwright');
});

it('a headless run takes the system headless shell when there is one; a headed run never does', () => {
  const shell = headlessShellCandidates.find((path) => existsSync(path));
  const headless = findIn({ XDG_CACHE_HOME: empty, HOME: empty });
  const headed = findIn({ XDG_CACHE_HOME: empty, HOME: empty, BROWNOUT_HEADED: '1' });
  if (shell) expect(headless.found).toEqual({ executablePath: shell, source: 'system', headlessShell: true });
  expect((headed.found as { headlessShell?: boolean } | null)?.headlessShell).toBeUndefined();
  expect(headlessShellCandidates).not.toContain((headed.found as { executablePath?: string } | null)?.executablePath);
});

it('wantsHeaded reads the command line, PWDEBUG and BROWNOUT_HEADED', () => {
  expect(wantsHeaded(['node', 'playwright', 'test'], {})).toBe(false);
  expect(wantsHeaded(['node', 'playwright', 'test', '--headed'], {})).toBe(true);
  expect(wantsHeaded(['node', 'playwright', 'test', '--ui'], {})).toBe(true);
  expect(wantsHeaded([], { PWDEBUG: '1' })).toBe(true);
  expect(wantsHeaded([], { BROWNOUT_HEADED: '1' })).toBe(true);
});
