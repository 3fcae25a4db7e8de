// Microsoft Teams settings: map a teammate to a Teams user. Legacy shows Microsoft's own error text and codes.
// Guided: a warning on the settings page in the template, the choice kept, and the save refused with the reason.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { alertBlock, el } from '/ui.js';

const form = byId('teams-form');
const slot = byId('teams-alert-slot');
const users = byId('teams-user');

function showFailure(error, action) {
  if (guided) slot.replaceChildren(alertBlock(copyFor(reasonOf(error), 'Microsoft Teams', action, 'Please try again later. Your choices are still here.'), { tone: 'warning' }));
  else slot.replaceChildren(el('div', { class: 'alert', role: 'alert' }, el('p', { text: error.body?.message ?? 'An unknown error happened.' })));
}

function renderLinks(links) {
  const entries = Object.entries(links);
  byId('teams-links').replaceChildren(...(entries.length ? entries.map(([who, user]) => el('li', { text: `${who} → ${user.name}` })) : [el('li', { class: 'muted', text: 'Nobody is linked to Teams yet.' })]));
}

async function load() {
  const { teammates, links } = await callApi('/api/teams/links');
  byId('teammate').replaceChildren(...teammates.map((t) => new Option(t, t)));
  renderLinks(links);
  try {
    const { users: list } = await callApi('/api/teams/users');
    users.append(...list.map((u) => new Option(`${u.name}${u.email ? ` (${u.email})` : ''}`, u.id)));
    users.disabled = false;
  } catch (error) {
    showFailure(error, 'list the Microsoft Teams accounts of your organization');
    byId('link-teams').disabled = guided;
  } finally {
    form.setAttribute('aria-busy', 'false');
  }
}

async function link(event) {
  event.preventDefault();
  slot.replaceChildren();
  byId('teams-status').textContent = '';
  const button = byId('link-teams');
  button.disabled = true;
  button.textContent = 'Saving…';
  try {
    const { links } = await callApi('/api/teams/links', { method: 'POST', body: JSON.stringify({ teammate: byId('teammate').value, teamsUserId: users.value }) });
    renderLinks(links);
    byId('teams-status').textContent = 'Microsoft Teams account linked.';
  } catch (error) {
    showFailure(error, 'link Microsoft Teams accounts');
  } finally {
    button.disabled = false;
    button.textContent = 'Link account';
  }
}

form.addEventListener('submit', link);
load();
