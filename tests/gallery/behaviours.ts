import { failedReads, mutationSteps, noFaultedCall, type GalleryCase } from '../judge/gallery.ts';
import { retriedSave, slowRead } from './journals.ts';

/**
 * A behaviour a product can show, labelled by a person: what the page does (each library renders it with its own
 * components, under the same id) and the taxonomy label it deserves. `good` marks the prescribed response done
 * well: the judge must pass it (a fail is a false fail).
 */
export type Behaviour = Omit<GalleryCase, 'html'> & {
  good: boolean;
  /** The page that shows it, when another behaviour's page does (the same screen, another journal). */
  page?: string;
};

const helpful = (kind: string) => ({ category: 'helpful-error', kind });
const good = (name: string, kind: string, over: Partial<Behaviour> = {}): Behaviour =>
  ({ name, journal: failedReads(1), expected: helpful(kind), good: true, ...over });
const bad = (name: string, category: string, over: Partial<Behaviour> = {}): Behaviour =>
  ({ name, journal: failedReads(1), expected: { category }, good: false, ...over });

/** Every labelled behaviour, by the page id each library's bundle renders it under. */
export const behaviours = {
  // Taxonomy section 1: what the UI did.
  'silent': bad('nothing shown, one call', 'silent'),
  'silent-retry': bad('nothing shown, called again and again', 'silent-retry', { journal: failedReads(4) }),
  'console-only': bad('error only in the console', 'console-only'),
  'partly-worked': bad('error shown although the invoice was created (send failed)', 'error-but-partly-worked', { journal: mutationSteps(true, false) }),
  'partly-failed': bad('success shown although sending failed', 'success-but-partly-failed', { journal: mutationSteps(true, false) }),
  'false-success': bad('success shown although nothing was saved', 'false-success', { journal: mutationSteps(false) }),
  'false-success-worded': bad('"Meeting scheduled. Invitations are on their way." although nothing was saved', 'false-success', { journal: mutationSteps(false) }),
  'stuck-spinner': bad('spinner that never stops', 'stuck-loading'),
  'stuck-progress': bad('progress bar stuck at 40 %', 'stuck-loading'),
  'stuck-saving': bad('disabled "Saving..." button that never comes back', 'stuck-loading', { journal: mutationSteps(false) }),
  'stuck-skeleton': bad('skeleton loaders that never fill in', 'stuck-loading'),
  'generic': bad('generic error alert', 'generic-error'),
  'error-code': bad('error alert with an HTTP status', 'generic-error'),
  'false-empty': bad('says no payees exist', 'false-empty', { journal: failedReads(2) }),
  'third-party': bad('inside the 3rd party app', 'third-party-app-error', { context: { initiatedBy: 'in-third-party-app' } }),
  'success-then-error': bad('success toast, then an error alert 1.6 s later', 'unclassified', { journal: mutationSteps(false) }),
  'fault-not-reached': bad('alert shown but the faulted endpoint was never called', 'unclassified', { journal: noFaultedCall() }),
  // The absorbed outcome: the fault did not change the result, and the UI said so or showed nothing.
  'absorbed-save': { name: 'true success after the save went through on a retry', page: 'false-success', journal: retriedSave(), expected: { category: 'no-impact' }, good: true },
  'absorbed-slow': { name: 'nothing changed: a slow read answered within the budget', page: 'silent', journal: slowRead(), expected: { category: 'no-impact' }, good: true },
  'false-alarm': bad('error alert although the save went through on a retry', 'error-but-partly-worked', { page: 'contextual-alert', journal: retriedSave() }),
  // Taxonomy section 2: the prescribed kinds, done well.
  'empty-full-page': good('"... is temporarily unavailable" full-page panel', 'full-page-empty-state', { journal: failedReads(2) }),
  'empty-half-page': good('one card replaced by an empty state', 'half-page-empty-state', { journal: failedReads(2) }),
  'contextual-alert': good('error alert at the top of the form, field marked invalid', 'contextual-error-alert', { journal: failedReads(3) }),
  'alert-above-field': good('error alert directly above an aria-invalid field, outside any form', 'contextual-error-alert', { journal: failedReads(3) }),
  'contextual-warning': good('warning at the top of the form: payees may be out of date', 'contextual-warning-alert', { journal: failedReads(3) }),
  'settings-warning': good('warning on the QuickBooks settings page', 'settings-warning-alert', { journal: failedReads(2) }),
  'error-toast': good('error toast naming the app with a next step', 'error-toast'),
  'toast-vanishes': good('error toast that hides itself after a second', 'error-toast'),
  'warning-toast': good('warning toast about stale vendors', 'warning-toast', { journal: failedReads(2) }),
  'dialog': good('blocking dialog explaining the failure', 'full-page-modal'),
  'inline-other': good('inline message on a reports page', 'error-message-other'),
  'workflow': good('failed run in the workflow history with a retry', 'workflow-error'),
  'connection-status': good('"Connection lost" badge with a sentence giving the next step beside it', 'connection-status'),
  // Hard cases: timing and visibility.
  'slow-then-toast': good('spinner for 1.3 s, then an error toast', 'error-toast', { journal: failedReads(3, 400) }),
  'offscreen-alert': bad('alert below the fold, outside the viewport', 'helpful-error', { expected: helpful('contextual-error-alert'), findings: ['visible'], journal: failedReads(3) }),
} satisfies Record<string, Behaviour>;

/** A behaviour's page id. */
export type BehaviourId = keyof typeof behaviours;
