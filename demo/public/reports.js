// Reports: download the QuickBooks invoices as CSV. Legacy: a failure only reaches the console.
// Guided: an error toast that names QuickBooks and says what to do.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { showToast } from '/ui.js';

const button = byId('export-invoices');
const LABEL = button.textContent;

async function download() {
  button.disabled = true;
  button.innerHTML = '<span class="spinner spinner-inline" aria-hidden="true"></span> Downloading…';
  try {
    const response = await fetch('/api/quickbooks/invoices.csv', guided ? { signal: AbortSignal.timeout(10_000) } : {});
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { body: await response.json().catch(() => null) });
    saveFile(await response.blob(), 'quickbooks-invoices.csv');
  } catch (error) {
    if (guided) {
      const copy = copyFor(error.body?.error?.reason ?? reasonOf(error), 'QuickBooks', 'export your invoices');
      showToast(`${copy.title} ${copy.body} ${copy.next}`, { tone: 'error', ms: 15_000 });
    } else {
      console.error('Export failed', error.message, JSON.stringify(error.body));
    }
  } finally {
    button.disabled = false;
    button.textContent = LABEL;
  }
}

function saveFile(blob, name) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

button.addEventListener('click', download);
