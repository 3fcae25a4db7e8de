import { libraryCases } from './case.ts';

/**
 * Atlaskit pages, the Atlassian Design System (held out, eighth round: see HOLDOUT.md), every behaviour: Flag shown
 * through FlagsProvider/useFlags (the app's flag group; success flags auto-dismiss), SectionMessage, Form with Field,
 * Textfield isInvalid and ErrorMessage, EmptyState, Spinner, ProgressBar, Skeleton, ModalDialog, Button isLoading,
 * Lozenge, DynamicTable (its emptyView), Heading and the layout primitives. No roles or ARIA beyond the components'
 * own and the docs'.
 */
export const atlaskitCases = libraryCases('atlaskit', '@atlaskit/flag');
