import { type Command, InvalidArgumentError } from 'commander';
import { randomBytes } from 'node:crypto';
import { isLoopback } from '../control/auth.ts';

/** Options of `brownout mocks`. */
export interface MocksOptions {
  host: string;
  /** Port of the control API (0 = any free port). */
  port: number;
  token?: string;
  /** Provider slugs; default every registered provider (or the config's). */
  providers?: string[];
  seed: number;
  /** Fixed ports: the control API at N (unless --port), the providers at N+1, N+2, ... in alphabetical order. */
  portBase?: number;
  /** A config file whose `providers` section says what to serve (its custom providers included). */
  config?: string;
}

/**
 * Starts every registered mock provider and the control API, prints where they are, and runs until SIGINT or
 * SIGTERM, then closes everything. Resolves with the exit code.
 */
export async function mocksCommand(options: MocksOptions): Promise<number> {
  const started = performance.now();
  // Imported here, not at the top: main.ts registers this command for every CLI call, and `brownout validate` or
  // `--version` need neither the providers (msw, graphql) nor the control server (express).
  const [{ builtinProviders }, { startControlServer }, { startMockRuntime }] = await Promise.all([
    import('../../mocks/index.ts'),
    import('../control/control-server.ts'),
    import('../runtime/mock-runtime.ts'),
  ]);
  const loopback = isLoopback(options.host);
  const token = options.token ?? (loopback ? undefined : randomBytes(18).toString('base64url'));
  const configured = options.config ? await (await import('../config/load-providers.ts')).loadConfiguredProviders(options.config) : undefined;
  const definitions = configured?.definitions ?? builtinProviders;
  const slugs = options.providers ?? configured?.use ?? Object.keys(definitions);
  const base = options.portBase;
  // --port-base numbers every provider; the config's providers.ports fix some of them (and win).
  const numbered = base === undefined ? {} : Object.fromEntries([...slugs].sort().map((slug, i) => [slug, base + 1 + i]));
  const fixed = Object.fromEntries(Object.entries(configured?.ports ?? {}).filter(([slug]) => slugs.includes(slug)));
  const ports = base === undefined && Object.keys(fixed).length === 0 ? undefined : { ...numbered, ...fixed };
  const runtime = await startMockRuntime({ host: options.host, providers: slugs, definitions, strictAuth: configured?.strictAuth ?? false, ...(ports ? { ports } : {}) });
  let control;
  try {
    const controlPort = options.port === 0 && base !== undefined ? base : options.port;
    control = await startControlServer({ runtime, definitions, host: options.host, port: controlPort, seed: options.seed, ...(token ? { token } : {}) });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  // Listen before printing: whoever reads "Press Ctrl+C" may signal at once, and an unhandled SIGTERM kills.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const ms = Math.round(performance.now() - started);
  const names = Object.keys(runtime.baseUrls);
  const width = Math.max(...names.map((n) => n.length));
  const sinceLaunch = Math.round(process.uptime() * 1000);
  console.log(`brownout: ${names.length} mock providers ready in ${ms} ms (${sinceLaunch} ms since the process started)`);
  for (const name of names) console.log(`  ${name.padEnd(width)}  ${runtime.baseUrls[name]}`);
  console.log(`control API   ${control.url}`);
  console.log(`control page  ${control.url}/${token ? `?token=${token}` : ''}`);
  if (token && !options.token) console.log(`token         ${token}  (generated: send "Authorization: Bearer <token>")`);
  if (!loopback) console.log(`brownout: listening on ${options.host}, not the default loopback: every control API request needs the token.`);
  console.log('Press Ctrl+C to stop.');

  const signal = await stopped;
  await Promise.all([control.close(), runtime.close()]);
  console.log(`brownout: stopped (${signal}).`);
  return 0;
}

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535 (0 = any free port), got "${value}"`);
  return n;
};
const seed = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`expected a whole-number seed, got "${value}"`);
  return n;
};

/** Adds `brownout mocks` to the CLI. */
export function registerMocksCommand(program: Command): void {
  program
    .command('mocks')
    .description('start every mock provider and a control API + page to apply faults by hand (exploratory QA)')
    .option('--host <host>', 'interface to bind (anything but loopback needs a token on the control API)', '127.0.0.1')
    .option('--port <port>', 'port of the control API (0 = any free port)', port, 0)
    .option('--token <token>', 'token the control API requires (generated and printed when --host is not loopback)')
    .option('--providers <slugs>', 'comma-separated provider slugs (default: every registered provider)')
    .option('--seed <n>', 'seed of the faults\' probability draws', seed, 1)
    .option('--port-base <n>', 'fixed ports: the control API at n (unless --port), the providers at n+1, n+2, ... in alphabetical order', port)
    .option('--config <file>', "serve the providers of a config file (providers.use, with its providers.custom folders); the file may hold nothing else")
    .action(async (o) => {
      try {
        const providers = o.providers !== undefined ? String(o.providers).split(',').map((s) => s.trim()).filter(Boolean) : undefined;
        if (providers?.length === 0) {
          console.error(`brownout: --providers "${o.providers}" names no provider; give comma-separated slugs (e.g. --providers quickbooks,slack) or leave it out to serve every provider.`);
          process.exitCode = 2;
          return;
        }
        process.exitCode = await mocksCommand({ host: o.host, port: o.port, token: o.token, seed: o.seed, ...(providers ? { providers } : {}), ...(o.portBase !== undefined ? { portBase: o.portBase } : {}), ...(o.config ? { config: o.config } : {}) });
      } catch (error) {
        const message = (error as Error).message;
        console.error(message.startsWith('brownout:') ? message : `brownout: could not start the mocks: ${message}`);
        process.exitCode = 2;
      }
    });
}
