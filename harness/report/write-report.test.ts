import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioResult, writeBeforeAfterRuns, writeFixtureRun } from './journal-fixtures.ts';
import { ReportInputError, readRun } from './read-run.ts';
import { renderConsoleTable, writeImpactReport } from './write-report.ts';

describe('writeImpactReport', () => {
  const { before, after, root } = writeBeforeAfterRuns();
  const out = join(root, 'impact', 'nested');
  const files = writeImpactReport({ before, after: join(after, 'results.json'), out });

  it('writes index.html, summary.md and impact.json into the out folder', () => {
    const { table, scenarioPages, ...paths } = files;
    expect(scenarioPages).toBe(0);
    expect(paths).toEqual({
      htmlPath: join(out, 'index.html'),
      summaryPath: join(out, 'summary.md'),
      impactJsonPath: join(out, 'impact.json'),
    });
    for (const path of Object.values(paths)) expect(existsSync(path)).toBe(true);
    expect(table).toContain('Prescribed coverage (bar 75 %)');
  });

  it('puts the numbers in impact.json', () => {
    const impact = JSON.parse(readFileSync(files.impactJsonPath, 'utf8'));
    expect(impact.metrics.find((m: { id: string }) => m.id === 'prescribedCoverage')).toMatchObject({ before: 0, after: 0.5, target: 0.75 });
    expect(impact.scenarios[0]).toMatchObject({
      id: 'quickbooks/expense-payee-outage',
      change: 'improved',
      before: { category: 'generic-error', severity: 'bad', verdict: 'fail' },
      after: { category: 'helpful-error', kind: 'contextual-error-alert', severity: 'good', verdict: 'pass' },
    });
  });

  it('marks a bad input as invalid input for the CLI (exit code 2)', () => {
    const error = (() => { try { writeImpactReport({ before, after: join(root, 'none'), out }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as ReportInputError).exitCode).toBe(2);
  });

  it('names the input that is missing', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'brownout-')), 'no-run');
    expect(() => writeImpactReport({ before, after: missing, out })).toThrow(`run not found: ${missing} does not exist`);
  });

  it('says when the out folder cannot be created', () => {
    expect(() => writeImpactReport({ before, after, out: join(files.htmlPath, 'x') })).toThrow(`cannot create the report folder ${join(files.htmlPath, 'x')}`);
  });

  it('refuses an empty path', () => {
    expect(() => writeImpactReport({ after: '', out })).toThrow('no run given');
    expect(() => writeImpactReport({ after, out: '' })).toThrow('no "out" path given');
  });
});

describe('writeImpactReport of one run (an audit with TBD calls)', () => {
  const root = writeBeforeAfterRuns().root;
  const drill = (endpoint: string, verdict: 'pass' | 'fail') =>
    scenarioResult({
      id: `audit/${endpoint}`,
      endpoint,
      verdict,
      observed: verdict === 'pass' ? { category: 'helpful-error', kind: 'contextual-error-alert', messages: [], timeToFeedbackMs: 5 } : { category: 'silent', kind: null, messages: [], timeToFeedbackMs: null },
    });
  const run = writeFixtureRun({ label: 'audit-guided', scenarios: [drill('GET /a', 'pass'), drill('GET /b', 'fail')] }, root);
  const call = (endpoint: string) => ({ flow: 'quickbooks.create-expense', provider: 'quickbooks', endpoint, mutation: false, calls: 1 });
  writeFileSync(
    join(run, 'inventory.json'),
    JSON.stringify({ calls: [call('GET /a'), call('GET /b'), call('POST /c'), call('GET /d')], idle: [], unmatched: [], tbd: [{ ...call('POST /c'), reason: 'flow quickbooks.create-expense declares no context for "quickbooks POST /c"' }] }),
  );
  const files = writeImpactReport({ after: run, out: run });
  const page = readFileSync(files.htmlPath, 'utf8');
  const md = readFileSync(files.summaryPath, 'utf8');

  it('is a report of that run alone', () => {
    expect(page).toContain('<h1>Outage drill report: audit-guided</h1>');
    expect(page).not.toContain('Before ·');
    expect(md.split('\n')[0]).toBe('## Outage drill report: audit-guided');
  });

  it('lists every inventoried call with its status, TBD with the reason', () => {
    const impact = JSON.parse(readFileSync(files.impactJsonPath, 'utf8'));
    expect(impact.coverage.map((r: { endpoint: string; status: string }) => `${r.endpoint} ${r.status}`)).toEqual(['GET /a passing', 'GET /b failing', 'POST /c tbd', 'GET /d skipped']);
    expect(page).toContain('declares no context for &quot;quickbooks POST /c&quot;');
    expect(md).toContain('**Coverage:** 4 API calls: 1 passing, 1 failing, 1 TBD, 1 skipped.');
  });

  it('counts TBD calls against prescribed coverage: 1 given of 2 drills + 1 TBD', () => {
    const impact = JSON.parse(readFileSync(files.impactJsonPath, 'utf8'));
    expect(impact.metrics.find((m: { id: string }) => m.id === 'prescribedCoverage').after).toBeCloseTo(1 / 3);
  });
});

