import { libraryCases } from './case.ts';

/**
 * React Suite 6 pages (rsuite 6.2.4), every behaviour (held out, eleventh round: see HOLDOUT.md): Message for the
 * in-page alerts, `toaster.push` with Notification (errors, warnings) and Message (successes) for the toasts, Form with
 * Form.Control `errorMessage` (aria-invalid + aria-errormessage), Loader, Placeholder.Paragraph, Progress.Line, Modal,
 * Button `loading`, Tag, Table (rsuite-table, `renderEmpty` for the empty payee list), Card, Panel. rsuite has no
 * empty-state or result component, so the unavailable panels are the product's own Heading, Text and Button.
 */
export const rsuiteCases = libraryCases('rsuite', 'rsuite');
