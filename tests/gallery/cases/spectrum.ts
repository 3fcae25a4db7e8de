import { libraryCases } from './case.ts';

/**
 * React Spectrum pages, every behaviour (held out, fifth round: see HOLDOUT.md): InlineAlert, ToastContainer +
 * ToastQueue, ProgressCircle, ProgressBar, DialogContainer + AlertDialog, TextField isInvalid + errorMessage, Button
 * isPending, StatusLight, View, TableView (loadingState, renderEmptyState), IllustratedMessage.
 */
export const spectrumCases = libraryCases('spectrum', '@adobe/react-spectrum');
