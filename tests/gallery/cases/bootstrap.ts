import { libraryCases } from './case.ts';

/** Bootstrap 5 pages, every behaviour: alerts, toasts and modal through its JS, spinners, progress, placeholders, badges, validation feedback. */
export const bootstrapCases = libraryCases('bootstrap', 'bootstrap');
