// "Associate a Slack channel": create the channel, then invite the people picked (two Slack mutations).
// Legacy: a failed people list reads as "no people", a failed create shows the raw error, a failed invite is
// announced as a success. Guided: contextual alerts in the template, and a half-done association said as such.
import { byId, callApi, guided, reasonOf } from '/api.js';
import { copyFor } from '/messages.js';
import { alertBlock, el, loadingLine, showToast } from '/ui.js';

const form = byId('slack-form');
const invitees = byId('invitees');
const submit = byId('create-channel');
const slot = byId('slack-alert-slot');
const slug = (name) => `acct-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

async function loadPeople() {
  slot.replaceChildren(loadingLine('Loading people from Slack'));
  form.setAttribute('aria-busy', 'true');
  try {
    const { users } = await callApi('/api/slack/users');
    invitees.replaceChildren(...users.map((u) => new Option(u.name, u.id)));
    invitees.disabled = false;
    slot.replaceChildren();
  } catch (error) {
    slot.replaceChildren();
    if (!guided) {
      invitees.replaceChildren(new Option('There are no people to invite', ''));
      return;
    }
    const retry = el('button', { class: 'button button-secondary', type: 'button', text: 'Try again' });
    retry.addEventListener('click', loadPeople);
    slot.replaceChildren(alertBlock(copyFor(reasonOf(error), 'Slack', 'create Slack channels for your accounts'), { actions: [retry] }));
    const message = byId('invitees-message');
    message.textContent = 'Slack people selection is temporarily unavailable.';
    message.hidden = false;
    invitees.setAttribute('aria-invalid', 'true');
    invitees.setAttribute('aria-describedby', message.id);
    submit.disabled = true;
  } finally {
    form.setAttribute('aria-busy', 'false');
  }
}

async function createChannel(event) {
  event.preventDefault();
  const userIds = [...invitees.selectedOptions].map((o) => o.value).filter(Boolean);
  const body = { name: byId('channel-name').value, userIds };
  slot.replaceChildren();
  byId('slack-status').textContent = '';
  submit.disabled = true;
  submit.textContent = 'Creating…';
  try {
    const result = await callApi('/api/slack/channels', { method: 'POST', body: JSON.stringify(body) });
    if (result.partial) showPartial(result, userIds.length);
    else showToast(`Channel #${result.channel.name} created in Slack and ${result.invited} people invited.`);
  } catch (error) {
    if (guided) slot.replaceChildren(alertBlock(copyFor(reasonOf(error), 'Slack', 'create Slack channels for your accounts', "Please try again later. Everything you entered is still here, and trying again won't create a second channel.")));
    else slot.replaceChildren(el('div', { class: 'alert', role: 'alert' }, el('p', { text: `An unknown error happened. ${JSON.stringify(error.body)}` })));
  } finally {
    submit.disabled = false;
    submit.textContent = 'Create channel';
  }
}

function showPartial({ channel, partial }, count) {
  const copy = copyFor(partial.reason, 'Slack', `invite people to #${channel.name}`);
  const again = el('button', { class: 'button button-secondary', type: 'submit', text: 'Invite them again' });
  slot.replaceChildren(alertBlock({
    title: `We created the Slack channel #${channel.name}, but we couldn't invite the ${count} people you picked.`,
    body: `${copy.title} ${copy.body}`,
    next: "Please try again later: trying again only invites them, and won't create a second channel.",
  }, { actions: [again] }));
}

const { customers } = await callApi('/api/customers');
const customer = byId('customer');
customer.replaceChildren(...customers.map((c) => new Option(c.name, c.id)));
const nameFor = () => slug(customers.find((c) => c.id === customer.value)?.name ?? '');
byId('channel-name').value = nameFor();
customer.addEventListener('change', () => { byId('channel-name').value = nameFor(); });
form.addEventListener('submit', createChannel);
loadPeople();
