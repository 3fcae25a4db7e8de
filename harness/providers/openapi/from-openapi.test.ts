import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../runtime/mock-runtime.ts';
import type { MockRuntime } from '../../runtime/types.ts';
import type { GeneratedProvider } from '../format.ts';
import { generatedProvider } from '../load-generated.ts';
import { writeProviderFolder } from '../write-folder.ts';
import { providerFromOpenApi } from './from-openapi.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'brownout-openapi-'));
const command = 'brownout provider new acme --from-openapi notes-api.yaml';
let generated: GeneratedProvider;
let mocks: MockRuntime;
let base: string;

beforeAll(async () => {
  generated = await providerFromOpenApi(fixture('notes-api.yaml'), { name: 'acme', command });
  writeProviderFolder(join(dir, 'acme'), generated);
  const acme = generatedProvider(join(dir, 'acme'));
  mocks = await startMockRuntime({ providers: ['acme'], definitions: { acme } });
  base = mocks.baseUrls.acme!;
});
afterAll(async () => {
  await mocks?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an OpenAPI document as a provider', () => {
  it('has one catalogue entry per operation: method + server base path + the path template, read vs mutation, idempotency from the method', () => {
    expect(generated.catalogue.map(({ endpoint, kind, idempotent }) => `${endpoint} ${kind} ${idempotent}`)).toEqual([
      'GET /v2/notes read true',
      'POST /v2/notes mutation false',
      'GET /v2/notes/{noteId} read true',
      'DELETE /v2/notes/{noteId} mutation true',
    ]);
    expect(generated.meta.hosts).toEqual(['api.acme.test']);
    expect(generated.meta.title).toBe('Acme Notes API');
  });

  it("answers with the document's examples, and lists what was created", async () => {
    expect(await (await fetch(`${base}/v2/notes`)).json()).toEqual([{ id: 7, title: 'Seed note', pinned: false }]);
    const created = await fetch(`${base}/v2/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Buy milk', pinned: true }) });
    expect(created.status).toBe(201);
    const note = await created.json();
    expect(note).toEqual({ id: 8, title: 'Buy milk', pinned: true });
    expect(await (await fetch(`${base}/v2/notes`)).json()).toEqual([note, { id: 7, title: 'Seed note', pinned: false }]);
    expect(await (await fetch(`${base}/v2/notes/8`)).json()).toEqual(note);
    expect(mocks.journal().map((e) => `${e.endpoint} ${e.status} ${e.tookEffect}`)).toContain('POST /v2/notes 201 true');
  });

  it('samples a body from the schema where the document has no example, and sends no body for a 204', async () => {
    expect(await (await fetch(`${base}/v2/notes/99`)).json()).toEqual({ id: 0, title: 'string', pinned: true });
    const deleted = await fetch(`${base}/v2/notes/99`, { method: 'DELETE' });
    expect([deleted.status, await deleted.text()]).toEqual([204, '']);
    expect(generated.warnings.join('\n')).toContain('1 endpoint(s) have no example; their bodies were sampled from the schema (e.g. GET /v2/notes/{noteId})');
  });

  it('answers a create without a required field with the dialect validation answer, and changes nothing', async () => {
    const response = await fetch(`${base}/v2/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pinned: true }) });
    expect(response.status).toBe(generated.dialect.validation!.status);
  });

  it("takes the dialect from the declared errors: the 401's example, the 429's Retry-After, the 404's schema", () => {
    expect(generated.dialect['auth-revoked']).toMatchObject({ status: 401, body: { error: { code: 'unauthorized', message: 'The API key was revoked' } } });
    expect(generated.dialect['rate-limit']).toMatchObject({ status: 429, headers: { 'retry-after': '12' }, body: { error: { code: '429', message: 'Too many requests' } } });
    expect(generated.dialect['not-found']).toMatchObject({ status: 404, body: { error: { message: 'No such note' } } });
  });

  it('marks the kinds the document declares nothing for as generic fallbacks, in its own error shape', () => {
    expect(generated.dialect.outage).toMatchObject({ status: 503, body: { error: { message: 'Service unavailable' } } });
    expect(generated.dialect.outage!.notes).toMatch(/^\[generic\] .*notes-api\.yaml declares no outage answer/);
    expect(generated.warnings.join('\n')).toMatch(/declares no answer for outage, maintenance, forbidden, validation, deprecated, version-gone: generic fallbacks used/);
  });

  it('serves the folder through its own index.ts, which brownout imports like any custom provider', async () => {
    const module = (await import(pathToFileURL(join(dir, 'acme', 'index.ts')).href)) as Record<string, { name: string; catalogue: unknown[] }>;
    expect(module.acme?.name).toBe('acme');
    expect(module.acme?.catalogue).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(dir, 'acme', 'provider.json'), 'utf8')).generatedFrom.command).toBe(command);
  });
});

// Each broken document: the message names the file and where (line:col or JSON pointer) and what to do.
const brokenDocuments: [string, string, RegExp][] = [
  ['no such file', 'missing.yaml', /cannot read the OpenAPI document .*missing\.yaml: no such file\. Give the path of a \.json or \.yaml OpenAPI 3 document/],
  ['a JSON syntax error', 'bad-syntax.json', /bad-syntax\.json:4:\d+ is not valid JSON: .*Fix the syntax there/],
  ['Swagger 2.0', 'swagger2.yaml', /swagger2\.yaml#\/swagger: Swagger 2\.0 is not supported, only OpenAPI 3\.0 and 3\.1\. Convert it first/],
  ['a $ref to nothing', 'broken-ref.json', /broken-ref\.json: cannot resolve a \$ref: .*Missing.*Fix the reference/],
  ['path templates that cannot be endpoints', 'bad-paths.yaml', /2 path template\(s\) cannot be endpoints:\n.*bad-paths\.yaml#\/paths\/~1a b: .*\n.*#\/paths\/things: a path template must start with "\/"/],
  ['no operations', 'no-operations.yaml', /no-operations\.yaml#\/paths: the document has no operations/],
];

describe('broken documents', () => {
  it.each(brokenDocuments)('%s: a located message, and nothing written', async (_, file, message) => {
    const out = join(dir, `broken-${file}`);
    const error = await providerFromOpenApi(fixture(file), { name: 'broken', command }).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/^brownout: /);
    expect(error?.message).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('--only matching no path says which globs and gives an example', async () => {
    const error = await providerFromOpenApi(fixture('notes-api.yaml'), { name: 'acme', command, only: ['/users*'] }).catch((e: Error) => e);
    expect((error as Error).message).toContain('matches --only /users*');
  });

  it('does not replace an existing folder unless asked, and leaves no temporary folder behind', () => {
    expect(() => writeProviderFolder(join(dir, 'acme'), generated)).toThrow(/acme already exists; pass --force to replace it/);
    writeProviderFolder(join(dir, 'acme'), generated, true);
    expect(readdirSync(dir).filter((name) => name.startsWith('acme'))).toEqual(['acme']);
  });
});
