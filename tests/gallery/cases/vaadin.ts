import { libraryCases } from './case.ts';

/**
 * Vaadin 25 pages (held out, tenth round: see HOLDOUT.md): the @vaadin/* web components 25.3 in shadow roots and
 * overlays, used from plain HTML/JS with the Lumo theme: vaadin-notification (Notification.show, and the element with
 * a renderer and a close button), vaadin-progress-bar (indeterminate for the busy state: Vaadin has no spinner),
 * vaadin-select and vaadin-text-field in vaadin-form-layout (invalid + error-message), vaadin-button,
 * vaadin-confirm-dialog, vaadin-grid (its empty-state slot), vaadin-card, Lumo badges, vaadin-icon with @vaadin/icons,
 * the layouts; the in-page alerts and unavailable panels are the product's own, from Lumo's utility classes (Vaadin
 * has no alert or empty-state component). No roles or ARIA beyond the components' own and their docs'.
 * Left out: the skeleton page, as Vaadin has no skeleton component nor a documented loading placeholder (a
 * vaadin-grid waiting on its data provider hides its rows' content and shows nothing in their place).
 */
export const vaadinCases = libraryCases('vaadin', '@vaadin/notification', { except: ['stuck-skeleton'] });
