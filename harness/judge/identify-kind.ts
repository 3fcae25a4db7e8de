import type { DomSnapshot, ShownMessage } from './dom-snapshot.ts';

const CONNECTION_LOST = /\bconnection lost\b|\blost connection\b/i;

/**
 * Which prescribed response kind (taxonomy.md section 2) a helpful message is, from where and how it is
 * shown: a dialog, an empty state replacing the page or one panel, a failed run in a history list, a
 * connection status, a settings-page warning, an alert at the top of a form, a floating toast, or other.
 * @example identifyKind(alertAboveFields, finalSnapshot) // { kind: 'contextual-error-alert', why: 'an error alert at the top of the form, 1 field(s) marked invalid' }
 */
export function identifyKind(message: ShownMessage, final: DomSnapshot): { kind: string; why: string } {
  const warning = message.tone === 'warning';
  if (message.source === 'dialog') return { kind: 'full-page-modal', why: `shown in a blocking dialog (${message.role})` };
  // A connection card saying "connection lost" is a status, not a panel replaced by an empty state.
  if (message.emptyState && !(message.emptyFrom === 'panel' && CONNECTION_LOST.test(message.readText ?? message.text))) {
    return message.region === 'section'
      ? { kind: 'half-page-empty-state', why: 'an empty state replacing one panel while the rest of the page works' }
      : { kind: 'full-page-empty-state', why: 'an empty state replacing the main content' };
  }
  // A floating list item is a toast in its stack (Fluent's Toaster is a role=list), not a run in a history.
  if (message.inRow && message.nextStepControl && !warning && !message.floating) {
    return { kind: 'workflow-error', why: 'a run marked failed in a list, with a retry control in its row' };
  }
  if (CONNECTION_LOST.test(message.text) && !message.inForm) {
    return { kind: 'connection-status', why: 'a connection-lost status outside any form' };
  }
  if (message.settingsPage && !message.floating) {
    return { kind: 'settings-warning-alert', why: 'an alert on the integration settings page' };
  }
  // A flash notification: in the page's flow above its main heading, announced and dismissible, outside any form
  // (an app layout's notifications area): the page's temporary notification, not the alert of the form below it.
  if (message.pageNotice) {
    return warning ? { kind: 'warning-toast', why: 'a dismissible warning notification above the page heading' } : { kind: 'error-toast', why: 'a dismissible error notification above the page heading' };
  }
  const marked = final.invalidFields.length > 0 ? `, ${final.invalidFields.length} field(s) marked invalid` : '';
  const near = message.nearField;
  // Contextual as the user sees it: just above the field whose data failed or the control they acted on
  // (or linked to that field by aria-describedby/aria-errormessage), whatever the markup around it.
  if (near && near.above && !message.floating) {
    const where = `${near.gap} px above ${near.what}`;
    return warning
      ? { kind: 'contextual-warning-alert', why: `a warning ${where}${marked}` }
      : { kind: 'contextual-error-alert', why: `an error alert ${where}${marked}` };
  }
  if ((message.inForm || message.scope) && message.aboveFields && !message.floating) {
    return warning
      ? { kind: 'contextual-warning-alert', why: `a warning at the top of the form${marked}` }
      : { kind: 'contextual-error-alert', why: `an error alert at the top of the form${marked}` };
  }
  // A floating message is a toast when announced, when the product's config names it a toast (role status), when
  // the user can dismiss it (a close control in its toast-sized box: a CSS-only system's notification pinned to a
  // corner of the viewport, no role), when it went away by itself while observed (transient), or when it sits in a
  // design system's toast component (Fluent's toaster, before it announces); the `announced` placement rule still
  // reports a missing role.
  if (message.floating && (message.announced || message.role === 'status' || message.dismissible || message.transient || message.toastComponent)) {
    return warning ? { kind: 'warning-toast', why: 'a floating warning toast' } : { kind: 'error-toast', why: 'a floating error toast' };
  }
  return { kind: 'error-message-other', why: 'an inline message outside a form' };
}
