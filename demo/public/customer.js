// A customer's record page: its details and balance come from QuickBooks (the page depends on it), its invoices
// panel too. Legacy: a failed load leaves the spinner forever; failed invoices are retried silently, then blank.
// Guided: a full-page empty state when the page can't load, a half-page one when only the invoices can't.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { el, emptyState, loadingLine, money } from '/ui.js';

const id = decodeURIComponent(location.pathname.split('/').pop());
const record = byId('record');

async function load() {
  record.replaceChildren(loadingLine('Loading the customer from QuickBooks'));
  let data;
  if (guided) {
    try {
      data = await callApi(`/api/customers/${encodeURIComponent(id)}/quickbooks`);
    } catch (error) {
      showPageEmptyState(reasonOf(error));
      return;
    }
  } else {
    // Legacy: no catch, so a failure leaves the spinner up and an unhandled rejection in the console.
    data = await callApi(`/api/customers/${encodeURIComponent(id)}/quickbooks`);
  }
  render(data);
  await loadInvoices();
}

function showPageEmptyState(reason) {
  const retry = el('button', { class: 'button button-primary', type: 'button', text: 'Try again' });
  retry.addEventListener('click', load);
  const back = el('a', { class: 'button button-secondary', href: '/customers', text: 'Back to customers' });
  const copy = copyFor(reason, 'QuickBooks', "show this customer's QuickBooks details");
  record.replaceChildren(emptyState(copy, { scope: 'page', actions: [el('div', { class: 'actions' }, retry, back)] }));
}

function render({ customer, quickbooks }) {
  byId('crumb').textContent = customer.name;
  document.title = `${customer.name} · Integrations Hub`;
  const facts = el('dl', { class: 'facts' },
    el('dt', { text: 'Plan' }), el('dd', { text: customer.plan }),
    el('dt', { text: 'Account owner' }), el('dd', { text: customer.owner }),
    el('dt', { text: 'Email in QuickBooks' }), el('dd', { text: quickbooks?.email ?? '—' }),
    el('dt', { text: 'Open balance' }), el('dd', { text: quickbooks ? money(quickbooks.balance) : '—' }),
  );
  record.replaceChildren(
    el('div', { class: 'page-header' }, el('h1', { text: customer.name }), el('p', { class: 'subtitle', text: `QuickBooks customer #${quickbooks?.id ?? '—'}` })),
    el('div', { class: 'stack' },
      el('section', { class: 'card card-body', 'aria-labelledby': 'details-title' }, el('h2', { id: 'details-title', text: 'Details' }), facts),
      el('section', { id: 'invoices-panel', class: 'card card-body', 'aria-labelledby': 'invoices-title' }, el('h2', { id: 'invoices-title', text: 'QuickBooks invoices' }), el('div', { id: 'invoices-body' })),
    ),
  );
}

async function loadInvoices() {
  const body = byId('invoices-body');
  if (!guided) {
    // Legacy: no spinner, no message; the backend retried in silence and may answer with nothing.
    body.replaceChildren();
    const data = await callApi(`/api/customers/${encodeURIComponent(id)}/invoices`).catch(() => null);
    if (data) renderInvoices(data);
    return;
  }
  body.replaceChildren(loadingLine('Loading QuickBooks invoices'));
  try {
    renderInvoices(await callApi(`/api/customers/${encodeURIComponent(id)}/invoices`));
  } catch (error) {
    const retry = el('button', { class: 'button button-secondary', type: 'button', text: 'Try again' });
    retry.addEventListener('click', loadInvoices);
    body.replaceChildren(emptyState(copyFor(reasonOf(error), 'QuickBooks', "show this customer's invoices"), { scope: 'section', actions: [retry] }));
  }
}

function renderInvoices({ invoices }) {
  const rows = invoices.map((i) => el('tr', {}, el('td', { text: i.number }), el('td', { text: i.date }), el('td', { text: i.due ?? '—' }), el('td', { class: 'num', text: money(i.total) }), el('td', { class: 'num', text: money(i.balance) })));
  const table = el('table', { class: 'table' }, el('thead', {}, el('tr', {}, ...['Invoice', 'Date', 'Due', 'Total', 'Balance'].map((h) => el('th', { scope: 'col', text: h })))), el('tbody', {}, ...rows));
  byId('invoices-body').replaceChildren(invoices.length ? table : el('p', { class: 'muted', text: 'This customer has no invoices yet.' }));
}

load();
