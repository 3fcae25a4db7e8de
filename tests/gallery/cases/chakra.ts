import { libraryCases } from './case.ts';

/** Chakra UI v3 pages, every behaviour (held out: see HOLDOUT.md): Alert, toaster, Dialog, EmptyState, Spinner, Progress, Skeleton, Field, Badge. */
export const chakraCases = libraryCases('chakra', '@chakra-ui/react');
