// The hub's own customer list (no 3rd party involved): each row opens the customer's record page.
import { byId, callApi } from '/api.js';
import { el } from '/ui.js';

const { customers } = await callApi('/api/customers');
byId('customers').replaceChildren(
  ...customers.map((c) => el('tr', {}, el('td', {}, el('a', { href: `/customers/${encodeURIComponent(c.id)}`, text: c.name })), el('td', { text: c.plan }), el('td', { text: c.owner }))),
);
