import { libraryCases } from './case.ts';

/**
 * GOV.UK Design System pages (held out: see HOLDOUT.md): error summary, error message, notification banner, warning
 * text, panel, tag, table. GOV.UK has no toast, modal, spinner, progress bar or skeleton component.
 */
export const govukCases = libraryCases('govuk', 'govuk-frontend', {
  except: ['error-toast', 'toast-vanishes', 'warning-toast', 'slow-then-toast', 'dialog', 'stuck-spinner', 'stuck-progress', 'stuck-skeleton'],
});
