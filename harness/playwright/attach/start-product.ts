import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { ProductStartError } from '../../config/config-error.ts';
import type { ProductStart } from '../../config/load-config.ts';
import { fillPlaceholders } from '../../config/placeholders.ts';
import { freePort } from './free-port.ts';
import { killProcessGroup, signalGroup } from './process-group.ts';

/** A product instance the harness started for one worker. */
export interface StartedProduct {
  /** Base URL flows open, placeholders filled. */
  url: string;
  /** Process id of the shell that runs the command (also its process group id). */
  pid: number;
  /** Ends the product and every process it started. */
  close(): Promise<void>;
}

const TAIL_LINES = 15;
const POLL_MS = 100;

/** How one worker's product instance is started, beyond the config's `product.start`. */
export interface StartOptions {
  /** The variant drilled, filled into `{{variant}}`. */
  variant?: string;
  /** Also print the product's output (prefixed `[product]`) on this process's stderr, e.g. with `--verbose`. */
  echo?: boolean;
}

/** Keeps the last lines a process printed, for error messages (and echoes them when asked). */
function tailOf(child: ChildProcess, echo: boolean): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    const fresh = chunk.toString('utf8').split('\n').filter((l) => l.trim());
    if (echo) for (const line of fresh) process.stderr.write(`[product] ${line}\n`);
    lines.push(...fresh);
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => (lines.length ? lines.map((l) => `    | ${l}`).join('\n') : '    (it printed nothing)');
}

/**
 * Why nothing accepts TCP connections at the URL's host and port yet (the socket error's code, ETIMEDOUT after
 * timeoutMs), or null once something does. A refused connection costs a syscall where a `fetch` costs a request
 * object, streams and an abort signal: while a product boots (seconds, on a loaded machine), readiness is probed
 * this way and asked over HTTP only once the port listens.
 */
export function portClosed(url: string, timeoutMs: number): Promise<string | null> {
  const { hostname, port, protocol } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || (protocol === 'https:' ? 443 : 80)) });
    const done = (why: string | null) => { socket.destroy(); resolve(why); };
    socket.setTimeout(timeoutMs, () => done('ETIMEDOUT'));
    socket.once('connect', () => done(null));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.name));
  });
}

/** A product whose command is running and whose readiness is still being polled. */
export interface LaunchedProduct extends StartedProduct {
  /** Resolves once `readyUrl` answers below 500; rejects with ProductStartError (the product already stopped). */
  ready: Promise<void>;
}

/**
 * Starts the product and waits for it to be ready (launchProduct, then its `ready`).
 * @example const product = await startProduct(config.product.start, mocks.baseUrls, 'brownout.config.ts');
 */
export async function startProduct(start: ProductStart, mockUrls: Record<string, string>, configFile: string, options: StartOptions = {}): Promise<StartedProduct> {
  const launched = await launchProduct(start, mockUrls, configFile, options);
  await launched.ready;
  return { url: launched.url, pid: launched.pid, close: launched.close };
}

/** How many ports a `port: auto` product is tried on when it exits saying its port is taken. */
const PORT_ATTEMPTS = 3;
const PORT_TAKEN = /EADDRINUSE|address already in use/i;

/**
 * Launches the product for one worker (see launchOnce). With `port: auto`, a product that exits saying its port
 * is taken (another process bound the free port first, a race no check before the spawn can close) is started
 * again on another port, up to three times; `url` and `pid` follow the instance that is running.
 */
export async function launchProduct(start: ProductStart, mockUrls: Record<string, string>, configFile: string, options: StartOptions = {}): Promise<LaunchedProduct> {
  if (start.port !== 'auto') return launchOnce(start, String(start.port), mockUrls, configFile, options);
  let current = await launchOnce(start, String(await freePort()), mockUrls, configFile, options);
  let closed = false;
  const ready = (async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await current.ready;
      } catch (error) {
        const exited = error instanceof ProductStartError && error.message.startsWith('brownout: the product did not start');
        if (closed || !exited || !PORT_TAKEN.test(error.message) || attempt >= PORT_ATTEMPTS) throw error;
        current = await launchOnce(start, String(await freePort()), mockUrls, configFile, options);
      }
    }
  })();
  // Whoever awaits `ready` sees the failure; unawaited, it must not crash the worker.
  ready.catch(() => undefined);
  return {
    get url() {
      return current.url;
    },
    get pid() {
      return current.pid;
    },
    close: () => {
      closed = true;
      return current.close();
    },
    ready,
  };
}

