import { libraryCases } from './case.ts';

/** Shopify Polaris pages, every behaviour: Banner tones, Toast (Frame), Modal, EmptyState, Spinner, ProgressBar, Skeleton*, Badge, DataTable, TextField errors. */
export const polarisCases = libraryCases('polaris', '@shopify/polaris');
