import { libraryCases } from './case.ts';

/**
 * UI5 Web Components 2 pages (held out, eighth round: see HOLDOUT.md), every behaviour: web components in shadow
 * roots from @ui5/webcomponents and @ui5/webcomponents-fiori, used from plain HTML: ui5-message-strip, ui5-toast
 * (also for the error and warning toasts, which UI5's usage notes advise against), ui5-busy-indicator,
 * ui5-progress-indicator, ui5-dialog, ui5-input with value-state and the valueStateMessage slot, ui5-button
 * (loading), ui5-tag, ui5-table, ui5-card (its loading state stands in for the skeleton: UI5 has no skeleton
 * component), ui5-switch, ui5-title and fiori's ui5-illustrated-message. No roles or ARIA beyond the components' own.
 */
export const ui5Cases = libraryCases('ui5', '@ui5/webcomponents');
