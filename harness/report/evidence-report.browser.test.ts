// A real screenshot and crop of a product page, reported on, then the report opened in Chromium: the crop
// holds the alert (crop box vs element box), the outline sits on it, zoom opens and closes, TBD calls listed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeEvidenceShots, type EvidenceShots } from '../playwright/evidence-shots.ts';
import { scenarioResult, writeFixtureRun } from './journal-fixtures.ts';
import { writeImpactReport } from './write-report.ts';

const executablePath = process.env.BROWNOUT_CHROMIUM ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const alertText = "We're having trouble connecting to QuickBooks right now. Please try again in a few minutes.";

// The alert sits below the fold, so the viewport shot has to scroll it into view first.
const productPage = `<!doctype html><html><body style="margin:0;font:16px sans-serif">
<h1 style="margin:24px">New expense</h1><div style="height:1100px;background:#eef"></div>
<form style="margin:24px"><div id="payee-alert" role="alert" style="width:520px;padding:12px;border:1px solid #b42318;background:#fee4e2">${alertText}</div>
<label>Payee <select><option>Loading</option></select></label></form></body></html>`;

describe.skipIf(!existsSync(executablePath))(`a report's evidence in Chromium (${executablePath})`, () => {
  let browser: Browser;
  let report: Page;
  let shots: EvidenceShots;
  let elementBox: { x: number; y: number; width: number; height: number };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args });
    const root = mkdtempSync(join(tmpdir(), 'brownout-evidence-'));
    const product = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await product.setContent(productPage);
    const runDir = join(root, 'audit-guided');
    const shotsDir = mkdtempSync(join(tmpdir(), 'brownout-shots-'));
    shots = await takeEvidenceShots(product, shotsDir, 'quickbooks__payee-outage', '#payee-alert');
    elementBox = (await product.locator('#payee-alert').boundingBox())!;
    await product.close();
    const drill = scenarioResult({
      id: 'audit/quickbooks.create-expense/payee-query--outage',
      title: 'Create a QuickBooks expense: payee query outage',
      observed: { category: 'generic-error', kind: null, messages: [alertText], timeToFeedbackMs: 420 },
      evidence: { ...shots, reason: 'an alert' },
    });
    writeFixtureRun(
      {
        label: 'audit-guided',
        scenarios: [drill],
        screenshots: Object.fromEntries([shots.screenshot, shots.crop!.file].map((f) => [f, readFileSync(join(shotsDir, f))])),
      },
      root,
    );
    const call = (endpoint: string) => ({ flow: 'quickbooks.create-expense', provider: 'quickbooks', endpoint, mutation: endpoint.startsWith('POST'), calls: 1 });
    writeFileSync(
      join(runDir, 'inventory.json'),
      JSON.stringify({
        calls: [call('GET /v3/company/{realmId}/query'), call('POST /v3/company/{realmId}/purchase')],
        idle: [],
        unmatched: [],
        tbd: [{ ...call('POST /v3/company/{realmId}/purchase'), reason: 'flow quickbooks.create-expense declares no context for "quickbooks POST /v3/company/{realmId}/purchase"' }],
      }),
    );
    const { htmlPath } = writeImpactReport({ after: runDir, out: join(root, 'report') });
    report = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await report.goto(`file://${htmlPath}`);
  }, 60_000);

  afterAll(async () => browser?.close());

  it('takes a viewport screenshot and a crop whose box holds the whole alert, with a margin', () => {
    expect(shots.viewport).toEqual({ width: 1000, height: 700 });
    const { clip } = shots.crop!;
    expect(shots.box!.y).toBeGreaterThanOrEqual(0); // scrolled into view
    for (const box of [shots.box!, elementBox]) {
      expect(clip.x).toBeLessThan(box.x);
      expect(clip.y).toBeLessThan(box.y);
      expect(clip.x + clip.width).toBeGreaterThan(box.x + box.width);
      expect(clip.y + clip.height).toBeGreaterThan(box.y + box.height);
    }
    expect(clip.width).toBeLessThan(shots.viewport.width);
  });

  it('shows the crop at full size, its pixels the clip, with the outline on the alert', async () => {
    const crop = report.locator('a.zoom.crop').first();
    await crop.scrollIntoViewIfNeeded();
    const img = crop.locator('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth), { timeout: 10_000 }).toBe(shots.crop!.clip.width);
    const [imgBox, outlineBox] = [await img.boundingBox(), await crop.locator('.outline').boundingBox()];
    expect(imgBox!.width).toBeCloseTo(shots.crop!.clip.width, 0);
    // The outline sits where the element is in the crop (1 px rounding).
    expect(outlineBox!.x - imgBox!.x).toBeCloseTo(shots.box!.x - shots.crop!.clip.x, 0);
    expect(outlineBox!.y - imgBox!.y).toBeCloseTo(shots.box!.y - shots.crop!.clip.y, 0);
    expect(outlineBox!.width).toBeCloseTo(shots.box!.width, 0);
  });

  it('opens the lightbox on click and closes it with Escape', async () => {
    const dialog = report.locator('#lightbox');
    expect(await dialog.isVisible()).toBe(false);
    await report.locator('a.zoom.viewport').first().click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('img').getAttribute('src')).toMatch(/^evidence\/after\/quickbooks__payee-outage\.png$/);
    expect(await dialog.locator('.outline').count()).toBe(1);
    await report.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('lists the TBD call with its reason in the coverage section', async () => {
    const row = report.locator('section[aria-labelledby="coverage"] tr', { hasText: 'POST /v3/company/{realmId}/purchase' });
    expect(await row.innerText()).toMatch(/TBD\s+flow quickbooks\.create-expense declares no context/);
  });

  it('says what to fix for the failing drill, with the suggested message', async () => {
    const fix = report.locator('section[aria-labelledby="what-to-fix"] .suggested');
    expect(await fix.innerText()).toMatch(/^We're having trouble connecting to QuickBooks Online right now\./);
  });
});
