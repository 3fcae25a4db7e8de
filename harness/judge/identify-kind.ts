import type { DomSnapshot, ShownMessage } from './dom-snapshot.ts';

/**
 * Which prescribed response kind (taxonomy.md section 2) a helpful message is, from where and how it is shown.
 */
export function identifyKind(message: ShownMessage, final: DomSnapshot): { kind: string; why: string } {
  const warning = message.tone === 'warning';
  if (message.source === 'dialog') return { kind: 'full-page-modal', why: 'shown in a dialog' };
  if (/\bconnection lost\b|\blost connection\b/i.test(message.text) && !message.inForm) {
    return { kind: 'connection-status', why: 'a connection-lost status outside any form' };
  }
  if (message.inForm && message.aboveFields) {
    const marked = final.invalidFields.length > 0 ? `, ${final.invalidFields.length} field(s) marked invalid` : '';
    return warning
      ? { kind: 'contextual-warning-alert', why: `a warning at the top of the form${marked}` }
      : { kind: 'contextual-error-alert', why: `an error alert at the top of the form${marked}` };
  }
  if (message.floating && (message.role === 'alert' || message.role === 'status' || message.source === 'live')) {
    return warning ? { kind: 'warning-toast', why: 'a floating warning toast' } : { kind: 'error-toast', why: 'a floating error toast' };
  }
  return { kind: 'error-message-other', why: 'an inline message outside a form' };
}
