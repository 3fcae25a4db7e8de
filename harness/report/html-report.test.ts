import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderImpactHtml } from './html-report.ts';
import { scenarioResult, solidPng, writeBeforeAfterRuns, writeFixtureRun } from './journal-fixtures.ts';
import { readRun } from './read-run.ts';

const { before, after } = writeBeforeAfterRuns();
const page = renderImpactHtml(readRun(before), readRun(after));
const dataUri = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

describe('renderImpactHtml', () => {
  it('names both runs in the header', () => {
    expect(page).toContain('<h1>Outage drill impact: legacy → guided</h1>');
  });

  it("shows both runs' verdicts for a scenario in both", () => {
    const card = page.slice(page.indexOf('<article class="scenario" id="s1-quickbooks-expense-payee-outage"'));
    const verdicts = card.slice(card.indexOf('Verdict'), card.indexOf('</tr>', card.indexOf('Verdict')));
    expect(verdicts).toMatch(/verdict-fail.*verdict-pass/s);
  });

  it('embeds both screenshots as data URIs, before then after', () => {
    const [b, a] = [page.indexOf(dataUri(join(before, 'before.png'))), page.indexOf(dataUri(join(after, 'after.png')))];
    expect(b).toBeGreaterThan(0);
    expect(a).toBeGreaterThan(b);
  });

  it('escapes product copy from the journal', () => {
    // The one script is the report's own filter script, allowed by its hash in the CSP.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toMatch(/<script>\s*const form = document.getElementById\('filters'\)/);
    expect(page).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; An error occurred.');
  });

  it('loads nothing from the network', () => {
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page).toContain("default-src 'none'");
  });

  it('shows scenarios present in one run only', () => {
    expect(page).toContain('Not in the legacy run.');
    expect(page).toContain('Not in the guided run.');
    expect(page).toContain('page crashed: Target closed');
  });

  it('says when a screenshot is missing instead of failing', () => {
    expect(page).toContain('Screenshot missing: gone.png');
  });

  it('gives every screenshot alt text', () => {
    const images = page.match(/<img [^>]*>/g) ?? [];
    expect(images).toHaveLength(2);
    for (const img of images) expect(img).toMatch(/alt="Screenshot of [^"]+"/);
  });

  it('uses table semantics for the comparisons', () => {
    expect(page).toContain('<th scope="row">Verdict</th>');
    expect(page).toContain('<th scope="col">Before · legacy</th>');
  });

  it('never reads evidence outside the run folder', () => {
    const root = writeBeforeAfterRuns().root;
    const outside = join(root, 'secret.png');
    const sneaky = writeFixtureRun(
      { label: 'sneaky', scenarios: [scenarioResult({ id: 'a/b', evidence: { screenshot: '../secret.png' } })], screenshots: {} },
      root,
    );
    writeFileSync(outside, solidPng(2, 2, [0, 0, 0]));
    const html = renderImpactHtml(readRun(sneaky), readRun(sneaky));
    expect(html).toContain('../secret.png&quot; is not a plain file name inside the run folder');
    expect(html).not.toContain('data:image/png');
  });
});
