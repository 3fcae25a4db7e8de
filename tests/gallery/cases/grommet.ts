import { libraryCases } from './case.ts';

/**
 * Grommet 2 pages, every behaviour (held out, fifth round: see HOLDOUT.md): Notification (inline, global, toast),
 * Spinner, Box/Card skeleton, Meter, Layer, Form + FormField error, Button busy, Tag, Card, DataTable placeholder.
 */
export const grommetCases = libraryCases('grommet', 'grommet');
