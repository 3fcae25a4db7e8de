import { libraryCases } from './case.ts';

/** Fluent UI 9 pages, every behaviour (held out, third round: see HOLDOUT.md): MessageBar, Toast, Dialog, Spinner, Skeleton, ProgressBar, Badge, Field validation, Button disabledFocusable. */
export const fluentCases = libraryCases('fluent', '@fluentui/react-components');
