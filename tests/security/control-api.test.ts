/**
 * Defects 4 and 12 (issue 14): the control API on loopback without a token refuses what a web page the
 * developer opens could send (a text/plain POST, a foreign Origin, a rebound Host name), answers a
 * deeply nested body with 400, and `brownout mocks --providers ",,,"` refuses to start an empty fleet.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { startControlServer, type ControlServer } from '../../harness/control/control-server.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { brownout } from '../cli/cli.ts';

const fault = JSON.stringify({ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage' });

/** Raw HTTP, so the Host header can be what a DNS-rebinding page would send. */
function send(url: string, init: { method: string; path: string; headers?: Record<string, string>; body?: string }) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: hostname, port, method: init.method, path: init.path, headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

let runtime: MockRuntime;
let control: ControlServer;
let origin: string;
beforeAll(async () => {
  runtime = await startMockRuntime({ providers: ['quickbooks'] });
  control = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0 });
  origin = control.url;
});
afterAll(async () => {
  await control.close();
  await runtime.close();
});

/** Requests a foreign page could make, and the status each must get (nothing applied). */
const crossSiteRequests: { name: string; method: string; path: string; headers: (o: string) => Record<string, string>; body?: string; status: number; error: RegExp }[] = [
  { name: 'a text/plain POST of a fault (no preflight)', method: 'POST', path: '/faults', headers: () => ({ 'content-type': 'text/plain' }), body: fault, status: 415, error: /application\/json/ },
  { name: 'a form POST of /reset', method: 'POST', path: '/reset', headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }), body: 'a=1', status: 415, error: /application\/json/ },
  { name: 'a POST without a content type', method: 'POST', path: '/faults', headers: () => ({}), body: fault, status: 415, error: /application\/json/ },
  { name: 'a JSON POST from another origin', method: 'POST', path: '/faults', headers: () => ({ 'content-type': 'application/json', origin: 'https://evil.example' }), body: fault, status: 403, error: /origin/i },
  { name: 'a DELETE from another origin', method: 'DELETE', path: '/faults', headers: () => ({ origin: 'http://localhost:1' }), status: 403, error: /origin/i },
  { name: 'a read through a rebound host name', method: 'GET', path: '/journal', headers: (o) => ({ host: `evil.example:${new URL(o).port}` }), status: 403, error: /host/i },
  { name: 'a POST through a rebound host name', method: 'POST', path: '/reset', headers: (o) => ({ host: `rebind.evil.example:${new URL(o).port}`, 'content-type': 'application/json' }), body: '', status: 403, error: /host/i },
];

describe('defect 4: cross-site requests to the control API', () => {
  for (const r of crossSiteRequests) {
    it(`${r.name}: ${r.status}, nothing applied`, async () => {
      const response = await send(origin, { method: r.method, path: r.path, headers: r.headers(origin), ...(r.body !== undefined ? { body: r.body } : {}) });
      expect(response.status).toBe(r.status);
      expect(JSON.parse(response.body).error).toMatch(r.error);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      const faults = await (await fetch(`${origin}/faults`)).json();
      expect(faults).toEqual([]);
    });
  }

  it('the control page\'s own origin and the loopback names of the port are served', async () => {
    const port = new URL(origin).port;
    const own = await send(origin, { method: 'POST', path: '/faults', headers: { 'content-type': 'application/json; charset=utf-8', origin }, body: fault });
    expect(own.status).toBe(201);
    expect((await send(origin, { method: 'GET', path: '/faults', headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await send(origin, { method: 'DELETE', path: '/faults', headers: { origin: `http://localhost:${port}` } })).status).toBe(204);
  });
});

/** Bodies that must be a 400, never a 500. */
const deepBodies: { name: string; body: string }[] = [
  { name: 'an array nested 40000 deep', body: `${'['.repeat(40_000)}${']'.repeat(40_000)}` },
  { name: 'an object nested 10000 deep in params', body: `{"provider":"quickbooks","endpoint":"*","kind":"outage","params":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}` },
];

describe('defect 12: deep JSON and an empty provider list', () => {
  for (const { name, body } of deepBodies) {
    it(`${name}: 400`, async () => {
      const response = await send(origin, { method: 'POST', path: '/faults', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toMatch(/nest/);
    });
  }

  it('brownout mocks --providers ",,," refuses to start', () => {
    const run = brownout(['mocks', '--providers', ',,,', '--port', '0'], process.cwd(), 60_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--providers');
  });
});
