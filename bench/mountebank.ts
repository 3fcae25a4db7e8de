import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Target } from './spawn-target.ts';

const mb = fileURLToPath(new URL('../node_modules/mountebank/bin/mb', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForApi(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`brownout bench: mountebank did not answer at ${url} within ${timeoutMs} ms; is the mountebank dev dependency installed?`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts mountebank (the dev dependency, in a child process, loopback only) with one imposter that answers
 * `path` with `body` as JSON over keep-alive connections, like the other targets.
 */
export async function startMountebank(body: string, path: string): Promise<Target> {
  const apiPort = await freePort();
  const child = spawn(process.execPath, [mb, 'start', '--port', String(apiPort), '--host', '127.0.0.1', '--nologfile', '--loglevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const api = `http://127.0.0.1:${apiPort}`;
    await waitForApi(`${api}/config`, 15_000);
    const imposter = {
      protocol: 'http',
      recordRequests: false,
      stubs: [
        {
          predicates: [{ equals: { method: 'GET', path } }],
          // mountebank answers "Connection: close" unless told otherwise: keep-alive, as every other target.
          responses: [{ is: { statusCode: 200, headers: { 'Content-Type': 'application/json', Connection: 'keep-alive' }, body } }],
        },
      ],
    };
    const created = await fetch(`${api}/imposters`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(imposter) });
    if (created.status !== 201) throw new Error(`brownout bench: mountebank refused the imposter (${created.status}): ${await created.text()}`);
    const { port } = (await created.json()) as { port: number };
    return { url: `http://127.0.0.1:${port}${path}`, child, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
