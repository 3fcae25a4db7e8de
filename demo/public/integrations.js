// The integrations list: one card per app with its live connection state. Legacy calls every failed check
// "disconnected - reconnect now"; guided shows a temporary "connection lost" apart from a revoked connection.
import { byId, callApi, guided } from '/api.js';
import { el } from '/ui.js';

const BADGES = { connected: 'Active', 'connection-lost': 'Connection lost', disconnected: 'Disconnected', 'not-installed': 'Not installed' };

/** The card's status: its badge and what it means, announced as one status (or alert, when the user must act). */
function statusBlock(card) {
  const install = `/integrations/${encodeURIComponent(card.slug)}/install`;
  const badge = el('span', { class: `badge badge-${card.status}`, text: BADGES[card.status] });
  if (card.status === 'connection-lost') {
    return el('div', { class: 'card-status', role: 'status' }, badge,
      el('p', { text: `We've temporarily lost connection with ${card.name}.` }),
      el('p', { class: 'muted', text: `Until the connection is back, we won't be able to sync with ${card.name}. We'll keep trying; it will most likely need no action on your part.` }));
  }
  if (card.status === 'disconnected' && !guided) {
    return el('div', { class: 'card-status', role: 'alert' }, badge, el('p', { text: `${card.name} is disconnected - reconnect now.` }), el('a', { class: 'button button-secondary', href: install, text: 'Reconnect now' }));
  }
  if (card.status === 'disconnected') {
    return el('div', { class: 'card-status', role: 'alert' }, badge,
      el('p', { text: `${card.name} is disconnected from Integrations Hub: its access was revoked.` }),
      el('p', { class: 'muted', text: `Until an admin reconnects it, we won't be able to sync with ${card.name}.` }),
      el('a', { class: 'button button-secondary', href: install, text: `Reconnect ${card.name}` }));
  }
  if (card.status === 'not-installed') return el('div', { class: 'card-status' }, badge, el('a', { class: 'button button-secondary', href: install, text: 'Install' }));
  return el('div', { class: 'card-status' }, badge);
}

function renderCard(card) {
  return el('article', { class: `integration-card status-${card.status}`, 'aria-labelledby': `card-${card.slug}` },
    el('header', { class: 'integration-card-header' },
      el('span', { class: `app-badge app-badge-${card.slug}`, 'aria-hidden': 'true', text: card.name.slice(0, 2).toLowerCase() }),
      el('div', {}, el('h2', { id: `card-${card.slug}`, text: card.name }), el('p', { class: 'muted small', text: card.category }))),
    el('p', { class: 'integration-description', text: card.description }),
    statusBlock(card));
}
const cards = byId('cards');
const { integrations } = await callApi('/api/integrations');
cards.replaceChildren(...integrations.map(renderCard));
cards.setAttribute('aria-busy', 'false');
