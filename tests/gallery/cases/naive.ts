import { libraryCases } from './case.ts';

/**
 * Naive UI 2 pages (Vue 3), every behaviour (held out, eighth round: see HOLDOUT.md): NAlert, useMessage and
 * useNotification (inside NMessageProvider and NNotificationProvider), NResult, NEmpty, NSpin, NSkeleton, NProgress,
 * NModal's dialog preset, NForm rules and NFormItem `validation-status`/`feedback`, NButton loading, NTag, NCard,
 * NDataTable, NSwitch.
 */
export const naiveCases = libraryCases('naive', 'naive-ui');
