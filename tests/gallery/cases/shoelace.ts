import { libraryCases } from './case.ts';

/**
 * Shoelace 2 pages, every behaviour (held out, fifth round: see HOLDOUT.md): web components in shadow roots, used from
 * plain HTML: sl-alert (open, and toast()), sl-spinner, sl-skeleton, sl-progress-bar, sl-dialog, sl-input with
 * setCustomValidity and help text, sl-button loading, sl-badge, sl-card; plain tables.
 */
export const shoelaceCases = libraryCases('shoelace', '@shoelace-style/shoelace');
