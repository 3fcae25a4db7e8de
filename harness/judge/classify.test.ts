import { describe, expect, it } from 'vitest';
import { lintCopy } from '../guidelines/lint-copy.ts';
import { classifyResponse } from './classify.ts';
import { call, failedRead, message, mutation, observation, snapshot } from './observation-fixtures.ts';

const lint = (text: string, role: 'message' | 'field') => lintCopy(text, { names: ['QuickBooks'], temporary: true, role });
const template = "We're having trouble connecting to QuickBooks right now. Please try again later.";
const CREATE = 'POST /v3/company/{realmId}/invoice';
const SEND = 'POST /v3/company/{realmId}/invoice/{id}/send';
const saved = observation([snapshot(300, { messages: [message('Invoice created and sent.', { tone: 'success', source: 'status', role: 'status', floating: true })] })]);

describe('classifyResponse: partial mutations from the journal', () => {
  const cases = [
    { name: 'success while the send step failed', obs: saved, journal: [mutation(CREATE, true), mutation(SEND, false)], category: 'success-but-partly-failed' },
    { name: 'success while every step failed', obs: saved, journal: [mutation(CREATE, false)], category: 'false-success' },
    { name: 'success after a retry took effect is the absorbed outcome', obs: saved, journal: [mutation(CREATE, false), mutation(CREATE, true)], category: 'no-impact' },
    { name: 'a true success beside a faulted read that never came back is not absorbed: the read failed silently', obs: saved, journal: [mutation(CREATE, true), failedRead(), failedRead(1_000_500)], category: 'silent-retry' },
    {
      name: 'a true success beside an error about a read that stayed failed is both true: the error is judged',
      obs: observation([snapshot(300, { messages: [message('Invoice created and sent.', { tone: 'success', source: 'status', role: 'status', floating: true }), message(template)] })]),
      journal: [mutation(CREATE, true), failedRead(), failedRead(1_000_500)], category: 'helpful-error',
    },
    { name: 'a true success beside a faulted read whose retry went through is absorbed', obs: saved, journal: [mutation(CREATE, true), failedRead(), call({ at: 1_000_500 })], category: 'no-impact' },
    { name: 'an error while the create took effect', obs: observation([snapshot(300, { messages: [message(template)] })]), journal: [mutation(CREATE, true), mutation(SEND, false)], category: 'error-but-partly-worked' },
    { name: 'a lost response: took effect, no status', obs: observation([snapshot(300, { messages: [message(template)] })]), journal: [mutation(CREATE, true, { status: null, fault: { kind: 'lost-response', index: 0 } })], category: 'error-but-partly-worked' },
    {
      name: 'an error that reports the partial outcome honestly is judged by its copy',
      obs: observation([snapshot(300, { messages: [message('Failed at "Send the invoice". We\'re having trouble connecting to QuickBooks right now. 1 of its 2 steps finished; retrying completes the rest.', { inRow: true, nextStepControl: true, inForm: false })] })]),
      journal: [mutation(CREATE, true), mutation(SEND, false)], category: 'helpful-error',
    },
    {
      name: '"we created the channel, but couldn\'t invite" reports the partial outcome',
      obs: observation([snapshot(300, { messages: [message("We created the Slack channel #acct, but we couldn't invite the 2 people you picked. We're having trouble connecting to QuickBooks right now. Please try again later.")] })]),
      journal: [mutation(CREATE, true), mutation(SEND, false)], category: 'helpful-error',
    },
  ];
  it.each(cases)('$name -> $category', ({ obs, journal, category }) => {
    const c = classifyResponse({ observation: obs, journal, lint });
    expect(c.category, c.reason).toBe(category);
    expect(c.evidence.some((e) => e.signal.startsWith('journal: mutation'))).toBe(true);
  });
});

describe('classifyResponse: contradictions and missing facts give unclassified with the reason', () => {
  it('a success then a failure message', () => {
    const obs = observation([snapshot(100, { messages: [message('Expense saved.', { tone: 'success' })] }), snapshot(600, { messages: [message(template)] })]);
    const c = classifyResponse({ observation: obs, journal: [mutation(CREATE, false)], lint });
    expect([c.category, c.reason]).toEqual(['unclassified', `both a success message ("Expense saved.") and a failure message ("${template}") were shown`]);
  });

  it('a fault that never reached the product', () => {
    const c = classifyResponse({ observation: observation([snapshot(0)]), journal: [call()], lint });
    expect(c).toMatchObject({ category: 'unclassified', reason: 'the faulted endpoint was never called, so the fault never reached the product' });
  });

  it('a success without the journal cannot be told from a false success', () => {
    expect(classifyResponse({ observation: saved, journal: null, lint }).category).toBe('unclassified');
  });
});

