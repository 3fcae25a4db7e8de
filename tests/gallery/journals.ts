import type { JournalEntry } from '../../harness/runtime/types.ts';
import { failedReads, mutationSteps } from '../judge/gallery.ts';

/** Journal of a save that failed once under an outage and went through on the product's retry (an absorbed fault). */
export const retriedSave = () => (): JournalEntry[] => {
  const [failed] = mutationSteps(false)();
  return [failed!, { ...failed!, seq: failed!.seq + 1, at: failed!.at + 300, fault: null, status: 200, tookEffect: true }];
};

/** Journal of a read slowed by injected latency (ms) that still answered 200 (within the user's budget). */
export const slowRead = (delayMs = 800) => (): JournalEntry[] =>
  failedReads(1)().map((e) => ({ ...e, fault: { kind: 'latency', index: 0, details: { delayMs } }, status: 200, durationMs: delayMs }));
