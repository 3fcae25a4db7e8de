// Installing (connecting) an app: authorising is simulated, then the hub checks the new connection with a real
// call. Legacy never looked at that check and announced success. Guided explains a failure in a modal dialog.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { showDialog, showToast } from '/ui.js';

const NAMES = { quickbooks: 'QuickBooks', slack: 'Slack', msgraph: 'Microsoft Teams', zoom: 'Zoom', shopify: 'Shopify', salesforce: 'Salesforce', 'google-sheets': 'Google Sheets' };
const PERMISSIONS = ['Read your company and its settings', 'Read and create records on your behalf', 'Keep this connection active until you remove it'];
const slug = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const name = NAMES[slug] ?? slug;
const button = byId('connect');

byId('app-name').textContent = name;
byId('install-title').textContent = `Connect ${name}`;
byId('app-badge').textContent = name.slice(0, 2).toLowerCase();
byId('app-summary').textContent = `Sign in to ${name} and allow Integrations Hub to work with it.`;
byId('permissions').replaceChildren(...PERMISSIONS.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
button.textContent = `Connect ${name}`;

async function connect() {
  button.disabled = true;
  button.textContent = 'Connecting…';
  try {
    await callApi(`/api/integrations/${encodeURIComponent(slug)}/install`, { method: 'POST' });
    showToast(`${name} connected. You can now use it in your workflows.`);
  } catch (error) {
    if (guided) showDialog(copyFor(reasonOf(error), name, `finish connecting ${name}`, `Please try again later. Nothing was changed in ${name}.`), { closeLabel: 'Close' });
    else showToast('An unknown error happened.', { tone: 'error' });
  } finally {
    button.disabled = false;
    button.textContent = `Connect ${name}`;
  }
}

button.addEventListener('click', connect);
