// "Invoice when a deal is won": the action's settings (the optional product dropdown is read from QuickBooks on
// open) and the run history. Legacy: a failed product list reads as "no products", runs always look finished.
// Guided: a warning alert for the optional field, failed runs marked failed with the reason and a retry.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { alertBlock, el, loadingLine } from '/ui.js';

const BASE = '/api/workflows/invoice-on-deal-won';
const form = byId('action-form');
const select = byId('create-like');
const fieldMessage = byId('create-like-message');
let config = null;

async function loadProducts() {
  const slot = byId('action-alert-slot');
  slot.replaceChildren(loadingLine('Loading your QuickBooks products'));
  form.setAttribute('aria-busy', 'true');
  try {
    const { items } = await callApi('/api/quickbooks/items');
    const group = el('optgroup', { label: 'Yes, like an existing QuickBooks product' });
    for (const item of items) group.append(new Option(item.name, item.id));
    select.append(group);
    slot.replaceChildren();
  } catch (error) {
    slot.replaceChildren();
    if (guided) showProductsWarning(reasonOf(error));
    // Legacy treated a failed list like an empty one.
    else select.append(new Option('No products found', '', false, false));
  } finally {
    form.setAttribute('aria-busy', 'false');
    if (config) select.value = config.createIfMissing === 'no' ? '' : config.basedOnItemId || 'new';
  }
}

function showProductsWarning(reason) {
  const copy = copyFor(reason, 'QuickBooks', 'list your QuickBooks products here', 'You can still save this workflow: new products will be priced at the deal amount. Please try again later to pick an existing product.');
  const retry = el('button', { class: 'button button-secondary', type: 'button', text: 'Try again' });
  retry.addEventListener('click', () => { select.querySelector('optgroup')?.remove(); clearWarning(); loadProducts(); });
  byId('action-alert-slot').replaceChildren(alertBlock(copy, { tone: 'warning', actions: [retry] }));
  fieldMessage.textContent = "We can't list your QuickBooks products right now, so this list may be missing some. You can still save; please try again later to pick an existing product.";
  fieldMessage.hidden = false;
  select.setAttribute('aria-describedby', fieldMessage.id);
}

function clearWarning() {
  byId('action-alert-slot').replaceChildren();
  fieldMessage.hidden = true;
  select.removeAttribute('aria-describedby');
}

async function saveConfig(event) {
  event.preventDefault();
  const value = select.value;
  const body = { productName: byId('product-name').value, createIfMissing: value ? 'yes' : 'no', basedOnItemId: value && value !== 'new' ? value : '' };
  const status = byId('action-status');
  try {
    ({ config } = await callApi(`${BASE}/config`, { method: 'PUT', body: JSON.stringify(body) }));
    status.textContent = 'Workflow saved.';
  } catch {
    status.textContent = "The workflow wasn't saved. Check the product name and try again.";
  }
}

function renderRuns(runs) {
  byId('runs-none').hidden = runs.length > 0;
  byId('runs').replaceChildren(...runs.map(runRow));
}

function runRow(run) {
  const cell = el('td', {});
  if (run.status === 'failed') {
    // One sentence per failed run, so the status and its reason are read together.
    const retry = el('button', { class: 'button button-secondary', type: 'button', text: 'Retry run' });
    retry.addEventListener('click', () => retryRun(run.id));
    cell.append(el('p', { class: 'run-status run-status-failed', 'data-run-status': 'failed', text: failureText(run) }), retry);
  } else {
    const label = run.status === 'running' ? 'Running' : 'Completed';
    cell.append(el('span', { class: `run-status run-status-${run.status}`, 'data-run-status': run.status, text: label }));
    if (run.status === 'running') cell.prepend(el('span', { class: 'spinner', 'aria-hidden': 'true' }));
  }
  // The failed step is named in the run's status sentence; the list marks it with its marker only.
  const steps = el('ol', { class: 'run-steps' }, ...run.steps.map((s) => el('li', { class: `step-${s.status}`, text: s.name })));
  return el('tr', { 'data-run': run.id }, el('td', { text: run.id }), el('td', { text: run.deal }), el('td', { text: new Date(run.startedAt).toLocaleTimeString() }), cell, el('td', {}, steps));
}

function failureText(run) {
  const copy = copyFor(run.failure.reason, 'QuickBooks', 'finish this run');
  const done = run.steps.filter((s) => s.status === 'done').length;
  const partial = done > 0 ? ` ${done} of its steps finished; retrying completes the rest without repeating them.` : ' Retry the run later: nothing will be created twice.';
  return `Failed at "${run.failure.step}". ${copy.title} We couldn't finish this run.${partial}`;
}

async function runNow() {
  const button = byId('run-now');
  button.disabled = true;
  const pending = { id: '…', deal: 'Test deal', startedAt: new Date().toISOString(), status: 'running', steps: [] };
  const { runs } = await callApi(BASE);
  renderRuns([pending, ...runs]);
  try {
    await callApi(`${BASE}/runs`, { method: 'POST' });
  } finally {
    button.disabled = false;
    renderRuns((await callApi(BASE)).runs);
  }
}

async function retryRun(id) {
  await callApi(`${BASE}/runs/${encodeURIComponent(id)}/retry`, { method: 'POST' }).catch(() => null);
  renderRuns((await callApi(BASE)).runs);
}

async function start() {
  const data = await callApi(BASE);
  config = data.config;
  byId('product-name').value = config.productName;
  renderRuns(data.runs);
  await loadProducts();
}

form.addEventListener('submit', saveConfig);
byId('run-now').addEventListener('click', () => void runNow());
start();
