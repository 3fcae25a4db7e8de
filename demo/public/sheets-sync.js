// Sync won deals to a Google Sheet: pick the sheet (read from Google Drive on open), then a sync with a progress bar.
// Legacy: a failed list reads as "no spreadsheets", a failed write leaves the bar running. Guided: the picker marked
// unavailable with an alert; a failed write shows the bar failed, what was written, and that a retry is safe.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { alertBlock, loadingLine } from '/ui.js';

const form = byId('sheets-form');
const slot = byId('sheets-alert-slot');
const picker = byId('spreadsheet');
const button = byId('sync');

async function loadSheets() {
  slot.replaceChildren(loadingLine('Loading your spreadsheets from Google Drive'));
  try {
    const { spreadsheets } = await callApi('/api/sheets/spreadsheets');
    picker.append(...spreadsheets.map((s) => new Option(s.name, s.id)));
    picker.disabled = false;
    slot.replaceChildren();
  } catch (error) {
    slot.replaceChildren();
    if (!guided) {
      picker.replaceChildren(new Option('No spreadsheets found', ''));
      return;
    }
    slot.replaceChildren(alertBlock(copyFor(reasonOf(error), 'Google Sheets', 'list your spreadsheets or sync deals to them')));
    const message = byId('spreadsheet-message');
    message.textContent = 'Google Sheets spreadsheet selection is temporarily unavailable.';
    message.hidden = false;
    picker.setAttribute('aria-invalid', 'true');
    picker.setAttribute('aria-describedby', message.id);
    button.disabled = true;
  } finally {
    form.setAttribute('aria-busy', 'false');
  }
}

async function sync(event) {
  event.preventDefault();
  const { rows, batches } = await callApi('/api/sheets/sync');
  const bar = byId('sync-bar');
  slot.replaceChildren();
  bar.classList.remove('progress-failed');
  bar.removeAttribute('aria-valuetext');
  byId('sync-progress').hidden = false;
  button.disabled = true;
  button.textContent = 'Syncing…';
  let written = 0;
  const show = () => {
    bar.setAttribute('aria-valuenow', String(written));
    bar.setAttribute('aria-valuemax', String(rows));
    byId('sync-fill').style.width = `${(100 * written) / rows}%`;
    byId('sync-count').textContent = `Progress: ${written} of ${rows} deals`;
  };
  show();
  for (let batch = 0; batch < batches; batch += 1) {
    try {
      written += (await callApi(`/api/sheets/sync/${batch}`, { method: 'POST', body: JSON.stringify({ spreadsheetId: picker.value }) })).written;
      show();
    } catch (error) {
      // Legacy's loop awaited forever on a failed write: the bar and the button stay busy.
      if (!guided) return new Promise(() => {});
      bar.classList.add('progress-failed');
      bar.setAttribute('aria-valuetext', `Failed after ${written} of ${rows}`);
      const copy = copyFor(reasonOf(error), 'Google Sheets', 'write the remaining deals to your spreadsheet', "Please try again later: syncing again rewrites the same rows, so nothing is added twice.");
      slot.replaceChildren(alertBlock({ ...copy, title: `The sync stopped after ${written} of ${rows} deals. ${copy.title}` }));
      button.disabled = false;
      button.textContent = 'Sync again';
      return;
    }
  }
  button.disabled = false;
  button.textContent = 'Sync now';
  byId('sheets-status').textContent = `${written} deals synced to Google Sheets.`;
}

form.addEventListener('submit', sync);
loadSheets();
