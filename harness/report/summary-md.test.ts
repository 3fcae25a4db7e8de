import { describe, expect, it } from 'vitest';
import { scenarioResult, writeBeforeAfterRuns, writeFixtureRun } from './journal-fixtures.ts';
import { readRun } from './read-run.ts';
import { markdownCell, renderSummaryMarkdown, SUMMARY_MAX_CHARS } from './summary-md.ts';

const { before, after } = writeBeforeAfterRuns();
const md = renderSummaryMarkdown(readRun(before), readRun(after));

describe('renderSummaryMarkdown', () => {
  it('opens with the two run labels', () => {
    expect(md.split('\n')[0]).toBe('## Outage drill impact: legacy → guided');
  });

  it('tabulates each headline metric before, after and delta', () => {
    expect(md).toContain('| Metric | Before | After | Δ |');
    expect(md).toContain('| Hard to find or not helpful | 50 % | 0 % | −50 pp ✅ |');
    expect(md).toContain('| Prescribed coverage (bar 75 %) | 0 % | 50 % | +50 pp ✅ |');
  });

  it('has a row per scenario with prescribed, before and after, inside a collapsed details', () => {
    expect(md).toMatch(/<details><summary>All 3 scenarios<\/summary>\n\n\| Scenario \| Prescribed \| Before \| After \|/);
    expect(md).toContain(
      '| Create expense: payee list unavailable<br>`quickbooks/expense-payee-outage` | `contextual-error-alert` | `generic-error` **fail** · Bad | `helpful-error` (`contextual-error-alert`) **pass** · Good |',
    );
    expect(md).toContain('| Slack drill<br>`slack/new-drill` | `contextual-error-alert` | — |');
  });

  it('lists improvements and scenarios of one run', () => {
    expect(md).toContain('### Improvements (1)\n\n- Create expense: payee list unavailable (`quickbooks/expense-payee-outage`): Generic error message → Contextual error alert + messaging (Bad → Good)');
    expect(md).toContain('### In one run only (2)');
    expect(md).not.toContain('### Regressions');
  });

  it('lists regressions', () => {
    const root = writeBeforeAfterRuns().root;
    const good = writeFixtureRun({ label: 'good', scenarios: [scenarioResult({ id: 'a/b', observed: { category: 'helpful-error', kind: 'contextual-error-alert', messages: [], timeToFeedbackMs: 1 }, verdict: 'pass' })] }, root);
    const worse = writeFixtureRun({ label: 'worse', scenarios: [scenarioResult({ id: 'a/b' })] }, root);
    expect(renderSummaryMarkdown(readRun(good), readRun(worse))).toContain('### Regressions (1)\n\n- (`a/b`)');
  });
});

describe('markdownCell', () => {
  it('keeps untrusted text from breaking the table or injecting markup', () => {
    expect(markdownCell('a | b\n<img src=x> [link](http://x) *em*')).toBe('a \\| b &lt;img src=x&gt; \\[link\\](http\\://x) \\*em\\*');
  });
});

// Issue 14, defect 10: ids, kinds and product copy broke the table, put raw HTML/links/images outside code
// spans and would notify people in a PR comment.
describe('summary.md against hostile journal text', () => {
  const hostile = [
    '@octocat please look',
    '<img src=x onerror=alert(1)>',
    '![pixel](https://evil.example/p.png)',
    '[click](https://evil.example)',
    'see https://evil.example and www.evil.example',
    'a | b\n| --- |\n| c |',
  ];
  const root = writeBeforeAfterRuns().root;
  const scenario = (i: number, text: string) =>
    scenarioResult({
      id: `x/${text}`,
      title: text,
      prescribed: text,
      observed: { category: 'generic-error', kind: text, messages: [text], timeToFeedbackMs: 5 },
      verdict: i % 2 ? 'pass' : 'fail',
    });
  const a = writeFixtureRun({ label: '@team\n<b>a</b>', scenarios: hostile.map((t, i) => scenario(i, t)) }, root);
  const b = writeFixtureRun({ label: 'b|c', scenarios: hostile.map((t, i) => scenario(i + 1, t)) }, root);
  const text = renderSummaryMarkdown(readRun(a), readRun(b));
  // What a renderer sees outside code spans.
  const prose = text.replace(/`[^`\n]*`/g, '');

  it('keeps every table row one line with its four cells', () => {
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Metric') && !l.startsWith('| Scenario'));
    const scenarioRows = rows.filter((l) => l.includes('<br>'));
    expect(scenarioRows).toHaveLength(hostile.length);
    for (const row of scenarioRows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('leaves no raw HTML, link, image or autolink outside code spans', () => {
    expect(prose.replace(/<\/?(details|summary|br)>/g, '')).not.toMatch(/<[a-z!/]/i);
    expect(prose).not.toMatch(/(^|[^\\])!?\[[^\]]*\]\(/);
    expect(prose).not.toMatch(/https?:\/\//);
    expect(prose).not.toMatch(/(^|[^\\])www\./i);
  });

  it('notifies nobody', () => {
    expect(prose).not.toMatch(/@[\w-]/);
  });
});

describe('summary.md of a large run', () => {
  const count = 300;
  const root = writeBeforeAfterRuns().root;
  const drill = (i: number, good: boolean) =>
    scenarioResult({
      id: `quickbooks/audit/create-expense/get-v3-company-realmid-query-sweep-number-${i}--outage`,
      title: `Create a QuickBooks expense: GET /v3/company/{realmId}/query outage, sweep drill number ${i}`,
      observed: good
        ? { category: 'helpful-error', kind: 'contextual-error-alert', messages: [], timeToFeedbackMs: 300 }
        : { category: 'generic-error', kind: null, messages: ['An error occurred.'], timeToFeedbackMs: 300 },
      engineeringFindings: good ? [] : [{ rule: 'retries-reads', level: 'error', detail: 'one call, no retry' }, { rule: 'honours-retry-after', level: 'error', detail: 'x' }],
      verdict: good ? 'pass' : 'fail',
    });
  // Every third drill regressed, the rest improved: 100 regressions to show in full.
  const before = writeFixtureRun({ label: 'before', scenarios: Array.from({ length: count }, (_, i) => drill(i, i % 3 === 0)) }, root);
  const after = writeFixtureRun({ label: 'after', scenarios: Array.from({ length: count }, (_, i) => drill(i, i % 3 !== 0)) }, root);
  const text = renderSummaryMarkdown(readRun(before), readRun(after), undefined, { htmlReport: 'https://ci.example/artifacts/report/index.html' });

  it(`stays under ${SUMMARY_MAX_CHARS} characters for ${count} scenarios`, () => {
    expect(text.length).toBeLessThan(SUMMARY_MAX_CHARS);
  });

  it('shows every regression', () => {
    const regressions = text.slice(text.indexOf('### Regressions (100)'), text.indexOf('### Improvements'));
    for (let i = 0; i < count; i += 3) expect(regressions).toContain(`sweep-number-${i}--outage\``);
  });

  it('says what it cut and points at the HTML report', () => {
    expect(text).toMatch(/… and \d+ more (scenarios|failing drills|improvements): see the HTML report \(https\\:\/\/ci\.example\/artifacts\/report\/index\.html\)\./);
  });
});
