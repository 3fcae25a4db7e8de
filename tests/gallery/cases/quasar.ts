import { libraryCases } from './case.ts';

/**
 * Quasar 2 pages (quasar 2.34 with Vue 3 and @quasar/extras' fonts), every behaviour (held out, ninth round: see
 * HOLDOUT.md): QBanner, the Notify, Dialog and Loading plugins, QForm with QSelect rules and QSelect's external
 * `error`/`error-message`, QInnerLoading, QSkeleton, QLinearProgress, QBtn loading, QBadge for statuses, QCard,
 * QList/QItem, QTable (its `no-data-label` for the empty list) and QToggle. Quasar has no empty-state component: the
 * unavailable panels are the product's own QIcon, heading, text and QBtn.
 */
export const quasarCases = libraryCases('quasar', 'quasar');
