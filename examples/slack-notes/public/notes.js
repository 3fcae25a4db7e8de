// Posts the note to Slack, from the page itself or through the server (config.calls), and says what happened.
import { config } from '/config.js';

const form = document.querySelector('#note-form');
const note = document.querySelector('#note');
const button = document.querySelector('#post');
const alert = document.querySelector('#form-alert');
const posted = document.querySelector('#posted');
// Markup as many products have it: an alert box that assistive technology is not told about.
if (config.plainAlerts) alert.removeAttribute('role');

const TROUBLE = "We're having trouble connecting to Slack right now. Until a connection is reestablished, we won't be able to post your note to Slack. This is due to a temporary issue with our connection, and it will most likely need no action on your part to resolve. Please try again later.";
const DISCONNECTED = 'Team Notes is no longer connected to Slack, so we could not post your note. Ask a workspace admin to reconnect Slack in Settings, then post the note again.';

async function postFromBrowser(text) {
  const body = new URLSearchParams({ token: config.token, channel: config.channel, text });
  const response = await fetch('https://slack.com/api/chat.postMessage', { method: 'POST', body, signal: AbortSignal.timeout(10_000) });
  const result = await response.json().catch(() => ({ ok: false, error: `http_${response.status}` }));
  return result.ok ? { ok: true } : { ok: false, reason: result.error };
}

async function postThroughServer(text) {
  const response = await fetch('/api/notes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(15_000) });
  return response.json();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  alert.hidden = true;
  posted.textContent = '';
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  let result;
  try {
    result = await (config.calls === 'browser' ? postFromBrowser(note.value) : postThroughServer(note.value));
  } catch {
    result = { ok: false, reason: 'unreachable' };
  }
  form.removeAttribute('aria-busy');
  button.disabled = false;
  if (result.ok) {
    posted.textContent = 'Posted to #team-updates in Slack.';
    note.value = '';
    return;
  }
  // The note stays in the box: the user can post it again without retyping it.
  alert.textContent = ['token_revoked', 'invalid_auth', 'account_inactive'].includes(result.reason) ? DISCONNECTED : TROUBLE;
  alert.hidden = false;
});
