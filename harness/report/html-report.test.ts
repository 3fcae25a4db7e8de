import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderImpactHtml } from './html-report.ts';
import { scenarioResult, solidPng, writeBeforeAfterRuns, writeFixtureRun } from './journal-fixtures.ts';
import { readRun } from './read-run.ts';

const { before, after } = writeBeforeAfterRuns();
const page = renderImpactHtml(readRun(before), readRun(after));

describe('renderImpactHtml', () => {
  it('names both runs in the header', () => {
    expect(page).toContain('<h1>Outage drill impact: legacy → guided</h1>');
  });

  it("shows both runs' verdicts for a scenario in both", () => {
    const card = page.slice(page.indexOf('<article class="scenario" id="s1-quickbooks-expense-payee-outage"'));
    const verdicts = card.slice(card.indexOf('Verdict'), card.indexOf('</tr>', card.indexOf('Verdict')));
    expect(verdicts).toMatch(/verdict-fail.*verdict-pass/s);
  });

  it('links both screenshots as lazy-loaded files beside the page, before then after, never inlined', () => {
    const [b, a] = [page.indexOf('<img src="evidence/before/before.png"'), page.indexOf('<img src="evidence/after/after.png"')];
    expect(b).toBeGreaterThan(0);
    expect(a).toBeGreaterThan(b);
    expect(page).not.toContain('data:image');
    for (const img of page.match(/<img [^>]*>/g) ?? []) expect(img).toContain('loading="lazy"');
  });

  it('escapes product copy from the journal', () => {
    // The only scripts are the report's own (filters, lightbox), each allowed by its hash in the CSP.
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toMatch(/<script>\s*const form = document.getElementById\('filters'\)/);
    expect(page).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'/);
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

  it('says why each verdict is what it is and lists the facts the judgement used, folded', () => {
    const card = page.slice(page.indexOf('<article class="scenario" id="s1-quickbooks-expense-payee-outage"'));
    expect(card).toContain('<th scope="row">Why</th>');
    expect(card).toContain('an error alert above the form that names the integration, gives a next step and shows no codes');
    expect(card).toMatch(/<details><summary>2 fact\(s\)<\/summary><ul><li><strong>flow: blocked by the fault<\/strong>: the journey could not go on past: waiting for getByLabel\(&#39;Payee&#39;\) to be visible <small>at /);
    expect(card).toContain('<code>#form-alert</code>');
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

  it('never links evidence outside the run folder, nor through a symbolic link', () => {
    const root = writeBeforeAfterRuns().root;
    const outside = join(root, 'secret.png');
    writeFileSync(outside, solidPng(2, 2, [0, 0, 0]));
    const sneaky = writeFixtureRun(
      {
        label: 'sneaky',
        scenarios: [
          scenarioResult({ id: 'a/b', evidence: { screenshot: '../secret.png' } }),
          scenarioResult({ id: 'a/c', evidence: { screenshot: 'leak.png' } }),
        ],
        screenshots: {},
      },
      root,
    );
    symlinkSync(outside, join(sneaky, 'leak.png'));
    const html = renderImpactHtml(readRun(sneaky), readRun(sneaky));
    expect(html).toContain('Not shown: ../secret.png is not a plain file name inside the run folder.');
    expect(html).toContain('Not shown: leak.png is a symbolic link.');
    expect(html).not.toContain('<img');
  });
});
