// Issue Tracker: a tiny product that lists a GitHub repository's issues and files new ones. Not brownout code:
// a stand-in for "your product", started by brownout with the environment its config gives it.
//   PORT            port to listen on (127.0.0.1)
//   GITHUB_API_URL  GitHub REST API base (default https://api.github.com); brownout points it at its mock
//   GITHUB_TOKEN    token sent as a Bearer (default a placeholder: the mock accepts any)
//   GITHUB_REPO     owner/repo whose issues are shown (default octo-org/hello-world)
//   ISSUES_UI       "guided": failures explained in GitHub's name, the form kept (default)
//                   "legacy": raw statuses and messages, an empty list when the list fails
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3000);
const api = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
const token = process.env.GITHUB_TOKEN ?? 'ghp_issue-tracker-example';
const repo = process.env.GITHUB_REPO ?? 'octo-org/hello-world';
const ui = process.env.ISSUES_UI ?? 'guided';
const page = (name) => new URL(`./public/${name}`, import.meta.url);

if (!['guided', 'legacy'].includes(ui)) {
  console.error(`issue-tracker: ISSUES_UI must be "guided" or "legacy", got "${ui}"`);
  process.exit(2);
}

/**
 * Why a GitHub call failed, as the page needs it: disconnected (401), rate-limited (403/429 with GitHub's
 * rate-limit headers or a secondary-limit message), changed (an answer of the wrong shape), or unavailable.
 */
function failureOf(status, headers, message) {
  if (status === 401) return 'disconnected';
  const throttled = headers.get('x-ratelimit-remaining') === '0' || headers.has('retry-after') || /rate limit/i.test(message);
  if ((status === 403 || status === 429) && throttled) return 'rate-limited';
  return 'unavailable';
}

/** Calls GitHub; answers `{ ok, status, data }` or `{ ok: false, status, reason, message, retryAfterS }`. */
async function github(method, path, body) {
  try {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const data = await response.json().catch(() => null);
    if (response.ok) return { ok: true, status: response.status, data };
    const message = typeof data?.message === 'string' ? data.message : response.statusText;
    const retryAfterS = Number(response.headers.get('retry-after')) || undefined;
    return { ok: false, status: response.status, reason: failureOf(response.status, response.headers, message), message, retryAfterS };
  } catch (error) {
    return { ok: false, status: 0, reason: 'unavailable', message: String(error?.message ?? error) };
  }
}

async function listIssues() {
  const result = await github('GET', `/repos/${repo}/issues?state=open&per_page=30`);
  // Guided checks the shape it relies on; legacy hands on whatever came back.
  if (result.ok && ui === 'guided' && !Array.isArray(result.data)) return { ok: false, status: result.status, reason: 'changed', message: 'unexpected answer' };
  return result.ok ? { ok: true, issues: result.data } : result;
}

async function createIssue(input) {
  const result = await github('POST', `/repos/${repo}/issues`, { title: input.title, body: input.body });
  return result.ok ? { ok: true, issue: result.data } : result;
}

async function readJson(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw || '{}');
  } catch {
    return {};
  }
}

const server = createServer(async (req, res) => {
  const send = (status, type, body) => res.writeHead(status, { 'content-type': type }).end(body);
  const json = (status, value) => send(status, 'application/json', JSON.stringify(value));
  if (req.method === 'GET' && req.url === '/health') return send(200, 'text/plain', 'ok');
  if (req.method === 'GET' && req.url === '/') return send(200, 'text/html; charset=utf-8', await readFile(page('index.html')));
  if (req.method === 'GET' && req.url === '/issues.js') return send(200, 'text/javascript', await readFile(page('issues.js')));
  if (req.method === 'GET' && req.url === '/favicon.ico') return res.writeHead(204).end();
  if (req.method === 'GET' && req.url === '/config.js') return send(200, 'text/javascript', `export const config = ${JSON.stringify({ ui, repo })};\n`);
  if (req.method === 'GET' && req.url === '/api/issues') {
    const result = await listIssues();
    return json(result.ok ? 200 : 502, result);
  }
  if (req.method === 'POST' && req.url === '/api/issues') {
    const input = await readJson(req);
    if (!String(input.title ?? '').trim()) return json(400, { ok: false, reason: 'invalid', message: 'A title is required.' });
    const result = await createIssue({ title: String(input.title), body: String(input.body ?? '') });
    return json(result.ok ? 201 : 502, result);
  }
  send(404, 'text/plain', 'not found');
});

server.listen(port, '127.0.0.1', () => console.log(`issue-tracker (${ui}) for ${repo} at http://127.0.0.1:${port}/, GitHub at ${api}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
