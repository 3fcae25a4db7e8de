import { libraryCases } from './case.ts';

/**
 * Ionic 8 pages (held out, sixth round: see HOLDOUT.md), every behaviour: @ionic/core's custom elements (most render in
 * shadow roots) inside ion-app/ion-content, used from plain HTML: ion-toast (toastController), ion-alert
 * (alertController), ion-loading (loadingController), ion-spinner, ion-skeleton-text, ion-progress-bar, ion-input with
 * error-text and the ion-invalid/ion-touched classes, ion-button, ion-badge, ion-card (colored cards hold the in-page
 * messages: Ionic has no inline alert or empty-state component), ion-list/ion-item, ion-toggle.
 */
export const ionicCases = libraryCases('ionic', '@ionic/core');
