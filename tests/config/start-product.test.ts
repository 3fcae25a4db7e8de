import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ProductStartError } from '../../harness/config/config-error.ts';
import type { ProductStart } from '../../harness/config/load-config.ts';
import { freePort } from '../../harness/playwright/attach/free-port.ts';
import { startProduct } from '../../harness/playwright/attach/start-product.ts';

// A product started per worker: ready, crashed at start, never ready; and no process of it left behind.
const script = fileURLToPath(new URL('./fixtures/product-with-child.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'brownout-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Running, not a zombie (a zombie has exited; only its exit status is left to collect). */
function isRunning(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
}

function productOf(mode: string, extra: Partial<ProductStart> = {}, env: Record<string, string> = {}) {
  const pidFile = join(dir, `${mode}-${Math.random().toString(36).slice(2)}.pid`);
  const start: ProductStart = {
    command: `node ${script}`, cwd: dir, port: 'auto', url: 'http://127.0.0.1:{{port}}', readyUrl: '{{url}}/health', readyTimeoutMs: 5000,
    env: { MODE: mode, PORT: '{{port}}', PID_FILE: pidFile, SLACK_API_URL: '{{mocks.slack}}', ...env }, ...extra,
  };
  return { start, childPid: () => Number(readFileSync(pidFile, 'utf8')), leftRunning: () => runningWithEnv(`PID_FILE=${pidFile}`) };
}

/**
 * Processes still running whose environment holds `entry` (the product's shell and every child inherit it),
 * so "nothing left" holds even when the product was stopped before it could write its pid file (a loaded machine).
 */
function runningWithEnv(entry: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry) && isRunning(pid);
    } catch {
      return false;
    }
  });
}

const mocks = { slack: 'http://127.0.0.1:4010' };

describe('startProduct', () => {
  it('waits for readiness, fills the placeholders, and close() ends the product and its children', async () => {
    const { start, childPid } = productOf('serve');
    const product = await startProduct(start, mocks, 'brownout.config.yaml');
    expect(await (await fetch(`${product.url}/env`)).json()).toEqual({ SLACK_API_URL: 'http://127.0.0.1:4010' });
    const child = childPid();
    expect(isRunning(child)).toBe(true);
    await product.close();
    expect(isRunning(child)).toBe(false);
    expect(isRunning(product.pid)).toBe(false);
  });

  it('kills a child that ignores SIGTERM once the grace period is over', async () => {
    const { start, childPid } = productOf('serve', {}, { CHILD_IGNORES_TERM: '1' });
    const product = await startProduct(start, mocks, 'brownout.config.yaml');
    const child = childPid();
    const began = Date.now();
    await product.close();
    expect(isRunning(child)).toBe(false);
    // The grace period (3000 ms) was given before SIGKILL.
    expect(Date.now() - began).toBeGreaterThanOrEqual(2900);
    expect(Date.now() - began).toBeLessThan(5000);
  });

  it('says the product did not start when its command exits first, with its last output, and leaves no process', async () => {
    const { start, childPid } = productOf('crash');
    const began = Date.now();
    const error = await startProduct(start, mocks, 'brownout.config.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProductStartError);
    const message = (error as Error).message;
    expect(message).toMatch(/^brownout: the product did not start: `node .*product-with-child\.js` \(in .*\) exited with code 3 before http:\/\/127\.0\.0\.1:\d+\/health answered/);
    expect(message).toContain('| product-with-child: giving up, no database');
    expect(message).toContain('Fix: run that command by hand in that folder to see why, then correct product.start (command, cwd, env) in brownout.config.yaml.');
    expect(Date.now() - began).toBeLessThan(start.readyTimeoutMs);
    expect(isRunning(childPid())).toBe(false);
  });

  it('says the product never became ready once readyTimeoutMs has passed, and leaves no process', async () => {
    const { start, leftRunning } = productOf('hang', { readyTimeoutMs: 1000 });
    const began = Date.now();
    const error = await startProduct(start, mocks, 'brownout.config.yaml').catch((e: unknown) => e);
    const elapsed = Date.now() - began;
    expect(error).toBeInstanceOf(ProductStartError);
    expect((error as Error).message).toMatch(/^brownout: the product never became ready: http:\/\/127\.0\.0\.1:\d+\/health did not answer with a status below 500 within 1000 ms \(last: ECONNREFUSED\)/);
    expect((error as Error).message).toContain('or raise product.start.readyTimeoutMs in brownout.config.yaml');
    // Within the configured time, plus the kill (SIGTERM is obeyed at once here) and scheduling slack (ms).
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(1000 + 1500);
    expect(leftRunning()).toEqual([]);
  });

  it('starts a port: auto product again on another port when it exits because its port was taken', async () => {
    const portsFile = join(dir, `ports-${Math.random().toString(36).slice(2)}.txt`);
    const { start, leftRunning } = productOf('port-taken-once', {}, { PORTS_FILE: portsFile });
    const product = await startProduct(start, mocks, 'brownout.config.yaml');
    const ports = readFileSync(portsFile, 'utf8').trim().split('\n');
    expect(ports).toHaveLength(2);
    expect(ports[1]).not.toBe(ports[0]);
    expect(product.url).toBe(`http://127.0.0.1:${ports[1]}`);
    expect(await (await fetch(`${product.url}/env`)).json()).toEqual({ SLACK_API_URL: 'http://127.0.0.1:4010' });
    await product.close();
    expect(leftRunning()).toEqual([]);
  });
});

describe('freePort', () => {
  it('hands out a port below the OS ephemeral range (no OS-picked port can take it first) that is free to bind', async () => {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    const ports = await Promise.all(Array.from({ length: 5 }, () => freePort()));
    for (const port of ports) expect(port).toBeLessThan(low!);
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(ports[0], '127.0.0.1', resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});
