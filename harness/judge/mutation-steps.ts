import type { JournalEntry } from '../runtime/types.ts';

/** One mutation of a flow (all attempts of the same change) and whether it took effect at the 3rd party. */
export interface MutationStep {
  key: string;
  attempts: number;
  tookEffect: boolean;
}

/** Whether one journal entry's mutation changed the 3rd party's state; status decides when the mock could not tell. */
const effective = (e: JournalEntry) => (e.tookEffect === null ? e.status !== null && e.status < 400 : e.tookEffect);

/**
 * The flow's mutations as steps: attempts of the same request (provider, endpoint, path, body) are one step,
 * which took effect when any attempt did. A create then an attach is two steps.
 */
export function mutationSteps(journal: readonly JournalEntry[]): MutationStep[] {
  const steps = new Map<string, MutationStep>();
  for (const e of journal) {
    if (!e.mutation) continue;
    const key = `${e.provider} ${e.endpoint ?? e.method} ${e.path} ${e.bodyDigest ?? ''}`;
    const step = steps.get(key) ?? { key, attempts: 0, tookEffect: false };
    step.attempts += 1;
    step.tookEffect ||= effective(e);
    steps.set(key, step);
  }
  return [...steps.values()];
}