describe('writeImpactReport names integrations by what the run recorded', () => {
  const root = writeBeforeAfterRuns().root;
  const failing = (id: string, integration: string, named: object) =>
    scenarioResult({ id, integration, flow: `${integration}.sync`, endpoint: 'GET /items', ...named });
  const run = writeFixtureRun(
    {
      label: 'custom',
      scenarios: [
        failing('fakebooks/items-outage', 'fakebooks', { integrationTitle: 'FakeBooks Cloud', integrationCategory: 'Accounting' }),
        // A journal written before titles were recorded: the slug and `Other`.
        failing('oldco/items-outage', 'oldco', {}),
      ],
    },
    root,
  );
  const call = (provider: string, endpoint: string, providerTitle?: string) => ({ flow: 'fakebooks.sync', provider, providerTitle, endpoint, mutation: false, calls: 1 });
  const tbd = call('chatco', 'POST /send', 'Chat Co');
  const failed = [{ flow: 'chatco.post-digest', error: 'locator.click: Timeout 15000ms exceeded' }];
  writeFileSync(join(run, 'inventory.json'), JSON.stringify({ calls: [call('fakebooks', 'GET /items', 'FakeBooks Cloud'), tbd], idle: [], unmatched: [], tbd: [{ ...tbd, reason: 'no context' }], failed }));
  const page = readFileSync(writeImpactReport({ after: run, out: run }).htmlPath, 'utf8');

  it('a custom provider by its title and category, an older entry by its slug', () => {
    expect(page).toContain('<h3>FakeBooks Cloud</h3>');
    expect(page).toContain('<strong>FakeBooks Cloud</strong> <span class="category">Accounting</span>');
    expect(page).toContain('<option value="fakebooks">FakeBooks Cloud</option>');
    expect(page).toContain('<h3>oldco</h3>');
    expect(page).toContain('<strong>oldco</strong> <span class="category">Other</span>');
    expect(page).toContain('trouble connecting to FakeBooks Cloud right now');
  });

  it('a call the audit left TBD (never drilled) by the title its inventory recorded', () => {
    expect(page).toMatch(/<th scope="row">Chat Co <code>POST \/send<\/code>/);
    expect(page).toMatch(/<th scope="row">FakeBooks Cloud <code>GET \/items<\/code>/);
  });

  it('a flow whose healthy run failed is a coverage row saying none of its calls was drilled, and the counts say so', () => {
    expect(page).toMatch(/<th scope="row">Every API call of the flow<br><small>flow <code>chatco\.post-digest<\/code>/);
    expect(page).toContain('class="cov-not-inventoried"><span class="badge cov">Not inventoried</span>');
    expect(page).toContain('locator.click: Timeout 15000ms exceeded');
    expect(page).toContain('3 API calls: 0 passing, 2 failing, 1 TBD, 0 skipped; 1 flow(s) not inventoried');
    const md = readFileSync(join(run, 'summary.md'), 'utf8');
    expect(md).toContain('- Not inventoried: `chatco.post-digest`: the flow failed with healthy mocks');
  });
});

