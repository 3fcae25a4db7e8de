// What the guided page says when QuickBooks can't be reached, in the case study's content template.
// (The legacy page's generic words live in the HTML, in #page-error.)

/** Summary and impact for a temporary outage: we take the blame and say what can't be done. */
const TEMPORARY = {
  title: "We're having trouble connecting to QuickBooks right now.",
  body:
    "Until a connection is reestablished, we won't be able to create expenses in QuickBooks. " +
    'This is due to a temporary issue with our connection, and it will most likely need no action on your part to resolve.',
};

/** Alert copy by failure reason (from the backend) and by when it happened: opening the form or creating. */
export const ALERTS = {
  unavailable: {
    load: { ...TEMPORARY, next: 'Please try again later.' },
    submit: {
      ...TEMPORARY,
      next: "Please try again later. Everything you entered is still here, and trying again won't create a duplicate expense.",
    },
  },
  disconnected: {
    load: {
      title: 'QuickBooks is disconnected from Integrations Hub.',
      body: "We can't create expenses in QuickBooks until it's reconnected.",
      next: 'Ask an admin of your QuickBooks company to reconnect it, then try again.',
    },
  },
  // The create got no answer (reset or timeout): QuickBooks may have applied it. The page keeps the
  // requestid, so Create again gets QuickBooks' first answer back instead of a second expense.
  unconfirmed: {
    submit: {
      title: TEMPORARY.title,
      body: "QuickBooks may have created this expense before the connection dropped, and we couldn't confirm it. " + TEMPORARY.body,
      next: 'Everything you entered is still here. Click Create again later: if the expense already exists we find it without repeating it, so nothing will be created twice.',
    },
  },
  rejected: {
    submit: {
      title: "QuickBooks didn't accept this expense.",
      body: 'Check the payee, accounts, date and amount. Everything you entered is still here.',
      next: 'If it keeps happening, please contact support.',
    },
  },
};

/** The alert for a reason and moment, falling back to the temporary-trouble wording. */
export function alertCopy(reason, moment) {
  return ALERTS[reason]?.[moment] ?? ALERTS[reason]?.load ?? ALERTS.unavailable[moment];
}

/** The message under a field whose QuickBooks options could not be loaded ({App} {object} ... unavailable). */
export function fieldMessage(objectName, reason) {
  return reason === 'disconnected'
    ? `QuickBooks ${objectName} selection is unavailable until QuickBooks is reconnected.`
    : `QuickBooks ${objectName} selection is temporarily unavailable.`;
}

/**
 * The case study's template for any app and action: summary, impact, next step. `reason` is the backend's
 * failure reason: `unavailable` (temporary), `disconnected` (the token was refused), `rejected` (the app said no).
 * @example copyFor('unavailable', 'Slack', 'create channels in Slack')
 */
export function copyFor(reason, app, action, next = 'Please try again later.') {
  if (reason === 'disconnected') {
    return {
      title: `${app} is disconnected from Integrations Hub.`,
      body: `We can't ${action} until it's reconnected.`,
      next: `Ask an admin to reconnect ${app} on the Integrations page, then try again.`,
    };
  }
  if (reason === 'rejected') {
    return { title: `${app} didn't accept this change.`, body: `We weren't able to ${action}.`, next: 'Check the details and try again. If it keeps happening, please contact support.' };
  }
  return {
    title: `We're having trouble connecting to ${app} right now.`,
    body:
      `Until a connection is reestablished, we won't be able to ${action}. ` +
      'This is due to a temporary issue with our connection, and it will most likely need no action on your part to resolve.',
    next,
  };
}
