import { libraryCases } from './case.ts';

/**
 * IBM Carbon pages, every behaviour (held out: see HOLDOUT.md): InlineNotification, ToastNotification,
 * ActionableNotification, Modal, Loading, InlineLoading, ProgressBar, SkeletonText, Tag, Tile, TextInput invalid.
 */
export const carbonCases = libraryCases('carbon', '@carbon/react');