describe('writeImpactReport --history', () => {
  const root = writeBeforeAfterRuns().root;
  const history = join(root, 'history');
  // Five releases, each better than the last: one more drill of five gets its prescribed response.
  const runs = [0, 1, 2, 3, 4].map((k) =>
    writeFixtureRun(
      {
        label: `v1.${k}`,
        startedAt: `2026-0${k + 1}-01T10:00:00.000Z`,
        scenarios: Array.from({ length: 5 }, (_, i) =>
          scenarioResult({
            id: `q/d${i}`,
            verdict: i < k ? 'pass' : 'fail',
            observed: i < k ? { category: 'helpful-error', kind: 'contextual-error-alert', messages: [], timeToFeedbackMs: 5 } : { category: 'silent', kind: null, messages: [], timeToFeedbackMs: null },
          }),
        ),
      },
      history,
    ),
  );
  const out = join(root, 'trend');
  // Given as a history folder: the runs are its sub-folders, ordered by start time.
  const files = writeImpactReport({ history: [history], out });
  const page = readFileSync(files.htmlPath, 'utf8');

  it('draws one point per run for each headline metric and coverage (read from the SVG)', () => {
    const svg = page.slice(page.indexOf('<svg viewBox="0 0 760 260" role="img" aria-labelledby="trend-metrics-title"'), page.indexOf('</svg>'));
    for (const metric of ['noIndication', 'incorrect', 'unhelpful', 'prescribedCoverage']) {
      const points = [...svg.matchAll(new RegExp(`<circle cx="([\\d.]+)" cy="([\\d.]+)" r="4" data-metric="${metric}"`, 'g'))];
      expect(points, metric).toHaveLength(5);
    }
    // Coverage rises 0 -> 80 %: each point higher on the page (smaller y) than the one before.
    const coverage = [...svg.matchAll(/cy="([\d.]+)" r="4" data-metric="prescribedCoverage"/g)].map((m) => Number(m[1]));
    expect(coverage).toEqual([...coverage].sort((a, b) => b - a));
    expect(new Set(coverage).size).toBe(5);
  });

  it('draws the severity mix per run', () => {
    const svg = page.slice(page.indexOf('data-chart="severity"'));
    expect(new Set([...svg.matchAll(/<rect [^>]*data-run="([^"]+)"/g)].map((m) => m[1])).size).toBe(5);
  });

  it('reports on the latest run and puts the trend table in summary.md', () => {
    expect(page).toContain('<h1>Outage drill report: v1.4</h1>');
    const md = readFileSync(files.summaryPath, 'utf8');
    expect(md).toContain('**Trend across 5 runs**');
    expect(md).toMatch(/\| v1\.0 \| 5 \| 100 % \| 0 % \| 0 % \| 0 % \|/);
    expect(md).toMatch(/\| v1\.4 \| 5 \| 20 % \| 0 % \| 0 % \| 80 % \|/);
    expect(runs).toHaveLength(5);
  });
});

describe('renderConsoleTable', () => {
  it('prints one aligned line per metric with the trend, then the scenario changes', () => {
    const { before, after } = writeBeforeAfterRuns();
    expect(renderConsoleTable(readRun(before), readRun(after))).toBe(
      [
        '                                legacy  guided       Δ',
        'No indication of failure          50 %     0 %  −50 pp  better',
        'Incorrect or false feedback        0 %     0 %   ±0 pp',
        'Hard to find or not helpful       50 %     0 %  −50 pp  better',
        'Prescribed coverage (bar 75 %)     0 %    50 %  +50 pp  better',
        'Scenarios                            2       2',
        '1 improved, 0 regressed, 0 unchanged, 1 only after, 1 only before',
      ].join('\n'),
    );
  });
});
