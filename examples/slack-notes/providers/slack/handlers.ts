import { http, HttpResponse, type RequestHandler } from 'msw';
import { EFFECT_HEADER } from 'brownout';

/** What the mock workspace remembers: the messages posted so far. */
interface Workspace {
  messages: { channel: string; text: string; ts: string }[];
}

/** Slack takes arguments as form fields or JSON, and the token in the body or an Authorization header. */
async function argumentsOf(request: Request): Promise<Record<string, string>> {
  const text = await request.text();
  const type = request.headers.get('content-type') ?? '';
  const args: Record<string, string> = type.includes('json') ? (JSON.parse(text || '{}') as Record<string, string>) : Object.fromEntries(new URLSearchParams(text));
  const bearer = /^Bearer\s+(\S+)/i.exec(request.headers.get('authorization') ?? '')?.[1];
  return bearer ? { token: bearer, ...args } : args;
}

// Platform errors are HTTP 200 with ok:false, and change nothing in the workspace.
const platformError = (error: string) => HttpResponse.json({ ok: false, error }, { headers: { [EFFECT_HEADER]: 'none' } });

/** Fresh handlers over a fresh workspace: `auth.test` and `chat.postMessage`, the way Slack's Web API answers. */
export function createSlackHandlers(): RequestHandler[] {
  const workspace: Workspace = { messages: [] };
  return [
    http.post('/api/auth.test', async ({ request }) => {
      const args = await argumentsOf(request);
      if (!args.token) return platformError('not_authed');
      return HttpResponse.json({ ok: true, url: 'https://acme-notes.slack.com/', team: 'Acme Notes', user: 'notes-bot', team_id: 'T0ACME001', user_id: 'U0BOT0001' });
    }),
    http.post('/api/chat.postMessage', async ({ request }) => {
      const args = await argumentsOf(request);
      if (!args.token) return platformError('not_authed');
      if (!args.channel) return platformError('channel_not_found');
      if (!args.text?.trim()) return platformError('no_text');
      const ts = `${Math.floor(Date.now() / 1000)}.${String(workspace.messages.length + 1).padStart(6, '0')}`;
      workspace.messages.push({ channel: args.channel, text: args.text, ts });
      return HttpResponse.json({ ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, user: 'U0BOT0001', ts } });
    }),
  ];
}
