import type { Page } from '@playwright/test';
import { classifyResponse, type Classification } from '../../judge/classify.ts';
import { takeDomSnapshot, type SignalSelectors } from '../../judge/dom-snapshot.ts';
import type { Observation } from '../../judge/observe.ts';
import { lintCopy } from '../../guidelines/lint-copy.ts';
import type { JournalEntry } from '../../runtime/types.ts';

/** Where a matcher reads the mock journal: entries, a function, or a mock runtime (`mocks` fixture). */
export type JournalSource = readonly JournalEntry[] | (() => readonly JournalEntry[]) | { journal(): JournalEntry[] };

/** The journal entries a source holds right now. */
export function readJournal(source: JournalSource): JournalEntry[] {
  if (typeof source === 'function') return [...source()];
  if ('journal' in source && typeof source.journal === 'function') return source.journal();
  return [...(source as readonly JournalEntry[])];
}

/** What the page matchers need to judge a page. */
export interface JudgePageOptions {
  /** Display names of the integration, e.g. `['QuickBooks Online', 'QuickBooks']`. */
  names: string[];
  /** The mock journal; without it partial mutations and retries cannot be told. */
  journal?: JournalSource;
  /** The fault is temporary (default true): "reconnect" is then false. */
  temporary?: boolean;
  selectors?: SignalSelectors;
}

/**
 * Classifies what the page shows at this instant (one DOM read; console errors and native dialogs are only
 * seen by `watchPage`). The matchers poll this.
 */
export async function classifyPageNow(page: Page, options: JudgePageOptions): Promise<Classification> {
  const snapshot = { ...(await takeDomSnapshot(page, options.selectors)), t: 0 };
  const observation: Observation = {
    timeline: [snapshot], final: snapshot, consoleErrors: [], pageErrors: [], nativeDialogs: [], navigations: [], journal: null,
    timeToFeedbackMs: null, ended: 'settled', startedAt: Date.now(), changedAt: snapshot.changedAt ?? null, durationMs: 0,
  };
  return classifyResponse({
    observation,
    journal: options.journal ? readJournal(options.journal) : null,
    lint: (text, role) => lintCopy(text, { names: options.names, temporary: options.temporary ?? true, role }),
  });
}

/** A classification for a matcher message: the observed label (for printReceived) and the words and reason. */
export function describeClassification(c: Classification | undefined): { label: string; detail: string } {
  if (!c) return { label: 'nothing judged yet', detail: '' };
  return { label: c.kind ?? c.category, detail: `${c.messages[0] ? ` — shown: "${c.messages[0]}"` : ''} (${c.reason})` };
}
