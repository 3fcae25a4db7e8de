import { describe, expect, it } from 'vitest';
import type { FaultWhen } from '../scenario/types.ts';
import { checkWhen, inSchedule } from './fault-schedule.ts';

/** 1 where the fault applies, for calls `seen` 1..n at the given times (ms from the first call). */
const pattern = (when: FaultWhen, times: number[]) => times.map((t, i) => (inSchedule(when, { seen: i + 1, firstAt: 1000 }, 1000 + t) ? '1' : '0')).join('');
const calls = (n: number) => Array.from({ length: n }, () => 0);

describe('inSchedule', () => {
  it('with no when: every call', () => {
    expect(pattern({}, calls(3))).toBe('111');
  });

  it('sequence: fail/pass per call, then pass once the list ends', () => {
    expect(pattern({ sequence: ['fail', 'fail', 'pass', 'fail'] }, calls(6))).toBe('110100');
  });

  it('sequence starts after `after`, and first still caps it', () => {
    expect(pattern({ after: 2, sequence: ['fail', 'pass', 'fail'] }, calls(6))).toBe('001010');
    expect(pattern({ first: 1, sequence: ['fail', 'fail'] }, calls(3))).toBe('100');
  });

  it('forMs: from the first matching call, for that long', () => {
    expect(pattern({ forMs: 10_000 }, [0, 5000, 9999, 10_000, 20_000])).toBe('11100');
  });

  it('flap: up, then down (faulted), repeating from the first matching call', () => {
    expect(pattern({ flap: { upMs: 5000, downMs: 2000 } }, [0, 4999, 5000, 6999, 7000, 12_000, 13_999, 14_000])).toBe('00110110');
  });

  it('flap with startDown begins with the down phase', () => {
    expect(pattern({ flap: { upMs: 5000, downMs: 2000, startDown: true } }, [0, 1999, 2000, 6999, 7000])).toBe('11001');
  });

  it('flap for a while: both windows must hold', () => {
    expect(pattern({ forMs: 8000, flap: { upMs: 1000, downMs: 1000 } }, [500, 1500, 7500, 9500])).toBe('0110');
  });
});

describe('checkWhen', () => {
  const invalidWhens: Array<[defect: string, when: FaultWhen, message: string]> = [
    ['a negative after', { after: -1 }, 'when.after: expected a whole number of requests (0 or more), got -1'],
    ['a fractional first', { first: 1.5 }, 'when.first: expected a whole number of requests (0 or more), got 1.5'],
    ['an unknown sequence step', { sequence: ['fail', 'boom' as 'fail'] }, 'when.sequence: expected a list of fail and pass, got ["fail","boom"]'],
    ['a negative forMs', { forMs: -5 }, 'when.forMs: expected a duration of 0 ms or more, got -5'],
    ['a flap with no down phase', { flap: { upMs: 1000, downMs: 0 } }, 'when.flap: expected up of 0 ms or more and down above 0 ms, got up 1000 ms, down 0 ms'],
  ];
  it.each(invalidWhens)('refuses %s', (_defect, when, message) => {
    expect(checkWhen(when)).toEqual([message]);
  });

  it('accepts a full schedule', () => {
    expect(checkWhen({ after: 1, first: 3, sequence: ['fail', 'pass'], forMs: 0, flap: { upMs: 0, downMs: 1 } })).toEqual([]);
  });
});
