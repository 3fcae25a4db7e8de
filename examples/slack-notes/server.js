// Team Notes: a tiny product that shares a note to a Slack channel. Not brownout code: a stand-in for
// "your product", started by brownout with the environment its config gives it.
//   PORT          port to listen on (127.0.0.1)
//   SLACK_CALLS   "browser": the page calls https://slack.com/api/chat.postMessage itself (default)
//                 "server":  the page posts to /api/notes and this server calls Slack
//   SLACK_API_URL Slack Web API base for server calls (default https://slack.com)
//   SLACK_TOKEN   bot token (default a placeholder: the mock accepts any)
//   NOTES_PLAIN_ALERTS=1  the error alert is a plain <div> without role=alert (markup a config's selectors cover)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3000);
const calls = process.env.SLACK_CALLS ?? 'browser';
const slackApi = process.env.SLACK_API_URL ?? 'https://slack.com';
const token = process.env.SLACK_TOKEN ?? 'xoxb-team-notes-example';
const channel = 'C0TEAMNOTES';
const page = (name) => new URL(`./public/${name}`, import.meta.url);

if (calls !== 'browser' && calls !== 'server') {
  console.error(`team-notes: SLACK_CALLS must be "browser" or "server", got "${calls}"`);
  process.exit(2);
}

/** Posts the note from the server; answers the page with { ok } or { ok: false, reason }. */
async function postFromServer(text) {
  try {
    const response = await fetch(`${slackApi}/api/chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ channel, text }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.json().catch(() => ({ ok: false, error: `http_${response.status}` }));
    return body.ok ? { ok: true } : { ok: false, reason: body.error ?? `http_${response.status}` };
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}

const server = createServer(async (req, res) => {
  const send = (status, type, body) => res.writeHead(status, { 'content-type': type }).end(body);
  if (req.method === 'GET' && req.url === '/health') return send(200, 'text/plain', 'ok');
  if (req.method === 'GET' && req.url === '/') return send(200, 'text/html; charset=utf-8', await readFile(page('index.html')));
  if (req.method === 'GET' && req.url === '/notes.js') return send(200, 'text/javascript', await readFile(page('notes.js')));
  if (req.method === 'GET' && req.url === '/favicon.ico') return res.writeHead(204).end();
  if (req.method === 'GET' && req.url === '/config.js') {
    return send(200, 'text/javascript', `export const config = ${JSON.stringify({ calls, token, channel, plainAlerts: process.env.NOTES_PLAIN_ALERTS === '1' })};\n`);
  }
  if (req.method === 'POST' && req.url === '/api/notes' && calls === 'server') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const result = await postFromServer(String(JSON.parse(raw || '{}').text ?? ''));
    return send(result.ok ? 200 : 502, 'application/json', JSON.stringify(result));
  }
  send(404, 'text/plain', 'not found');
});

server.listen(port, '127.0.0.1', () => console.log(`team-notes (${calls} calls Slack) at http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
