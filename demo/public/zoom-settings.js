// Zoom settings: meeting defaults read from Zoom and saved back. Legacy: a failed read shows blank defaults as if
// they were the user's, a failed save says "saved". Guided: a warning alert, settings flagged as possibly out of
// date (last known values), and a save that is refused with the reason instead of dropped.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { alertBlock, el, loadingLine } from '/ui.js';

const form = byId('zoom-form');
const slot = byId('zoom-alert-slot');
const save = byId('save-zoom');
const status = byId('zoom-status');
let unavailable = false;

function renderFields(fields, settings) {
  byId('zoom-fields').replaceChildren(...fields.map(({ section, key, label }) => {
    const id = `zoom-${section}-${key}`;
    const box = el('input', { type: 'checkbox', id, name: `${section}.${key}` });
    box.checked = settings?.[`${section}.${key}`] === true;
    return el('div', { class: 'check' }, box, el('label', { for: id, text: label }));
  }));
}

function warn(reason, asOf) {
  const when = asOf ? ` The settings below are from ${new Date(asOf).toLocaleTimeString()} and may be out of date.` : ' The settings below may be out of date.';
  const copy = copyFor(reason, 'Zoom', 'save changes to your Zoom meeting defaults');
  slot.replaceChildren(alertBlock({ ...copy, body: `${copy.body}${when}` }, { tone: 'warning' }));
}

async function load() {
  slot.replaceChildren(loadingLine('Loading your Zoom settings'));
  try {
    const data = await callApi('/api/zoom/settings');
    renderFields(data.fields, data.settings);
    slot.replaceChildren();
    if (data.stale) {
      unavailable = true;
      warn(data.stale.reason, data.stale.asOf);
    }
  } catch (error) {
    unavailable = true;
    renderFields(error.body?.fields ?? [], null);
    warn(reasonOf(error), null);
  } finally {
    form.setAttribute('aria-busy', 'false');
  }
}

async function submit(event) {
  event.preventDefault();
  status.textContent = '';
  const values = Object.fromEntries([...form.querySelectorAll('input[type=checkbox]')].map((b) => [b.name, b.checked]));
  save.disabled = true;
  save.textContent = 'Saving…';
  try {
    await callApi('/api/zoom/settings', { method: 'PATCH', body: JSON.stringify(values) });
    unavailable = false;
    slot.replaceChildren();
    status.textContent = 'Zoom settings saved.';
  } catch (error) {
    if (guided) warn(reasonOf(error), null);
    else console.error('save failed', error);
  } finally {
    save.disabled = false;
    save.textContent = 'Save';
  }
}

form.addEventListener('submit', submit);
form.addEventListener('change', () => { if (!unavailable) status.textContent = ''; });
load();
