import { libraryCases } from './case.ts';

/**
 * UIkit 3 pages (the uikit package), every behaviour (held out, seventh round: see HOLDOUT.md): plain HTML with the
 * docs' markup, started by UIkit's own JS: Alert (uk-alert, no role), Notification (UIkit.notification, role=alert,
 * timeout 0 for sticky), Modal (uk-modal shown with UIkit.modal().show(), role=dialog), Spinner (role=status),
 * Progress, stacked Form with uk-form-danger + a uk-text-danger message, Button, Label, Card, Table, List, Section.
 * UIkit has no skeleton, empty-state or loading-button component: the skeleton page shows a Spinner in the table it
 * waits to fill, the empty states are Section/Card content, the saving button a disabled button with a Spinner.
 */
export const uikitCases = libraryCases('uikit', 'uikit');
