import { libraryCases } from './case.ts';

/** Mantine 7 pages, every behaviour (held out: see HOLDOUT.md): Alert, notifications, Modal, Loader, Skeleton, Progress, Badge, TextInput error, Button loading. */
export const mantineCases = libraryCases('mantine', '@mantine/core');
