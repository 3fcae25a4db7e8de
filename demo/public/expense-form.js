// The "Create a QuickBooks expense" page: loads QuickBooks payees and accounts on open, creates the expense on submit.
// One script for both product versions; `uxMode` decides how a failure is shown.
import { uxMode } from '/app-config.js';
import { alertCopy, fieldMessage } from '/messages.js';

const guided = uxMode === 'guided';
/** Backstop only: the guided backend answers within about 4.5 s even when QuickBooks hangs (ms). */
const GUIDED_PAGE_TIMEOUT_MS = 10_000;
const SUCCESS_MESSAGE = 'Expense created in QuickBooks.';
/** Guided checks once more on its own this long after QuickBooks was temporarily unreachable (ms). */
const AUTO_RECHECK_MS = 3000;

const byId = (id) => document.getElementById(id);
const form = byId('expense-form');
const createButton = byId('create-expense');
const statusRegion = byId('form-status');
const retryButton = byId('retry-load');
const fields = {
  payee: { select: byId('payee'), message: byId('payee-message'), object: 'payee' },
  paymentAccount: { select: byId('payment-account'), message: byId('payment-account-message'), object: 'payment account' },
  category: { select: byId('category'), message: byId('category-message'), object: 'category' },
};
const paymentTypeByAccount = new Map();
// QuickBooks' idempotency key for the expense being entered: kept across failed attempts, renewed after a create.
let requestId = newRequestId();
// One automatic re-check per page open, so a short outage clears without the user doing anything.
const autoRecheck = { done: false, timer: undefined };

class ApiError extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.reason = body?.error?.reason ?? 'unavailable';
  }
}

async function callApi(path, init = {}) {
  const headers = { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) };
  // Legacy waits as long as the backend does, which is forever when QuickBooks hangs.
  const signal = guided ? AbortSignal.timeout(GUIDED_PAGE_TIMEOUT_MS) : undefined;
  const response = await fetch(path, { ...init, headers, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const settle = (promise) => promise.then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }));
const reasonOf = (error) => (error instanceof ApiError ? error.reason : 'unavailable');

async function loadOptions() {
  clearTimeout(autoRecheck.timer);
  setLoading(true);
  // Guided asks QuickBooks one list at a time, so a throttled first answer (429) holds back the second request.
  const [vendors, accounts] = guided
    ? [await settle(callApi('/api/quickbooks/vendors')), await settle(callApi('/api/quickbooks/accounts'))]
    : await Promise.allSettled([callApi('/api/quickbooks/vendors'), callApi('/api/quickbooks/accounts')]);
  setLoading(false);
  if (vendors.status === 'fulfilled') fillSelect(fields.payee, vendors.value.vendors);
  if (accounts.status === 'fulfilled') {
    fillSelect(fields.paymentAccount, accounts.value.paymentAccounts);
    fillSelect(fields.category, accounts.value.expenseAccounts);
    for (const account of accounts.value.paymentAccounts) paymentTypeByAccount.set(account.id, account.paymentType);
  }
  const failed = [vendors, accounts].find((result) => result.status === 'rejected');
  if (!failed) return;
  if (!guided) {
    showPageError();
    return;
  }
  const reason = reasonOf(failed.reason);
  if (vendors.status === 'rejected') markUnavailable(fields.payee, reason);
  if (accounts.status === 'rejected') [fields.paymentAccount, fields.category].forEach((field) => markUnavailable(field, reason));
  showFormAlert(alertCopy(reason, 'load'), { offerRetry: true });
  // Every affected field is required, so the expense cannot be created until the options load.
  createButton.disabled = true;
  if (reason === 'unavailable' && !autoRecheck.done) {
    autoRecheck.done = true;
    autoRecheck.timer = setTimeout(loadOptions, AUTO_RECHECK_MS);
  }
}

function setLoading(loading) {
  form.setAttribute('aria-busy', String(loading));
  byId('loading').hidden = !loading;
  createButton.disabled = loading;
  for (const { select } of Object.values(fields)) select.disabled = loading;
  if (loading) {
    hideFormAlert();
    Object.values(fields).forEach(clearMark);
  }
}

function fillSelect({ select }, items) {
  const chosen = select.value;
  select.replaceChildren(select.options[0]);
  for (const item of items) select.add(new Option(item.name, item.id));
  // A reload (Try again) must not throw away what the user already picked.
  if (items.some((item) => item.id === chosen)) select.value = chosen;
}

function markUnavailable(field, reason) {
  field.message.textContent = fieldMessage(field.object, reason);
  field.message.hidden = false;
  field.select.setAttribute('aria-invalid', 'true');
  field.select.setAttribute('aria-describedby', field.message.id);
}

function clearMark(field) {
  field.message.hidden = true;
  field.message.textContent = '';
  field.select.removeAttribute('aria-invalid');
  field.select.removeAttribute('aria-describedby');
}

function showFormAlert({ title, body, next }, { offerRetry = false } = {}) {
  byId('form-alert-title').textContent = title;
  byId('form-alert-body').textContent = body;
  byId('form-alert-next').textContent = next;
  retryButton.hidden = !offerRetry;
  const alert = byId('form-alert');
  alert.hidden = false;
  // After a failed create the user is at the bottom of the form: bring the alert into view.
  alert.scrollIntoView({ block: 'nearest' });
}

function hideFormAlert() {
  byId('form-alert').hidden = true;
}

function showPageError() {
  byId('page-error').hidden = false;
}

function setSubmitting(submitting) {
  form.setAttribute('aria-busy', String(submitting));
  createButton.disabled = submitting;
  createButton.textContent = submitting ? 'Creating…' : 'Create';
}

function readForm() {
  const paymentAccountId = fields.paymentAccount.select.value;
  return {
    payeeId: fields.payee.select.value,
    paymentAccountId,
    paymentType: paymentTypeByAccount.get(paymentAccountId) ?? 'Cash',
    txnDate: byId('payment-date').value,
    amount: Number(byId('amount').value),
    categoryId: fields.category.select.value,
    memo: byId('memo').value,
    requestId,
  };
}

async function createExpense(event) {
  event.preventDefault();
  hideFormAlert();
  statusRegion.textContent = '';
  setSubmitting(true);
  try {
    await callApi('/api/quickbooks/expenses', { method: 'POST', body: JSON.stringify(readForm()) });
    form.reset();
    setToday();
    requestId = newRequestId();
    statusRegion.textContent = SUCCESS_MESSAGE;
  } catch (error) {
    // Nothing is reset on failure: the user's entries stay for the next attempt.
    if (guided) showFormAlert(alertCopy(reasonOf(error), 'submit'));
    else showPageError();
  } finally {
    setSubmitting(false);
  }
}

function setToday() {
  byId('payment-date').value = new Date().toLocaleDateString('en-CA'); // en-CA formats as YYYY-MM-DD
}

function newRequestId() {
  // randomUUID exists only in secure contexts; a LAN address over http is not one.
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

form.addEventListener('submit', createExpense);
// The success note is about the expense just created; it goes once the user starts the next one.
form.addEventListener('input', () => { statusRegion.textContent = ''; });
retryButton.addEventListener('click', loadOptions);
setToday();
loadOptions();
