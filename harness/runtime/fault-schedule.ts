import type { FaultWhen } from '../scenario/types.ts';

/** Where one fault stands in its schedule: matching calls counted and when the first one came. */
export interface ScheduleState {
  /** Matching calls so far, this one included (requests). */
  seen: number;
  /** Engine clock at the first matching call after `when.after` ones, when the schedule's clock starts (ms). */
  firstAt: number;
}

/**
 * Whether `when` lets the fault apply to the call that made `state` what it is. Every condition given must
 * hold: `after`/`first` window the count, `sequence` says fail/pass per call after `after` (pass once it ends),
 * `forMs` and `flap` are time windows from the first matching call after the `after` ones (with no `after`,
 * the first matching call; flap: up, then down, repeating; down means the fault applies; `startDown` starts
 * with the down phase).
 * @example inSchedule({ flap: { upMs: 5000, downMs: 2000 } }, { seen: 3, firstAt: 0 }, 6000) // true: down from 5 s to 7 s
 */
export function inSchedule(when: FaultWhen, state: ScheduleState, now: number): boolean {
  const after = when.after ?? 0;
  if (state.seen <= after) return false;
  if (when.first !== undefined && state.seen > after + when.first) return false;
  if (when.sequence && when.sequence[state.seen - after - 1] !== 'fail') return false;
  const elapsed = now - state.firstAt;
  if (when.forMs !== undefined && elapsed >= when.forMs) return false;
  if (when.flap) {
    const { upMs, downMs, startDown } = when.flap;
    const phase = elapsed % (upMs + downMs);
    const down = startDown ? phase < downMs : phase >= upMs;
    if (!down) return false;
  }
  return true;
}

/** Problems with a `when` the type allows but the engine cannot run, as messages (`when.flap: ...`). */
export function checkWhen(when: FaultWhen): string[] {
  const problems: string[] = [];
  const count = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) problems.push(`when.${name}: expected a whole number of requests (0 or more), got ${value}`);
  };
  count('after', when.after);
  count('first', when.first);
  if (when.sequence?.some((step) => step !== 'fail' && step !== 'pass')) problems.push(`when.sequence: expected a list of fail and pass, got ${JSON.stringify(when.sequence)}`);
  if (when.forMs !== undefined && !(when.forMs >= 0)) problems.push(`when.forMs: expected a duration of 0 ms or more, got ${when.forMs}`);
  if (when.flap && !(when.flap.upMs >= 0 && when.flap.downMs > 0)) {
    problems.push(`when.flap: expected up of 0 ms or more and down above 0 ms, got up ${when.flap.upMs} ms, down ${when.flap.downMs} ms`);
  }
  return problems;
}
