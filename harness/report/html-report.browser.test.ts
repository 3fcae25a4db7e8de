// Renders the impact report in headless Chromium: the page must work offline and lay screenshots side by side.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBeforeAfterRuns } from './journal-fixtures.ts';
import { writeImpactReport } from './write-report.ts';

const executablePath = process.env.BROWNOUT_CHROMIUM ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe.skipIf(!existsSync(executablePath))(`the impact report in Chromium (${executablePath})`, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const { before, after, root } = writeBeforeAfterRuns();
    const { htmlPath } = writeImpactReport({ before, after, out: `${root}/impact` });
    browser = await chromium.launch({ executablePath, args });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => { if (!/^(data|file):/.test(r.url())) requests.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(`file://${htmlPath}`);
  }, 30_000);

  afterAll(async () => browser?.close());

  it('makes no network request and logs no error (the filter script runs under the CSP)', () => {
    expect({ requests, problems }).toEqual({ requests: [], problems: [] });
  });

  it('loads every screenshot from the files beside the page once scrolled into view (lazy), under the CSP', async () => {
    for (const img of await page.locator('.shots img').all()) await img.scrollIntoViewIfNeeded();
    await expect.poll(() => page.$$eval('.shots img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)), { timeout: 10_000 }).toEqual([8, 8]);
    expect(problems).toEqual([]);
  });

  it('shows the before and after screenshots side by side, before on the left', async () => {
    const boxes = await page.locator('#s1-quickbooks-expense-payee-outage .shots figure').evaluateAll((figures) =>
      figures.map((f) => f.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.top).toBe(boxes[1]!.top);
    expect(boxes[0]!.right).toBeLessThan(boxes[1]!.left);
  });

  it('has one h1, a heading per section and one per scenario', async () => {
    const headings = await page.$$eval('h1, h2, h3', (hs) => hs.map((h) => `${h.tagName}:${h.textContent?.trim()}`));
    expect(headings.filter((h) => h.startsWith('H1'))).toHaveLength(1);
    expect(headings).toEqual(
      expect.arrayContaining(['H2:Headline', 'H2:Impact severity', 'H2:UX responses', 'H2:Severity per integration', 'H2:API audit', 'H2:To judge by hand', 'H2:Scenarios', 'H3:Create expense: payee list unavailable']),
    );
    expect(await page.getByRole('article').count()).toBe(3);
  });

  it('gives each scenario card a before/after table a screen reader can name', async () => {
    const table = page.getByRole('table', { name: 'Create expense: payee list unavailable: before and after' });
    expect(await table.getByRole('rowheader', { name: 'Verdict' }).count()).toBe(1);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Aspect', 'Before · legacy', 'After · guided']);
  });

  it('shows the headline numbers before and after', async () => {
    const coverage = page.locator('.metric', { hasText: 'Prescribed' });
    await expect.poll(() => coverage.locator('.values').innerText()).toMatch(/0 %\s*→\s*(after\s*)?50 %/);
  });

  it('tallies what users were shown and what they should be shown, like the case study', async () => {
    const current = page.getByRole('table', { name: /Current UX responses/ });
    expect(await current.getByRole('row', { name: /Generic error message/ }).innerText()).toMatch(/1\s+50 %\s+0\s+0 %/);
    // Each run's own count of drills given the prescribed response: the columns differ when the product changed.
    const future = page.getByRole('table', { name: /Future UX responses/ });
    expect(await future.getByRole('row', { name: /Contextual error alert/ }).innerText()).toMatch(/0 of 2 given\s+1 of 2 given/);
  });

  it('lists the crashed response for a person to judge', async () => {
    expect(await page.locator('section[aria-labelledby="unclassified"] li').allInnerTexts()).toEqual(['Slack drill (guided): page crashed: Target closed']);
  });

  it('filters every view by integration, severity and fault, and clears', async () => {
    const visibleCards = () => page.locator('article.scenario:visible').count();
    await expect.poll(() => page.locator('#filter-status').innerText()).toBe('Showing all 3 scenarios.');
    await page.getByRole('combobox', { name: 'Integration' }).selectOption('shopify');
    expect(await visibleCards()).toBe(1);
    expect(await page.locator('#filter-status').innerText()).toBe('Showing 1 of 3 scenarios.');
    expect(await page.locator('.api-call:visible code').allInnerTexts()).toEqual(['GET /v3/company/{realmId}/query']);
    expect(await page.locator('.integration:visible h3').allInnerTexts()).toEqual(['Shopify']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Severity' }).selectOption('good');
    expect(await page.locator('article.scenario:visible h3').allInnerTexts()).toEqual(['Create expense: payee list unavailable']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(visibleCards).toBe(3);
  });

  it('looks right (screenshot kept for a person: test-results/impact-report.png)', async () => {
    await page.screenshot({ path: 'test-results/impact-report.png', fullPage: true });
  });
});
