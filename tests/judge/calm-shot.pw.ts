import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../../harness/judge/observe.ts';
import { takeEvidenceShots } from '../../harness/playwright/evidence-shots.ts';

// A drill's viewport screenshot is taken while the observer waits out its quiet period (the UI calm: nothing busy,
// in flight or pending) and kept only if the page did not change or scroll after it; otherwise it is taken again.
const page = (body: string) => `<!doctype html><html><body style="margin:0;font:16px sans-serif">${body}</body></html>`;
const alert = '<div id="alert" role="alert" style="margin:24px;padding:12px;border:1px solid #b42318">We could not reach QuickBooks. Try again in a few minutes.</div>';

/** Opens `html` at http://product.test/ with the page hooks installed; returns a fresh folder for the shots. */
async function open(p: Page, html: string) {
  await p.route('http://product.test/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const watcher = watchPage(p);
  await watcher.ready;
  await p.goto('http://product.test/');
  // The test's own output folder (test-results/, emptied by Playwright at each run).
  const dir = test.info().outputPath('shots');
  mkdirSync(dir, { recursive: true });
  return { watcher, dir };
}

/** Takes the early shot as run-scenario does; returns when it started. */
async function calmShot(p: Page, dir: string) {
  const at = Date.now();
  await p.screenshot({ path: join(dir, 'drill.png'), caret: 'initial' });
  return at;
}

test('nothing changed after the calm shot: it is the evidence, not taken again', async ({ page: p }) => {
  const { dir } = await open(p, page(alert));
  await p.waitForTimeout(50);
  const at = await calmShot(p, dir);
  const before = statSync(join(dir, 'drill.png')).mtimeMs;
  await p.waitForTimeout(50);
  const shots = await takeEvidenceShots(p, dir, 'drill', '#alert', at);
  expect(statSync(join(dir, 'drill.png')).mtimeMs).toBe(before);
  expect(shots.crop?.file).toBe('drill.crop.png');
});

test('the page changed after the calm shot: the viewport is taken again and shows the change', async ({ page: p }) => {
  const { dir } = await open(p, page(alert));
  const at = await calmShot(p, dir);
  const calm = readFileSync(join(dir, 'drill.png'));
  await p.evaluate(() => { document.getElementById('alert')!.textContent = 'Saved. Your expense is in QuickBooks.'; });
  await takeEvidenceShots(p, dir, 'drill', '#alert', at);
  expect(readFileSync(join(dir, 'drill.png')).equals(calm)).toBe(false);
});

test('the evidence element is below the fold: the page scrolls to it and the viewport is taken again', async ({ page: p }) => {
  const { dir } = await open(p, page(`<div style="height:2000px"></div>${alert}`));
  const at = await calmShot(p, dir);
  const calm = readFileSync(join(dir, 'drill.png'));
  const shots = await takeEvidenceShots(p, dir, 'drill', '#alert', at);
  expect(readFileSync(join(dir, 'drill.png')).equals(calm)).toBe(false);
  expect(shots.box!.y).toBeLessThan(shots.viewport.height);
});

test('the observer calls whenCalm again when the page changes during the quiet period, and waits for it', async ({ page: p }) => {
  const { watcher, dir } = await open(p, page(alert));
  const calls: number[] = [];
  const since = Date.now();
  const o = await watcher.observe({
    stuckMs: 5_000, settleMs: 300,
    whenCalm: async () => {
      calls.push(await calmShot(p, dir));
      // A change no timer announced (a message pushed to the page), right after the first calm shot.
      if (calls.length === 1) await p.evaluate(() => { document.getElementById('alert')!.textContent = 'QuickBooks is still unreachable. Try again later.'; });
    },
  }, since);
  expect(calls).toHaveLength(2);
  expect(o.final.messages.map((m) => m.text)).toContain('QuickBooks is still unreachable. Try again later.');
  // The second calm shot is the final page: kept.
  const before = statSync(join(dir, 'drill.png')).mtimeMs;
  await takeEvidenceShots(p, dir, 'drill', '#alert', calls[1]!);
  expect(statSync(join(dir, 'drill.png')).mtimeMs).toBe(before);
});
