import { libraryCases } from './case.ts';

/** Material UI pages, every behaviour: Alert, Snackbar, Dialog, Skeleton, LinearProgress, Chip, Button `loading`, TextField errors. */
export const muiCases = libraryCases('mui', '@mui/material');
