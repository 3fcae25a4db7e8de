import { libraryCases } from './case.ts';

/**
 * Foundation 6 pages (foundation-sites 6.9 with jQuery 3.7 and what-input; held out, eighth round: see HOLDOUT.md):
 * plain HTML with the docs' markup, started by `$(document).foundation()`: Callout (closable with data-closable and
 * the close button; no role), Abide (data-abide form, form-error to which Abide gives role=alert, the data-abide-error
 * global error shown in the docs' Error State, a field marked through Abide's addErrorClasses with aria-invalid),
 * Reveal (role=dialog), Progress Bar (role=progressbar), disabled Button, Label, Card, Table, XY grid. Foundation has
 * no toast component (the toasts are closable callouts pinned in the viewport's corner by the product) and no
 * spinner, skeleton or empty-state component: "spinner that never stops" and "skeleton loaders that never fill in"
 * have nothing of Foundation's to render them with, so those two behaviours are not rendered.
 */
export const foundationCases = libraryCases('foundation', 'foundation-sites', {
  except: ['stuck-spinner', 'stuck-skeleton'],
});