describe('classifyResponse: the rest of section 1', () => {
  it('judges the message that names the integration when another integration\'s card shows too', () => {
    const other = message("We've temporarily lost connection with Shopify. Please try again later.", { inForm: false, aboveFields: false });
    const own = message(template, { inForm: false, aboveFields: false, selector: '#qbo' });
    const c = classifyResponse({ observation: observation([snapshot(300, { messages: [other, own] })]), journal: [failedRead()], lint });
    expect([c.category, c.primary?.selector, c.copyFindings.filter((f) => f.level === 'error')]).toEqual(['helpful-error', '#qbo', []]);
  });

  it('a native alert() counts as a dialog message', () => {
    const obs = observation([snapshot(0)], { nativeDialogs: [{ t: 200, type: 'alert', text: template }] });
    expect(classifyResponse({ observation: obs, journal: [failedRead()], lint })).toMatchObject({ category: 'helpful-error', kind: 'full-page-modal' });
  });

  it('stuck: a progress bar still at 40/100 at the threshold, with its value as evidence', () => {
    const obs = observation([snapshot(0, { busy: [{ what: 'progressbar', text: 'Import', selector: '#bar', value: '40/100' }] })], { ended: 'stuck-threshold', durationMs: 8000 });
    const c = classifyResponse({ observation: obs, journal: [failedRead()], lint });
    expect([c.category, c.evidence[0]?.text]).toEqual(['stuck-loading', 'Import 40/100']);
  });

  it('busy at the threshold is stuck even before the hung call reaches the journal', () => {
    const obs = observation([snapshot(0, { busy: [{ what: 'spinner', text: 'Loading', selector: '.spinner', value: null }] })], { ended: 'stuck-threshold', durationMs: 5000 });
    expect(classifyResponse({ observation: obs, journal: [], lint }).category).toBe('stuck-loading');
  });

  it('silent-retry counts repeats of the faulted request only', () => {
    const other = call({ query: { query: 'select * from Account' } });
    const obs = observation([snapshot(0)]);
    expect(classifyResponse({ observation: obs, journal: [failedRead(), other, other], lint }).category).toBe('silent');
    expect(classifyResponse({ observation: obs, journal: [failedRead(), failedRead(1_000_300)], lint }).category).toBe('silent-retry');
  });

  it('an unhandled rejection with nothing shown is console-only', () => {
    const obs = observation([snapshot(0)], { pageErrors: [{ t: 50, text: 'Uncaught (in promise) Error: 503' }] });
    expect(classifyResponse({ observation: obs, journal: [failedRead()], lint })).toMatchObject({ category: 'console-only', evidence: [{ signal: 'page error', text: 'Uncaught (in promise) Error: 503', t: 50 }] });
  });

  it('inside the 3rd party app is recorded, not judged', () => {
    expect(classifyResponse({ observation: saved, journal: [failedRead()], lint, inThirdPartyApp: true }).category).toBe('third-party-app-error');
  });
});

describe('classifyResponse: an absorbed fault is one whose answer came through intact', () => {
  const quiet = (over = {}) => ({ ...observation([snapshot(300)]), ...over });
  const logged = { consoleErrors: [{ text: "TypeError: Cannot read properties of undefined (reading 'login')", t: 200 }] };
  const cases = [
    { name: 'a late 200 under latency, nothing changed', journal: [call({ fault: { kind: 'latency', index: 0 }, status: 200 })], category: 'no-impact' },
    { name: 'a 200 whose body a breaking change altered, logged only', journal: [call({ fault: { kind: 'breaking-change', index: 0 }, status: 200 })], over: logged, category: 'console-only' },
    { name: 'a 200 with a malformed body, nothing shown', journal: [call({ fault: { kind: 'malformed-body', index: 0 }, status: 200 })], category: 'silent' },
    { name: 'a fault kind nobody registered (a prototype name) is not intact', journal: [call({ fault: { kind: 'constructor', index: 0 }, status: 200 })], category: 'silent' },
  ];
  it.each(cases)('$name -> $category', ({ journal, over, category }) => {
    const c = classifyResponse({ observation: quiet(over), journal, lint });
    expect(c.category, c.reason).toBe(category);
  });
});
