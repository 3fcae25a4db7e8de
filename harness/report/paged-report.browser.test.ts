// A run too large for one page: the cards go on pages of their own (scenario-pages/), opened in Chromium from the
// index, with their screenshots, the pager and the filter count; a later report removes only the pages it wrote.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INLINE_CARD_BYTES } from './html-report.ts';
import { scenarioResult, solidPng, writeBeforeAfterRuns, writeFixtureRun } from './journal-fixtures.ts';
import { writeImpactReport } from './write-report.ts';

const executablePath = process.env.BROWNOUT_CHROMIUM ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const COUNT = 160;
const hostileId = `../../outside/<b>${'x'.repeat(300)}`;
/** A message long enough that 160 cards pass INLINE_CARD_BYTES (each card repeats it in its evidence). */
const message = (i: number) => `We're having trouble connecting to QuickBooks right now (drill ${i}). ${'Until a connection is reestablished, we cannot list your payees. '.repeat(30)}`;

function largeRun(root: string): string {
  return writeFixtureRun(
    {
      label: 'audit-guided',
      scenarios: Array.from({ length: COUNT }, (_, i) =>
        scenarioResult({
          id: i === 7 ? hostileId : `audit/quickbooks.expense/drill-${i}`,
          title: `Drill ${i}`,
          observed: { category: 'helpful-error', kind: 'contextual-error-alert', messages: [message(i)], timeToFeedbackMs: 400 },
          verdict: 'pass',
          evidence: { screenshot: 'shot.png', items: [{ signal: 'alert (error from role)', text: message(i), selector: '#alert', t: 400 }] },
        }),
      ),
      screenshots: { 'shot.png': solidPng(8, 6, [30, 160, 60]) },
    },
    root,
  );
}

describe.skipIf(!existsSync(executablePath))(`a report with too many cards for one page, in Chromium (${executablePath})`, () => {
  let browser: Browser;
  let page: Page;
  let out: string;
  let index: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const { root } = writeBeforeAfterRuns();
    out = join(root, 'report');
    index = writeImpactReport({ after: largeRun(root), out }).htmlPath;
    browser = await chromium.launch({ executablePath, args });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => { if (!/^(data|file):/.test(r.url())) requests.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`file://${index}`);
  }, 30_000);

  afterAll(async () => browser?.close());

  it('keeps the cards off the main page, which links each scenario to a page of its own that exists', async () => {
    expect(statSync(index).size).toBeLessThan(INLINE_CARD_BYTES);
    expect(await page.locator('article.scenario').count()).toBe(0);
    const hrefs = await page.locator('tr.scenario-row th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(COUNT);
    for (const href of hrefs) {
      expect(href).toMatch(/^scenario-pages\/s\d+-[\w-]+\.html$/);
      expect(existsSync(join(out, href))).toBe(true);
    }
    expect(readdirSync(join(out, 'scenario-pages'))).toHaveLength(COUNT);
    await expect.poll(() => page.locator('#filter-status').innerText()).toBe(`Showing all ${COUNT} scenarios.`);
  });

  it('keeps a hostile scenario id to a short file name inside scenario-pages/', () => {
    const names = readdirSync(join(out, 'scenario-pages'));
    const hostile = names.find((n) => n.startsWith('s8-'))!;
    expect(hostile).toMatch(/^s8--outside-b-x+\.html$/);
    expect(hostile.length).toBeLessThanOrEqual(125);
    expect(existsSync(join(out, '..', 'outside'))).toBe(false);
  });

  it('opens a scenario page from the index with its screenshot, the card and the pager, offline and without errors', async () => {
    await page.locator('tr.scenario-row th a', { hasText: 'Drill 3' }).first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/scenario-pages\/s4-audit-quickbooks-expense-drill-3\.html$/);
    await expect.poll(() => page.locator('article.scenario h3').innerText()).toBe('Drill 3');
    await page.locator('.shots img').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.shots img').first().evaluate((i: HTMLImageElement) => i.naturalWidth), { timeout: 10_000 }).toBe(8);
    await page.locator('nav.pager a[rel=next]').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/s5-audit-quickbooks-expense-drill-4\.html$/);
    await page.locator('nav.pager a', { hasText: `All ${COUNT} scenarios` }).first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/report\/index\.html#scenarios$/);
    expect({ requests, problems }).toEqual({ requests: [], problems: [] });
  });

  it('removes the pages of an earlier report in the same folder, and only those, when the next one fits on one page', () => {
    writeFileSync(join(out, 'scenario-pages', 'notes.txt'), 'mine');
    mkdirSync(join(out, 'scenario-pages', 'keep'), { recursive: true });
    const { after } = writeBeforeAfterRuns();
    const again = writeImpactReport({ after, out });
    expect(readFileSync(again.htmlPath, 'utf8')).toContain('<article class="scenario"');
    expect(readdirSync(join(out, 'scenario-pages')).sort()).toEqual(['keep', 'notes.txt']);
  });
});
