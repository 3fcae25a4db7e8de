import { libraryCases } from './case.ts';

/**
 * PrimeReact 10 pages, every behaviour (held out, fourth round: see HOLDOUT.md): Messages and Message, Toast,
 * ProgressSpinner, Skeleton, ProgressBar, Dialog, InputText invalid + small error text, Button loading, Tag, Card,
 * DataTable emptyMessage, InputSwitch.
 */
export const primereactCases = libraryCases('primereact', 'primereact');
