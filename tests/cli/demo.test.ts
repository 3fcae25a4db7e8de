import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../harness/browser/find-chromium.ts';
import { isCategory } from '../../harness/guidelines/taxonomy.ts';
import type { RunJournal } from '../../harness/report/results.ts';
import { brownout } from './cli.ts';

// The walking skeleton end to end, through the CLI a user types: legacy drill, guided drill, report.
describe('brownout demo', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'brownout-demo-'));
  let run: ReturnType<typeof brownout>;
  // The impact report names the two runs it compared: before (legacy) and after (guided).
  const journal = (side: 'before' | 'after') => {
    const impact = JSON.parse(readFileSync(join(cwd, 'reports', 'latest-report', 'impact.json'), 'utf8')) as Record<string, { run: { id: string } }>;
    return JSON.parse(readFileSync(join(cwd, 'reports', impact[side]!.run.id, 'results.json'), 'utf8')) as RunJournal;
  };

  beforeAll(() => {
    run = brownout(['demo', '--reports', 'reports'], cwd, 900_000);
  }, 900_000);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('succeeds and says where the report is', () => {
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('reports/latest-report/index.html');
    expect(run.stdout).toMatch(/Prescribed coverage/);
  });

  it('judges the legacy UX: the payee outage fails with a taxonomy category', () => {
    const scenario = journal('before').scenarios.find((s) => s.id === 'quickbooks/expense-payee-outage');
    expect(scenario?.id).toBe('quickbooks/expense-payee-outage');
    expect(scenario?.verdict).toBe('fail');
    expect(isCategory(scenario!.observed.category)).toBe(true);
    expect(scenario?.observed.category).toBe('generic-error');
    expect(scenario?.observed.messages.join(' ')).toContain('An error occurred');
  });

  it('judges the guided UX: the prescribed contextual error alert passes', () => {
    const { run: info, scenarios } = journal('after');
    const payee = scenarios.find((s) => s.id === 'quickbooks/expense-payee-outage');
    expect(info.label).toBe('guided');
    expect(payee?.verdict).toBe('pass');
    expect(payee?.observed.kind).toBe('contextual-error-alert');
    expect(payee?.severity).toBe('good');
    expect(existsSync(join(cwd, 'reports', 'latest', 'results.json'))).toBe(true);
  });

  it('gates a regressed run (guided baseline, legacy now) and passes an improved one', () => {
    const runs = JSON.parse(readFileSync(join(cwd, 'reports', 'latest-report', 'impact.json'), 'utf8')) as Record<string, { run: { id: string } }>;
    const [legacy, guided] = [join('reports', runs.before!.run.id), join('reports', runs.after!.run.id)];
    const regressed = brownout(['gate', '--baseline', guided, '--current', legacy], cwd);
    expect(regressed.code, regressed.output).toBe(1);
    expect(regressed.stderr).toMatch(/REGRESSED {2}quickbooks\/expense-payee-outage: severity good -> \w+/);
    const improved = brownout(['gate', '--baseline', legacy, '--current', guided], cwd);
    expect(improved.code, improved.output).toBe(0);
    expect(improved.stdout).toMatch(/IMPROVED {3}quickbooks\/expense-payee-outage/);
  });

  it('leaves Allure results with the verdict as status and the verdict and screenshot attached to each drill', () => {
    const runs = JSON.parse(readFileSync(join(cwd, 'reports', 'latest-report', 'impact.json'), 'utf8')) as Record<string, { run: { id: string } }>;
    const allureOf = (side: 'before' | 'after') => {
      const dir = join(cwd, 'reports', runs[side]!.run.id, 'allure-results');
      return readdirSync(dir).filter((f) => f.endsWith('-result.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    };
    // Legacy fails the drill (a finding, though Playwright counted it as expected), guided passes it.
    expect(allureOf('before').find((r) => r.name === 'quickbooks/expense-payee-outage')).toMatchObject({ status: 'failed', statusDetails: { message: expect.stringMatching(/^fails: observed /) } });
    const drill = allureOf('after').find((r) => r.name === 'quickbooks/expense-payee-outage');
    expect(drill?.status).toBe('passed');
    expect(drill.labels).toEqual(expect.arrayContaining([{ name: 'epic', value: 'quickbooks' }, { name: 'story', value: 'outage' }]));
    type Step = { attachments?: { name: string }[]; steps?: Step[] };
    const names = (s: Step): string[] => [...(s.attachments ?? []).map((a) => a.name), ...(s.steps ?? []).flatMap(names)];
    expect(names(drill)).toEqual(expect.arrayContaining(['verdict', 'screenshot']));
  });

  it('writes an HTML report that shows both screenshots in a browser', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(cwd, 'reports', 'latest-report', 'index.html')}`);
      // Two viewport screenshots (before, after) per scenario, files beside the page, lazy: each decodes once in view.
      const shots = page.locator('a.zoom.viewport img');
      expect(await shots.count()).toBe(2 * journal('after').scenarios.length);
      for (const img of await shots.all()) await img.scrollIntoViewIfNeeded();
      await expect.poll(() => shots.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)), { timeout: 30_000 }).toBe(true);
      await expect(page.getByText('Contextual error alert + messaging').first().isVisible()).resolves.toBe(true);
    } finally {
      await browser.close();
    }
    expect(readFileSync(join(cwd, 'reports', 'latest-report', 'summary.md'), 'utf8')).toContain('quickbooks/expense-payee-outage');
  });

  it("crops the demo's own alert: the crop holds the evidence element, zoom opens and Escape closes it", async () => {
    const drill = journal('after').scenarios.find((s) => s.id === 'quickbooks/expense-payee-outage')!;
    const { box, crop } = drill.evidence;
    expect(drill.observed.category).toBe('helpful-error');
    // The crop's rectangle holds the whole evidence element (the alert the verdict rests on).
    expect(box && crop, JSON.stringify(drill.evidence)).toBeTruthy();
    expect(crop!.clip.x).toBeLessThanOrEqual(box!.x);
    expect(crop!.clip.y).toBeLessThanOrEqual(box!.y);
    expect(crop!.clip.x + crop!.clip.width).toBeGreaterThanOrEqual(box!.x + box!.width);
    expect(crop!.clip.y + crop!.clip.height).toBeGreaterThanOrEqual(box!.y + box!.height);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(cwd, 'reports', 'latest-report', 'index.html')}`);
      // The legacy run's crop has the same file name under evidence/before/: pick the guided one.
      const img = page.locator(`a.zoom.crop img[src="evidence/after/${crop!.file}"]`);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth), { timeout: 30_000 }).toBe(crop!.clip.width);
      const dialog = page.locator('#lightbox');
      await img.click();
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
