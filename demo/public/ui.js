// Building blocks the pages share: toasts, alerts, empty states, dialogs. Plain DOM, correct ARIA.

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};
export { el };

/** Shows a toast at the top right for `ms` (then removes it). `tone`: error | warning | success. */
export function showToast(text, { tone = 'success', ms = 8000 } = {}) {
  const region = document.getElementById('toasts');
  const toast = el('div', { class: `toast toast-${tone}`, role: tone === 'success' ? 'status' : 'alert' }, el('p', { text }));
  region.append(toast);
  setTimeout(() => toast.remove(), ms);
  return toast;
}

/** An alert block (title, body, next step, optional buttons) for the top of a form or panel. */
export function alertBlock({ title, body, next }, { tone = 'error', actions = [] } = {}) {
  return el(
    'div',
    { class: `alert alert-${tone}`, role: 'alert' },
    el('div', { class: 'alert-content' }, el('p', { class: 'alert-title', text: title }), el('p', { text: body }), next ? el('p', { text: next }) : null, ...actions),
  );
}

/** An empty state that replaces a page's or a panel's content: heading, explanation, next step. */
export function emptyState({ title, body, next }, { scope = 'page', actions = [] } = {}) {
  return el(
    'section',
    { class: `empty-state empty-state-${scope}`, role: 'alert', 'data-empty-state': scope },
    el(scope === 'page' ? 'h1' : 'h3', { class: 'empty-state-title', text: title }),
    el('p', { text: body }),
    next ? el('p', { text: next }) : null,
    ...actions,
  );
}

/** A blocking modal dialog (native `<dialog>` shown with `showModal`), closed by its button. */
export function showDialog({ title, body, next }, { closeLabel = 'Close' } = {}) {
  const id = `dialog-title-${Date.now()}`;
  const close = el('button', { class: 'button button-primary', type: 'button', text: closeLabel });
  const dialog = el('dialog', { class: 'modal', 'aria-labelledby': id }, el('h2', { id, text: title }), el('p', { text: body }), next ? el('p', { text: next }) : null, el('div', { class: 'modal-actions' }, close));
  close.addEventListener('click', () => { dialog.close(); dialog.remove(); });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** A spinner line with `role=progressbar` and a label. */
export function loadingLine(label) {
  return el('div', { class: 'loading', role: 'progressbar', 'aria-label': label }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), ` ${label}…`);
}

/** A money amount as the pages show it, e.g. `$1,200.00`. */
export const money = (amount) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
