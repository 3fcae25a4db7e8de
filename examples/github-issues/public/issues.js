// Lists the repository's issues and files new ones through the server, and says what happened: guided
// explains failures in GitHub's name and keeps the form; legacy shows raw statuses or an empty list.
import { config } from '/config.js';

const list = document.querySelector('#issues');
const form = document.querySelector('#issue-form');
const title = document.querySelector('#title');
const body = document.querySelector('#body');
const button = document.querySelector('#submit');
const alert = document.querySelector('#form-alert');
const created = document.querySelector('#created');
document.querySelector('#repo').textContent = config.repo;

const LIST_TROUBLE = "We couldn't load the issues from GitHub right now. This is due to a temporary issue with our connection to GitHub, and it will most likely need no action on your part to resolve. Please try again later.";
const LIST_DISCONNECTED = 'Issue Tracker is no longer connected to GitHub, so we could not load the issues. Ask an admin to reconnect GitHub in Settings, then reload this page.';
const CREATE_TROUBLE = "We're having trouble connecting to GitHub right now. Until a connection is reestablished, we won't be able to file your issue on GitHub. This is due to a temporary issue with our connection, and it will most likely need no action on your part to resolve. Please try again later.";
const CREATE_THROTTLED = (wait) => `GitHub is limiting how many changes we can make right now, so we could not file your issue. Your issue is kept below: please try again ${wait}.`;
const CREATE_DISCONNECTED = 'Issue Tracker is no longer connected to GitHub, so we could not file your issue. Ask an admin to reconnect GitHub in Settings, then create the issue again.';

function show(element, text) {
  const p = document.createElement('p');
  p.textContent = text;
  element.replaceChildren(p);
  return p;
}

function render(issues) {
  if (issues.length === 0) return show(list, 'No open issues.');
  const ul = document.createElement('ul');
  for (const issue of issues) {
    const li = document.createElement('li');
    li.textContent = `#${issue.number} ${issue.title}`;
    ul.append(li);
  }
  list.replaceChildren(ul);
}

async function load() {
  const result = await fetch('/api/issues').then((r) => r.json()).catch(() => ({ ok: false, reason: 'unavailable' }));
  list.removeAttribute('aria-busy');
  if (result.ok) return render(result.issues);
  if (config.ui === 'legacy') return show(list, 'No open issues.');
  const empty = show(list, result.reason === 'disconnected' ? LIST_DISCONNECTED : LIST_TROUBLE);
  empty.className = 'empty';
  empty.setAttribute('data-empty-state', '');
  empty.setAttribute('role', 'status');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  alert.hidden = true;
  created.textContent = '';
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  const result = await fetch('/api/issues', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: title.value, body: body.value }) })
    .then((r) => r.json())
    .catch(() => ({ ok: false, reason: 'unavailable' }));
  form.removeAttribute('aria-busy');
  button.disabled = false;
  if (result.ok) {
    created.textContent = `Filed issue #${result.issue.number} on GitHub.`;
    title.value = '';
    body.value = '';
    return load();
  }
  if (config.ui === 'legacy') {
    alert.textContent = `Error ${result.status}: ${result.message}`;
  } else {
    const wait = result.retryAfterS ? `in ${Math.ceil(result.retryAfterS / 60)} minute${result.retryAfterS > 60 ? 's' : ''}` : 'in a few minutes';
    alert.textContent = result.reason === 'disconnected' ? CREATE_DISCONNECTED : result.reason === 'rate-limited' ? CREATE_THROTTLED(wait) : CREATE_TROUBLE;
  }
  alert.hidden = false;
});

load();
