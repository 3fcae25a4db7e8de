import type { ShownMessage } from './dom-snapshot.ts';
import type { Observation } from './observe.ts';

/** A message with the time it was first seen (ms since the user's action). */
export type SeenMessage = ShownMessage & { t: number };

/** A native `alert()`/`confirm()` as a shown message: blocking, announced, painted. */
function nativeDialogMessage(d: Observation['nativeDialogs'][number]): SeenMessage {
  const failure = /\b(error|failed|unable|couldn'?t|could not|cannot|trouble|problem|went wrong|unavailable)\b/i.test(d.text);
  const success = /\b(created|saved|success(fully)?|done|completed|sent|added|updated)\b/i.test(d.text);
  return {
    source: 'dialog', role: `native-${d.type}`, text: d.text, tone: failure ? 'error' : success ? 'success' : 'error',
    inForm: false, scope: null, aboveFields: false, inViewport: true, painted: true, floating: true, announced: true,
    emptyState: false, region: null, inRow: false, nextStepControl: false, settingsPage: false, selector: `native ${d.type}()`, t: d.t,
  };
}

/** Every distinct message seen during the observation, first sighting kept (a toast may be gone by the end). */
export function messagesSeen(observation: Observation): SeenMessage[] {
  const byText = new Map<string, SeenMessage>();
  for (const snap of observation.timeline) {
    for (const m of snap.messages) {
      const known = byText.get(m.text);
      // Keep the first sighting, but remember it was in view, painted and announced at some point (an alert
      // scrolled into view, a toast or dialog that fades in from opacity 0, a toast whose words an announcer
      // region reads out a moment later). The same words first heard from a hidden announcer and then painted
      // elsewhere (a toast) are placed where they are painted, from the time they were first announced.
      if (!known) byText.set(m.text, { ...m, t: snap.t });
      else if (!known.painted && m.painted) byText.set(m.text, { ...m, t: known.t, inViewport: known.inViewport || m.inViewport, announced: known.announced || m.announced });
      else {
        if (!known.inViewport && m.inViewport) known.inViewport = true;
        if (!known.announced && m.announced) known.announced = true;
      }
    }
  }
  // A floating message shown and then gone from a later look of the same page went away by itself: the user does
  // nothing while observed. It was transient, a toast, whether or not the product announced it (Fluent's toaster
  // skips its announcement under load) or gave it a close control.
  observation.timeline.forEach((snap, i) => {
    for (const m of snap.messages) {
      const known = byText.get(m.text);
      if (!known || !m.floating || known.transient) continue;
      if (observation.timeline.slice(i + 1).some((later) => later.url === snap.url && !later.messages.some((n) => n.text === m.text))) known.transient = true;
    }
  });
  // A message shown and gone again between two looks (a toast removed after a second, under load), from the time
  // it appeared; one gone before the user's action is not part of this observation. Words the looks only heard
  // from a hidden announcer were painted by the departed toast: it is placed there, announced.
  for (const snap of observation.timeline) {
    for (const { shownAt, departedAt, ...m } of snap.departed ?? []) {
      const known = byText.get(m.text);
      if (departedAt < observation.startedAt || (known && (known.painted || !m.painted))) continue;
      const t = Math.max(0, shownAt - observation.startedAt);
      byText.set(m.text, known
        ? { ...m, transient: m.floating, t: Math.min(known.t, t), announced: known.announced || m.announced, inViewport: known.inViewport || m.inViewport }
        : { ...m, transient: m.floating, t });
    }
  }
  for (const d of observation.nativeDialogs ?? []) if (!byText.has(d.text)) byText.set(d.text, nativeDialogMessage(d));
  return [...byText.values()].sort((a, b) => a.t - b.t);
}

/** Failure or warning messages: what tells the user something did not work. */
export const isFailure = (m: ShownMessage) => m.tone === 'error' || m.tone === 'warning' || (m.source === 'dialog' && m.tone !== 'success' && m.tone !== 'info');
