import { describe, expect, it } from 'vitest';
import { scenarioResult } from './journal-fixtures.ts';
import { renderJUnit } from './junit.ts';
import { finalizeRun } from './metrics.ts';

const journal = finalizeRun({ id: 'r1', startedAt: '2026-12-05T10:00:00.000Z', finishedAt: '', label: 'guided', harnessVersion: '0' }, [
  scenarioResult({ id: 'quickbooks/payee-outage', verdict: 'fail', evidence: { screenshot: 'quickbooks__payee-outage.png', crop: { file: 'quickbooks__payee-outage.crop.png', clip: { x: 0, y: 0, width: 1, height: 1 } } } }),
  scenarioResult({ id: 'quickbooks/ok', verdict: 'pass', evidence: { screenshot: '../../etc/passwd.png' } }),
  scenarioResult({ id: 'slack/<crash>', integration: 'slack', flow: 'slack.share', error: 'page crashed\u0001: Target closed' }),
]);
const xml = renderJUnit(journal, 'reports/r1');

describe('renderJUnit', () => {
  it('classes each case by integration/flow and names it by scenario id', () => {
    expect(xml).toContain('<testcase classname="quickbooks/quickbooks.create-expense" name="quickbooks/payee-outage" time="1.200">');
    expect(xml).toContain('<testcase classname="slack/slack.share" name="slack/&#60;crash&#62;"');
  });

  it('attaches evidence by paths inside the run folder only', () => {
    expect(xml).toContain('[[ATTACHMENT|reports/r1/quickbooks__payee-outage.png]]\n[[ATTACHMENT|reports/r1/quickbooks__payee-outage.crop.png]]');
    expect(xml).not.toContain('passwd');
  });

  it('counts failures and errors per suite, and strips control characters', () => {
    expect(xml).toContain('<testsuite name="quickbooks" tests="2" failures="1" errors="0"');
    expect(xml).toContain('<testsuite name="slack" tests="1" failures="0" errors="1"');
    expect(xml).toContain('<error message="page crashed: Target closed">');
  });
});
