import { libraryCases } from './case.ts';

/**
 * Cloudscape pages (held out, seventh round: see HOLDOUT.md), every behaviour: Alert (inline, at the top of a Form's
 * content), Flashbar (the page's notifications at the top of the content, ariaRole alert/status as the docs ask for
 * messages added after load), Form + FormField errorText (Input invalid), StatusIndicator loading, ProgressBar,
 * Skeleton with a hidden LiveRegion, Modal, Button loading, StatusIndicator, Table (empty slot), Cards, Container, Box
 * empty states, Toggle. No roles or ARIA beyond the components' own and the docs'.
 */
export const cloudscapeCases = libraryCases('cloudscape', '@cloudscape-design/components');
