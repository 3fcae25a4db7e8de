import { libraryCases } from './case.ts';

/**
 * Vuetify 4 pages (Vue 3), every behaviour (held out, seventh round: see HOLDOUT.md): VAlert, VSnackbar, VEmptyState,
 * VOverlay with VProgressCircular, VSkeletonLoader, VProgressLinear, VDialog, VForm rules and VTextField
 * `error-messages`, VBtn loading, VChip, VCard, VDataTable, VSwitch.
 */
export const vuetifyCases = libraryCases('vuetify', 'vuetify');
