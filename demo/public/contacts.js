// Salesforce contacts and an import with progress. Legacy: a failed refresh empties the list ("no contacts"), a
// failed import leaves the progress bar running. Guided: last known contacts flagged as possibly out of date, and a
// failed import shown as failed on the bar with what was done and what to do.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { alertBlock, el, loadingLine } from '/ui.js';

let contacts = [];

function renderContacts() {
  const filter = byId('contact-filter').value.trim().toLowerCase();
  const shown = contacts.filter((c) => !filter || `${c.name} ${c.email}`.toLowerCase().includes(filter));
  byId('contacts').replaceChildren(...(shown.length
    ? shown.map((c) => el('tr', {}, el('td', { text: c.name }), el('td', { text: c.title }), el('td', { text: c.email })))
    : [el('tr', {}, el('td', { colspan: '3', class: 'muted', text: 'No contacts found.' }))]));
}

async function loadContacts() {
  const slot = byId('contacts-alert-slot');
  slot.replaceChildren(loadingLine('Loading contacts from Salesforce'));
  try {
    const data = await callApi('/api/salesforce/contacts');
    contacts = data.contacts;
    slot.replaceChildren();
    if (data.stale) {
      const copy = copyFor(data.stale.reason, 'Salesforce', 'show changes made in Salesforce since then');
      slot.replaceChildren(alertBlock({ ...copy, title: `${copy.title} These contacts are from ${new Date(data.stale.asOf).toLocaleTimeString()} and may be out of date.` }, { tone: 'warning' }));
    }
  } catch (error) {
    contacts = [];
    slot.replaceChildren(alertBlock(copyFor(reasonOf(error), 'Salesforce', 'show your Salesforce contacts')));
  }
  renderContacts();
}

async function importBatch(event) {
  event.preventDefault();
  const { contacts: batch } = await callApi('/api/salesforce/import/batch');
  const button = byId('import');
  const bar = byId('import-bar');
  const slot = byId('import-alert-slot');
  slot.replaceChildren();
  button.disabled = true;
  button.textContent = 'Importing…';
  byId('import-progress').hidden = false;
  const show = (done) => {
    bar.setAttribute('aria-valuenow', String(done));
    bar.setAttribute('aria-valuemax', String(batch.length));
    byId('import-fill').style.width = `${(100 * done) / batch.length}%`;
    byId('import-count').textContent = `Progress: ${done} of ${batch.length} contacts`;
  };
  show(0);
  let done = 0;
  for (const contact of batch) {
    try {
      await callApi(`/api/salesforce/import/${contact.index}`, { method: 'POST' });
    } catch (error) {
      // Legacy never left its loop's await on a failure: the bar and the button stay busy.
      if (!guided) return new Promise(() => {});
      bar.classList.add('progress-failed');
      bar.setAttribute('aria-valuetext', `Failed after ${done} of ${batch.length}`);
      const copy = copyFor(reasonOf(error), 'Salesforce', 'import the rest of this batch', `Please try again later: importing again skips the ${done} contacts already in Salesforce.`);
      slot.replaceChildren(alertBlock({ ...copy, title: `We imported ${done} of ${batch.length} contacts. ${copy.title}` }));
      button.disabled = false;
      button.textContent = 'Try the import again';
      return;
    }
    show(++done);
  }
  button.disabled = false;
  button.textContent = 'Import 5 contacts';
  byId('import-status').textContent = `${done} contacts imported into Salesforce.`;
  loadContacts();
}

byId('import-form').addEventListener('submit', importBatch);
byId('refresh').addEventListener('click', loadContacts);
byId('contact-filter').addEventListener('input', renderContacts);
loadContacts();
