import { describe, expect, it } from 'vitest';
import { messagesSeen } from './messages-seen.ts';
import { message, observation, snapshot } from './observation-fixtures.ts';

const words = "We're having trouble connecting to QuickBooks right now. Please try again later.";

describe('messagesSeen', () => {
  it('keeps a message announced once an announcer region read its words out, after it was first painted', () => {
    const toast = message(words, { source: 'text', role: null, floating: true, announced: false, selector: '#toast' });
    const seen = messagesSeen(observation([snapshot(0, { messages: [toast] }), snapshot(300, { messages: [{ ...toast, announced: true }] })]));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ t: 0, announced: true, floating: true, selector: '#toast' });
  });

  it('places words first heard from a hidden announcer where they are painted later, from the first time', () => {
    const announcer = message(words, { source: 'live', role: 'assertive', painted: false, floating: false, inForm: false, selector: '#live' });
    const toast = message(words, { source: 'text', role: null, floating: true, announced: false, inForm: false, selector: '#toast' });
    const seen = messagesSeen(observation([snapshot(100, { messages: [announcer] }), snapshot(400, { messages: [toast] })]));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ t: 100, painted: true, announced: true, floating: true, selector: '#toast' });
  });

  it('keeps a toast that was shown and gone between two looks, from the time it appeared', () => {
    const toast = { ...message(words, { source: 'status', role: 'status', floating: true, inForm: false }), shownAt: 1_000_150, departedAt: 1_001_150 };
    const seen = messagesSeen(observation([snapshot(2_400, { departed: [toast] })]));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ t: 150, floating: true, role: 'status' });
    expect(seen[0]).not.toHaveProperty('shownAt');
  });

  it('marks a floating message gone from a later look of the same page transient, and one that stays or is inline not', () => {
    const note = message(words, { source: 'text', role: null, floating: true, announced: false, selector: '#note' });
    const inline = message('Payee selection is unavailable in QuickBooks right now.', { source: 'text', role: null, floating: false, announced: false });
    const gone = messagesSeen(observation([snapshot(0, { messages: [note, inline] }), snapshot(900, { messages: [] })]));
    expect(gone.map((m) => [m.selector, !!m.transient])).toEqual([['#note', true], [inline.selector, false]]);
    const stays = messagesSeen(observation([snapshot(0, { messages: [note] }), snapshot(900, { messages: [note] })]));
    expect(stays[0]!.transient).toBeFalsy();
  });

  it('places words heard only from a hidden announcer on the painted toast that departed between two looks', () => {
    const announcer = message(words, { source: 'live', role: 'polite', painted: false, floating: false, inForm: false, selector: '#live' });
    const toast = { ...message(words, { source: 'text', role: null, floating: true, announced: false, inForm: false, selector: '#toast' }), shownAt: 1_000_100, departedAt: 1_000_400 };
    const seen = messagesSeen(observation([snapshot(900, { messages: [announcer], departed: [toast] })]));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ t: 100, painted: true, announced: true, floating: true, transient: true, selector: '#toast' });
  });

  it('leaves out a message that was already gone before the user acted', () => {
    const old = { ...message(words, { source: 'status', role: 'status' }), shownAt: 999_000, departedAt: 999_500 };
    expect(messagesSeen(observation([snapshot(300, { departed: [old] })]))).toHaveLength(0);
  });

  it('keeps a message that was never announced unannounced', () => {
    const note = message(words, { source: 'text', role: null, announced: false });
    const seen = messagesSeen(observation([snapshot(0, { messages: [note] }), snapshot(200, { messages: [note] })]));
    expect(seen[0]!.announced).toBe(false);
  });
});
