import { libraryCases } from './case.ts';

/**
 * Arco Design (@arco-design/web-react 2.66.16, ByteDance's React system, its `dist/css/arco.css`) pages, every
 * behaviour: Alert (`type` error|warning, the message as `content`) at the top of the forms and pages; the static
 * Message (`Message.error|warning|success({ content, duration })`, `duration: 0` to stay, 1000 ms for the vanishing
 * one) and Notification (`Notification.error|success({ title, content, duration: 0 })`) APIs for toasts; Form with
 * `form.setFields({ payee: { error: { message } } })` for the invalid payee; Input `status="error"` with aria-invalid
 * outside a Form; Modal (`visible`, not closable, no mask close) for the blocking dialog; Result (`status` success and
 * warning) for the worded success and the full-page panel; Empty in a Card for the false empty list and the card's
 * unavailable state; Spin (`tip`, wrapping the form) and Button `loading` for the busy states; Progress at 40 %;
 * Skeleton (`animation`, text rows); Table with Tag (red, green) for the workflow; Badge (`status`, `text`) for the
 * connection. Only the ARIA the components render, plus the product's `aria-label`s on the form and switch.
 */
export const arcoCases = libraryCases('arco', '@arco-design/web-react');
