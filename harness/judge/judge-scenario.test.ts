import { describe, expect, it } from 'vitest';
import { judgeScenario, type JudgeInput } from './judge-scenario.ts';
import { call, failedRead, message, mutation, observation, snapshot } from './observation-fixtures.ts';

const template = "We're having trouble connecting to QuickBooks right now. Please try again later.";
const observe = { stuckMs: 8_000, settleMs: 500 };
const judge = (over: Partial<JudgeInput> & { prescribed: string; withinMs?: number }) => judgeScenario({
  scenario: { prescribed: over.prescribed, context: {}, expect: over.withinMs === undefined ? {} : { withinMs: over.withinMs }, observe },
  observation: over.observation ?? observation([snapshot(300, { messages: [message(template)] })]),
  journal: over.journal ?? [failedRead()], faulted: [], names: ['QuickBooks'], temporary: true,
});

describe('the verdict reason says why the verdict is what it is', () => {
  it('on a pass: what was shown and why it is the prescribed response', () => {
    const j = judge({ prescribed: 'contextual-error-alert' });
    expect(j.verdict.verdict).toBe('pass');
    expect(j.reason).toMatch(/^an error message \(contextual-error-alert: an error alert at the top of the form\) that names the integration/);
  });

  it('on a fail for the wrong kind: names both kinds and never says the message passes', () => {
    const j = judge({ prescribed: 'error-toast' });
    expect(j.verdict.verdict).toBe('fail');
    expect(j.reason).toBe('fails: observed contextual-error-alert, prescribed error-toast (an error message (contextual-error-alert: an error alert at the top of the form))');
    expect(j.reason).not.toMatch(/passes|names the integration, gives a next step/);
  });

  it('on a fail for a copy error: quotes the rule and what broke it', () => {
    const j = judge({ prescribed: 'contextual-error-alert', observation: observation([snapshot(300, { messages: [message('QuickBooks is disconnected. Please reconnect QuickBooks and try again.')] })]) });
    expect(j.reason).toMatch(/^fails: copy no-false-reconnect: "QuickBooks is disconnected/);
  });

  it('on unclassified: states the contradiction once', () => {
    const both = observation([snapshot(100, { messages: [message('Expense saved.', { tone: 'success', source: 'status', role: 'status' })] }), snapshot(900, { messages: [message(template)] })]);
    const j = judge({ prescribed: 'contextual-error-alert', observation: both });
    expect(j.reason).toBe(`fails: unclassified: both a success message ("Expense saved.") and a failure message ("${template}") were shown`);
  });

  it('on a generic message: says which usefulness rule it breaks', () => {
    const j = judge({ prescribed: 'contextual-error-alert', observation: observation([snapshot(300, { messages: [message('Something went wrong.')] })]) });
    expect(j.classification.category).toBe('generic-error');
    expect(j.reason).toContain('does not name the integration');
  });
});

describe('the absorbed outcome (no-impact)', () => {
  const nothing = observation([snapshot(100)]);
  const retried = [failedRead(1_000_100), call({ at: 1_000_400 })];

  it('a retry that went through with nothing shown passes when no-impact is prescribed', () => {
    const j = judge({ prescribed: 'no-impact', observation: nothing, journal: retried });
    expect([j.classification.category, j.verdict.verdict]).toEqual(['no-impact', 'pass']);
    expect(j.evidence.map((e) => e.signal)).toContain('journal: faulted request absorbed');
  });

  it('a latency within the budget passes; over the budget it fails and says by how much', () => {
    const slow = (ms: number) => [call({ at: 1_000_000, durationMs: ms, fault: { kind: 'latency', index: 0 } })];
    expect(judge({ prescribed: 'no-impact', withinMs: 3_000, observation: nothing, journal: slow(1_500) }).verdict.verdict).toBe('pass');
    const over = judge({ prescribed: 'no-impact', withinMs: 3_000, observation: nothing, journal: slow(4_000) });
    expect(over.verdict.verdict).toBe('fail');
    expect(over.reason).toContain('absorbed only after 4000 ms, over the budget of 3000 ms');
  });

  it('a sweep drill prescribing the tree\'s leaf passes an absorbed fault within the stuck threshold, not past it', () => {
    const slow = (ms: number) => [call({ at: 1_000_000, durationMs: ms, fault: { kind: 'latency', index: 0 } })];
    const within = judge({ prescribed: 'contextual-error-alert', observation: nothing, journal: retried });
    expect([within.classification.category, within.verdict.verdict]).toEqual(['no-impact', 'pass']);
    const late = judge({ prescribed: 'contextual-error-alert', observation: nothing, journal: slow(9_000) });
    expect(late.verdict.verdict).toBe('fail');
    expect(late.reason).toContain('over the budget of 8000 ms (observe.stuckMs)');
  });

  it('an error shown although the create took effect is incorrect feedback and fails', () => {
    const j = judge({ prescribed: 'no-impact', journal: [mutation('POST /v3/company/{realmId}/purchase', true, { status: null, fault: { kind: 'lost-response', index: 0 } })] });
    expect([j.classification.category, j.verdict.verdict]).toEqual(['error-but-partly-worked', 'fail']);
    expect(j.reason).toContain('although every one of the 1 mutation step(s) took effect');
  });
});

describe('a mock that refused the product\'s identity before any fault', () => {
  const refused = (status: number, seq: number) => call({ seq, at: 1_000_000 + seq, status, fault: null, path: '/v3/company/123/query' });

  it('names the rejection when the faulted endpoint was never reached', () => {
    const j = judge({ prescribed: 'contextual-error-alert', observation: observation([snapshot(300)]), journal: [refused(403, 1)] });
    expect(j.verdict.verdict).toBe('fail');
    expect(j.reason).toMatch(/the faulted endpoint was never called.*; quickbooks answered 403 to GET \/v3\/company\/123\/query before any fault: the mock did not accept the product's credentials/);
    expect(j.evidence.map((e) => e.signal)).toContain('journal: identity rejected before any fault');
  });

  it('says nothing of identity when the only 401 is the fault itself', () => {
    const j = judge({ prescribed: 'contextual-error-alert', observation: observation([snapshot(300)]), journal: [call({ seq: 1, status: 401, fault: { kind: 'auth-revoked', index: 0 } })] });
    expect(j.reason).not.toContain('before any fault');
  });

  it('does not touch a passing verdict', () => {
    const j = judge({ prescribed: 'contextual-error-alert', journal: [refused(401, 1), { ...failedRead(), seq: 2 }] });
    expect([j.verdict.verdict, j.reason.includes('before any fault')]).toEqual(['pass', false]);
  });
});
