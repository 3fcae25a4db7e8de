import { libraryCases } from './case.ts';

/**
 * Radix Themes 3 pages, every behaviour (held out, fourth round: see HOLDOUT.md): Callout (role alert on the error
 * callouts, as Radix's "As alert" example), Radix Toast primitive toasts, Spinner, Skeleton, Progress, AlertDialog,
 * TextField marked invalid, Button with a Spinner, Badge, Card, Table.
 */
export const radixCases = libraryCases('radix', '@radix-ui/themes');