/**
 * Launches the product once, on `port`: fills `{{port}}`, `{{mocks.<slug>}}`
 * (this worker's mock base URLs) and `{{variant}}` into the command, env and URLs, runs the command in its own process group,
 * and returns at once; its `ready` settles when `readyUrl` answers below 500, or rejects with ProductStartError,
 * with no process left behind, when the command exits first or `readyTimeoutMs` passes. The caller can launch
 * the browser meanwhile.
 */
async function launchOnce(start: ProductStart, port: string, mockUrls: Record<string, string>, configFile: string, options: StartOptions): Promise<LaunchedProduct> {
  const values: Record<string, string> = { port, ...Object.fromEntries(Object.entries(mockUrls).map(([slug, url]) => [`mocks.${slug}`, url])) };
  if (options.variant !== undefined) values.variant = options.variant;
  values.url = fillPlaceholders(start.url, values);
  const url = values.url;
  const readyUrl = fillPlaceholders(start.readyUrl ?? start.url, values);
  const command = fillPlaceholders(start.command, values);
  const env = Object.fromEntries(Object.entries(start.env).map(([k, v]) => [k, fillPlaceholders(v, values)]));

  const child = spawn('/bin/sh', ['-c', command], { cwd: start.cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid!;
  // If this worker dies without teardown, the product must not outlive it.
  const onExit = () => signalGroup(pid, 'SIGKILL');
  process.once('exit', onExit);
  const tail = tailOf(child, Boolean(options.echo));
  let exitCode: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
    child.once('error', (error) => {
      exitCode = `an error: ${error.message}`;
      resolve();
    });
  });
  const close = async () => {
    await killProcessGroup(child);
    process.off('exit', onExit);
  };

  const deadline = Date.now() + start.readyTimeoutMs;
  // Polls readyUrl until it answers below 500; stops the product and throws when it exits or time runs out.
  const pollReady = async (): Promise<void> => {
    let last = 'no answer yet';
    for (;;) {
      if (exitCode !== undefined) {
        await close();
        throw new ProductStartError(
          `brownout: the product did not start: \`${command}\` (in ${start.cwd}) exited with ${exitCode} before ${readyUrl} answered. Its last output:\n${tail()}\n` +
            `Fix: run that command by hand in that folder to see why, then correct product.start (command, cwd, env) in ${configFile}.`,
        );
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        await close();
        throw new ProductStartError(
          `brownout: the product never became ready: ${readyUrl} did not answer with a status below 500 within ${start.readyTimeoutMs} ms (last: ${last}); \`${command}\` was stopped. Its last output:\n${tail()}\n` +
            `Fix: make product.start.readyUrl a URL the product serves on the port it listens on (pass {{port}} to it, e.g. env PORT: "{{port}}"), or raise product.start.readyTimeoutMs in ${configFile}.`,
        );
      }
      const closed = await portClosed(readyUrl, Math.min(1000, remaining));
      if (closed) last = closed;
      else {
        try {
          const response = await fetch(readyUrl, { redirect: 'manual', signal: AbortSignal.timeout(Math.min(1000, remaining)) });
          await response.body?.cancel();
          if (response.status < 500) return;
          last = `HTTP ${response.status}`;
        } catch (error) {
          const cause = (error as { cause?: { code?: string } }).cause;
          last = cause?.code ?? (error as Error).name;
        }
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))))]);
    }
  };
  const ready = pollReady();
  // Whoever awaits `ready` sees the failure; unawaited, it must not crash the worker.
  ready.catch(() => undefined);
  return { url, pid, close, ready };
}
