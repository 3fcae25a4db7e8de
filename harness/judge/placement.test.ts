import { describe, expect, it } from 'vitest';
import { message } from './observation-fixtures.ts';
import { checkPlacement } from './placement.ts';

const at = (over: Parameters<typeof message>[1], t = 200) => ({ ...message('We are having trouble connecting to QuickBooks.', over), t });
const rules = (m: ReturnType<typeof at>, kind = 'contextual-error-alert', failingCallAt: number | null = 0) =>
  checkPlacement({ message: m, kind, failingCallAt, stuckMs: 8000 }).map((f) => `${f.rule}:${f.level}`);

describe('checkPlacement', () => {
  it('an announced alert at the top of the form, in view and in time, passes', () => expect(rules(at({}))).toEqual([]));
  it('an alert below the fold is not visible', () => expect(rules(at({ inViewport: false }))).toEqual(['visible:error']));
  it('text only screen readers get is not visible', () => expect(rules(at({ painted: false }))).toEqual(['visible:error']));
  it('painted text without a role or live region is not announced', () => expect(rules(at({ announced: false, source: 'text' }))).toEqual(['announced:warning']));
  it('a contextual kind outside its form is not contextual', () => expect(rules(at({ inForm: false, aboveFields: false }))).toEqual(['contextual:warning']));
  it('contextual is only asked of contextual kinds', () => expect(rules(at({ inForm: false, floating: true }), 'error-toast')).toEqual([]));
  it('a message long after the failing call is not timely', () => expect(rules(at({}, 9500), 'contextual-error-alert', 500)).toEqual(['timely:warning']));
});
