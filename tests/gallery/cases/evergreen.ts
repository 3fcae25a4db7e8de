import { libraryCases } from './case.ts';

/**
 * Evergreen 7 pages (Segment's evergreen-ui), every behaviour (held out, fifth round: see HOLDOUT.md): Alert, InlineAlert,
 * toaster, Spinner, Dialog, TextInputField isInvalid + validationMessage, Button isLoading, Badge, Card, Table, EmptyState.
 * Evergreen has no skeleton or progress component: the skeleton page shows a Spinner in the table it waits to fill
 * (what Evergreen's docs use for loading), the progress page the platform's `<progress>` element.
 */
export const evergreenCases = libraryCases('evergreen', 'evergreen-ui');
