import { HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { installFastJson } from './fast-json.ts';
import { bufferedBodies } from './node-http.ts';

// msw's own builders, taken before the runtime's replacement is installed.
const original = { json: HttpResponse.json.bind(HttpResponse), text: HttpResponse.text.bind(HttpResponse) };
installFastJson();

const kDefaultContentType = Symbol.for('kDefaultContentType');

async function snapshot(response: Response) {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    setCookie: response.headers.getSetCookie(),
    defaultType: Reflect.get(response, kDefaultContentType) ?? false,
    body: Buffer.from(await response.arrayBuffer()).toString('hex'),
  };
}

const jsonCases: Array<[string, JsonBodyType, ConstructorParameters<typeof HttpResponse>[1]]> = [
  ['an object', { a: 1, b: ['x', null] }, undefined],
  ['non-ASCII and a lone surrogate', { name: 'Zoë 🚀 \ud800' }, { status: 201 }],
  ['an empty string', '', undefined],
  ['undefined', undefined, { status: 204 }],
  ['its own content type, length and cookies', { ok: true }, { status: 429, statusText: 'Slow down', headers: [['Content-Type', 'application/vnd.api+json'], ['Content-Length', '11'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']] }],
];

describe('installFastJson', () => {
  it.each(jsonCases)('HttpResponse.json of %s answers exactly as msw does', async (_, body, init) => {
    const fast = HttpResponse.json(body, init);
    expect(fast).toBeInstanceOf(HttpResponse);
    expect(await snapshot(fast)).toEqual(await snapshot(original.json(body, init)));
  });

  it.each([['text', 'héllo'], ['an empty text', ''], ['no text', null]] as const)('HttpResponse.text of %s answers exactly as msw does', async (_, body) => {
    expect(await snapshot(HttpResponse.text(body, { status: 503 }))).toEqual(await snapshot(original.text(body, { status: 503 })));
  });

  it('keeps the encoded bytes for the bridge, equal to the body a reader gets', async () => {
    const response = HttpResponse.json({ name: 'Zoë' });
    const kept = bufferedBodies.get(response);
    expect(kept?.toString('utf8')).toBe('{"name":"Zoë"}');
    expect(Buffer.from(await response.arrayBuffer()).equals(kept!)).toBe(true);
  });
});
