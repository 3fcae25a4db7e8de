import { libraryCases } from './case.ts';

/**
 * Blueprint 6 pages, every behaviour (held out, third round: see HOLDOUT.md): Callout, OverlayToaster toasts, Spinner,
 * Classes.SKELETON, ProgressBar, Dialog, Alert, FormGroup + InputGroup intent danger, Button loading, Tag,
 * NonIdealState, Card, HTMLTable.
 */
export const blueprintCases = libraryCases('blueprint', '@blueprintjs/core');
