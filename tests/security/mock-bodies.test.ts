/**
 * Defect 11 (issue 14): mock providers read at most a few MB of request body (413 in the provider's own
 * words past that, memory untouched), and keep what clients send as data: `__proto__` / `constructor`
 * keys in a Zoom settings PATCH or a Salesforce update neither crash the mock nor change a prototype.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES, startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { zoomTestToken } from '../../mocks/zoom/token.ts';

let mocks: MockRuntime;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['zoom', 'salesforce', 'slack'] });
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

const zoomHeaders = () => ({ authorization: `Bearer ${zoomTestToken()}`, 'content-type': 'application/json' });

/** Streams `megabytes` of body in 64 KB chunks (chunked, no Content-Length) and returns the status. */
function streamBody(url: string, megabytes: number): Promise<{ status: number; body: string }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer xoxb-test' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', (error) => reject(error));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < megabytes * 16) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** Bodies past the limit, sent both ways a client can, and the provider whose words must answer. */
const oversizedBodies: { name: string; send: () => Promise<{ status: number; body: string }>; words: RegExp }[] = [
  {
    name: 'a declared 6 MB body to Zoom',
    send: async () => {
      const r = await fetch(`${mocks.baseUrls.zoom}/v2/users/me/settings`, { method: 'PATCH', headers: zoomHeaders(), body: 'x'.repeat(6 * 1024 * 1024) });
      return { status: r.status, body: await r.text() };
    },
    words: /"code":300/,
  },
  { name: 'a streamed 20 MB body to Slack', send: () => streamBody(`${mocks.baseUrls.slack}/api/chat.postMessage`, 20), words: /"ok":false/ },
];

describe('defect 11: request body limit per provider', () => {
  it('defaults to a few MB', () => expect(DEFAULT_MAX_BODY_BYTES).toBe(5 * 1024 * 1024));

  for (const { name, send, words } of oversizedBodies) {
    it(`${name}: 413 in the provider's dialect`, async () => {
      const before = process.memoryUsage().rss;
      const answer = await send();
      expect(answer.status).toBe(413);
      expect(answer.body).toMatch(words);
      // Not a timing or a precise figure: the 20 MB must not have been buffered (generous bound for GC noise).
      expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    });
  }
});

/** Keys that are Object.prototype's in a plain object. */
const prototypeKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('defect 11: client JSON is data', () => {
  for (const key of prototypeKeys) {
    it(`Zoom settings PATCH with "${key}" as a section and as a key: 300 or ignored, never a 500 or a changed prototype`, async () => {
      const url = `${mocks.baseUrls.zoom}/v2/users/me/settings`;
      const asSection = await fetch(url, { method: 'PATCH', headers: zoomHeaders(), body: `{"${key}": {"polluted": "yes", "toString": "x"}}` });
      expect(asSection.status).toBe(400);
      expect(await asSection.text()).toContain(key);
      const asKey = await fetch(url, { method: 'PATCH', headers: zoomHeaders(), body: `{"in_meeting": {"${key}": {"polluted": "yes"}}}` });
      expect(asKey.status).toBe(204);
      const settings = await (await fetch(url, { headers: zoomHeaders() })).json();
      expect(Object.getPrototypeOf(settings.in_meeting)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(typeof ({}).toString).toBe('function');
    });
  }

  it('a Salesforce update with a __proto__ key keeps the record a plain record', async () => {
    const base = `${mocks.baseUrls.salesforce}/services/data/v62.0`;
    const auth = { authorization: 'Bearer mock-session-token' };
    const list = await (await fetch(`${base}/query?q=${encodeURIComponent('SELECT Id FROM Contact')}`, { headers: auth })).json();
    const id = list.records[0].Id;
    const patch = await fetch(`${base}/sobjects/Contact/${id}`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json' }, body: '{"__proto__": {"Email": "evil@example.com"}}' });
    expect(patch.status).not.toBe(500);
    const record = await (await fetch(`${base}/sobjects/Contact/${id}`, { headers: auth })).json();
    expect(record.Email).not.toBe('evil@example.com');
  });
});
