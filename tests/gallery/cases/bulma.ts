import { libraryCases } from './case.ts';

/**
 * Bulma 1 pages, every behaviour (held out, sixth round: see HOLDOUT.md): CSS only, plain HTML with the docs' markup and
 * the small page JS they leave to the product: notification (in the page, and pinned in the viewport's corner for
 * toasts, the use its docs name), message, input is-danger + help is-danger, control is-loading, progress, skeleton
 * elements, modal card, button is-loading, tag, card, table, hero/content empty states. No roles or ARIA beyond the docs'.
 */
export const bulmaCases = libraryCases('bulma', 'bulma');
