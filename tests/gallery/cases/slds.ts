import { libraryCases } from './case.ts';

/**
 * Salesforce Lightning Design System pages (held out, fifth round: see HOLDOUT.md), every behaviour: Alert, Toast,
 * Scoped Notification, Spinner, Progress Bar, Prompt, Form Element error, Badge, Card, Data Table, Illustration, and
 * Files in their loading state for the skeleton page (SLDS has no skeleton component).
 */
export const sldsCases = libraryCases('slds', '@salesforce-ux/design-system');
