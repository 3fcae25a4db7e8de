import { libraryCases } from './case.ts';

/**
 * PatternFly 6 pages (held out, sixth round: see HOLDOUT.md), every behaviour: Alert (inline, in a FormAlert, toasts in
 * an AlertGroup isToast), EmptyState, Spinner, Skeleton, Progress, Modal, FormGroup + HelperText error, Button
 * isLoading, Label, Card, Table (@patternfly/react-table), Switch.
 */
export const patternflyCases = libraryCases('patternfly', '@patternfly/react-core');
