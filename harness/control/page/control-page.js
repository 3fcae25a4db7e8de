// The control page of `brownout mocks`: talks to the control API it was served by. No framework, no
// innerHTML: every text a mock or a user supplied goes in through textContent.
const token = new URLSearchParams(location.search).get('token');
const $ = (id) => document.getElementById(id);
let providers = [];
let kinds = [];

async function api(path, init = {}) {
  const headers = { ...(init.method && init.method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(path, { ...init, headers });
  if (response.status === 204) return null;
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

function say(message) {
  $('error').textContent = '';
  $('status').textContent = message;
}

function fail(error) {
  $('status').textContent = '';
  $('error').textContent = error.message;
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text ?? value;
  return o;
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
  return td;
}

function showEndpoints() {
  const provider = providers.find((p) => p.name === $('provider').value);
  if (!provider) return;
  $('provider-url').textContent = `Base URL: ${provider.baseUrl}`;
  $('endpoint').replaceChildren(...provider.endpoints.map((e) => option(e.endpoint)), option('*', '* (every endpoint: the whole provider)'));
  showEndpointSummary();
}

function showEndpointSummary() {
  const provider = providers.find((p) => p.name === $('provider').value);
  const endpoint = provider?.endpoints.find((e) => e.endpoint === $('endpoint').value);
  const every = $('endpoint').value === '*' ? 'Every call to this provider, whatever the endpoint.' : '';
  $('endpoint-summary').textContent = endpoint ? `${endpoint.summary} (${endpoint.kind}${endpoint.idempotent ? ', idempotent' : ''})` : every;
}

async function refreshFaults() {
  const faults = await api('/faults');
  $('no-faults').hidden = faults.length > 0;
  $('faults-table').hidden = faults.length === 0;
  $('remove-all').hidden = faults.length === 0;
  $('faults').replaceChildren(...faults.map((f) => {
    const row = document.createElement('tr');
    const narrowed = [f.match ? `match ${JSON.stringify(f.match)}` : '', f.when && Object.keys(f.when).length ? `when ${JSON.stringify(f.when)}` : ''].filter(Boolean).join('; ') || 'every request';
    for (const text of [f.id, f.provider, f.endpoint, f.kind, String(f.probability), narrowed, JSON.stringify(f.params)]) cell(row, text);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove fault ${f.id} (${f.kind} on ${f.provider} ${f.endpoint})`);
    remove.addEventListener('click', () => act(`/faults/${encodeURIComponent(f.id)}`, 'DELETE', `Removed fault ${f.id}.`));
    cell(row, '').append(remove);
    return row;
  }));
}

async function refreshJournal() {
  const entries = (await api('/journal?limit=20')).reverse();
  $('no-requests').hidden = entries.length > 0;
  $('journal-table').hidden = entries.length === 0;
  $('journal').replaceChildren(...entries.map((e) => {
    const row = document.createElement('tr');
    const fault = e.fault ? `${e.fault.kind}` : 'none';
    const status = e.status === null ? 'no response' : String(e.status);
    for (const text of [new Date(e.at).toLocaleTimeString(), e.provider, `${e.method} ${e.path}`, e.endpoint ?? '(not in catalogue)', fault, status, String(e.durationMs)]) cell(row, text);
    return row;
  }));
}

const refresh = () => Promise.all([refreshFaults(), refreshJournal()]).catch(fail);

async function act(path, method, done) {
  try {
    await api(path, { method });
    say(done);
  } catch (error) {
    fail(error);
  }
  await refresh();
}

// An emptied field means "always", not a silent probability of 0.
const probabilityOf = (text) => (text.trim() === '' ? 1 : Number(text));

/** A JSON field of the form: its object, undefined when empty; throws naming the field when it is not JSON. */
function jsonField(id, label) {
  const text = $(id).value.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    $(id).focus();
    throw new Error(`${label} is not valid JSON: ${text}`);
  }
}

async function apply(event) {
  event.preventDefault();
  let fault;
  try {
    const [match, when, params] = [jsonField('match', 'Match'), jsonField('when', 'When'), jsonField('params', 'Parameters')];
    fault = { provider: $('provider').value, endpoint: $('endpoint').value, kind: $('kind').value, probability: probabilityOf($('probability').value), params: params ?? {}, ...(match ? { match } : {}), ...(when ? { when } : {}) };
  } catch (error) {
    fail(error);
    return;
  }
  try {
    const [added] = await api('/faults', { method: 'POST', body: JSON.stringify(fault) });
    say(`Applied fault ${added.id}: ${added.kind} on ${added.provider} ${added.endpoint}.`);
  } catch (error) {
    fail(error);
  }
  await refresh();
}

async function start() {
  [providers, kinds] = await Promise.all([api('/providers'), api('/fault-kinds')]);
  $('provider').replaceChildren(...providers.map((p) => option(p.name, p.title)));
  $('kind').replaceChildren(...kinds.map((k) => option(k.name)));
  $('providers').replaceChildren(...providers.map((p) => {
    const li = document.createElement('li');
    li.textContent = `${p.title} (${p.name}): ${p.baseUrl}, ${p.endpoints.length} endpoints`;
    return li;
  }));
  showEndpoints();
  $('kind-summary').textContent = kinds[0]?.summary ?? '';
  $('provider').addEventListener('change', showEndpoints);
  $('endpoint').addEventListener('change', showEndpointSummary);
  $('kind').addEventListener('change', () => ($('kind-summary').textContent = kinds.find((k) => k.name === $('kind').value)?.summary ?? ''));
  $('apply-form').addEventListener('submit', apply);
  $('remove-all').addEventListener('click', () => act('/faults', 'DELETE', 'Removed every fault.'));
  $('reset').addEventListener('click', () => act('/reset', 'POST', 'Reset: no fault, empty journal, provider data back to its seed.'));
  await refresh();
  setInterval(() => document.visibilityState === 'visible' && refresh(), 2000);
  document.body.dataset.ready = 'true';
}

start().catch(fail);
