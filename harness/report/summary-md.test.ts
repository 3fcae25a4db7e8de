import { describe, expect, it } from 'vitest';
import { scenarioResult, writeBeforeAfterRuns, writeFixtureRun } from './journal-fixtures.ts';
import { readRun } from './read-run.ts';
import { markdownCell, renderSummaryMarkdown } from './summary-md.ts';

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

  it('has a row per scenario with prescribed, before and after', () => {
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
    expect(renderSummaryMarkdown(readRun(good), readRun(worse))).toContain('### Regressions (1)\n\n- a/b (`a/b`)');
  });
});

describe('markdownCell', () => {
  it('keeps untrusted text from breaking the table or injecting markup', () => {
    expect(markdownCell('a | b\n<img src=x> [link](http://x) *em*')).toBe('a \\| b &lt;img src=x&gt; \\[link\\](http://x) \\*em\\*');
  });
});
