import { libraryCases } from './case.ts';

/**
 * Element Plus 2 pages (Vue 3), every behaviour (held out, sixth round: see HOLDOUT.md): ElAlert, ElMessage and
 * ElNotification, ElEmpty, ElResult, v-loading, ElSkeleton, ElProgress, ElDialog, ElForm validation rules and
 * ElFormItem `error`, ElButton loading, ElTag, ElCard, ElTable, ElSwitch.
 */
export const elementplusCases = libraryCases('elementplus', 'element-plus');
