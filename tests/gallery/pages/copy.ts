// The words the gallery's pages show, shared by every library's pages (one behaviour, the same copy).
export { staleTemplate, template } from '../../judge/gallery.ts';

/** The content template for a failed read (the invoices list). */
export const loadTemplate = "We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.";
/** Heading of the full-page "temporarily unavailable" panel (issue 11, class 3). */
export const unavailableHeading = 'QuickBooks invoices are temporarily unavailable';
/** The settings page's warning. */
export const settingsWarning = "The settings shown may be out of date. We're having trouble connecting to QuickBooks right now, so changes can't be saved. Please try again later.";
/** The short message next to the payee field. */
export const fieldMessage = 'QuickBooks payee selection is temporarily unavailable.';
/** A message that names nothing and gives no useful step. */
export const genericMessage = 'An error occurred. Please try refreshing the page. If the problem continues, please contact support.';
/** A raw HTTP error. */
export const codeMessage = 'Error 503: Service Unavailable';
/** The error shown when the invoice was created but sending it failed. */
export const partlyWorkedMessage = 'Something went wrong creating your invoice. Please try again.';
/** A success claim for a two-step flow whose second step failed. */
export const partlySucceededMessage = 'Invoice created and sent to Acme.';
/** A plain success claim. */
export const savedMessage = 'Expense saved.';
/** A success claim without the usual words (issue 11, class 2). */
export const meetingMessage = 'Meeting scheduled. Invitations are on their way.';
/** A false empty list. */
export const noPayeesMessage = 'No payees found. Add a payee in QuickBooks first.';
/** The badge and the sentence beside it (issue 11, class 4). */
export const connectionLostBadge = 'Connection lost';
/** The sentence beside the badge: the impact and the next step. */
export const connectionLostSentence = "We've temporarily lost connection with QuickBooks. Until a connection is reestablished, invoices won't sync between QuickBooks and Integrations Hub. Be sure to check any automatic workflows related to QuickBooks to make sure they successfully went through.";
/** The 3rd party's own app failing. */
export const thirdPartyMessage = 'We could not install the app.';
/** The console error of the console-only page. */
export const consoleError = 'Failed to load vendors: 503';
/** The blocking dialog's title. */
export const dialogTitle = "Expenses can't be created in QuickBooks right now";
