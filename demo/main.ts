/**
 * Runs the demo product (the integrations hub) on its own, for manual QA against `brownout mocks` or real URLs.
 * @example npm run demo:serve -- --mode guided --with-mocks
 * @example npm run demo:serve -- --mode legacy --mocks http://127.0.0.1:4100 --port 3000
 */
import { Command, InvalidArgumentError } from 'commander';
import { baseUrlsFromControl, envNameFor, PROVIDER_SLUGS, resolveBaseUrls } from './serve-options.ts';
import { DEFAULT_REALM_ID, startDemo } from './server.ts';
import { spawnMocks } from './spawn-mocks.ts';

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535 (0 = any free port), got "${value}"`);
  return n;
};
const mode = (value: string) => {
  if (value !== 'legacy' && value !== 'guided') throw new InvalidArgumentError(`expected legacy or guided, got "${value}"`);
  return value;
};

const program = new Command('demo:serve')
  .description(`Serves the Integrations Hub demo. Provider URLs: --mocks (a running \`brownout mocks\`), --with-mocks (its own fleet), ${envNameFor('slack')}-style variables, or --base-url.`)
  .option('--mode <mode>', 'UX mode: legacy or guided', mode, (process.env.DEMO_UX_MODE as string | undefined) ?? 'guided')
  .option('--port <port>', 'port to listen on (0 = any free port)', port, Number(process.env.PORT ?? 3000))
  .option('--host <host>', 'interface to bind', process.env.HOST ?? '127.0.0.1')
  .option('--mocks <url>', 'control API URL of a running `brownout mocks` (reads every provider base URL from it)')
  .option('--mocks-token <token>', 'token of that control API, when it needs one')
  .option('--with-mocks', 'start a `brownout mocks` fleet beside the demo as well')
  .option('--base-url <provider=url...>', `a provider's base URL (providers: ${PROVIDER_SLUGS.join(', ')})`, [])
  .option('--realm-id <id>', 'QuickBooks company id', process.env.QBO_REALM_ID ?? DEFAULT_REALM_ID);

program.parse();
const options = program.opts<{ mode: 'legacy' | 'guided'; port: number; host: string; mocks?: string; mocksToken?: string; withMocks?: boolean; baseUrl: string[]; realmId: string }>();

try {
  const fleet = options.withMocks ? await spawnMocks() : undefined;
  process.once('exit', () => fleet?.stop());
  const control = fleet?.control ?? options.mocks;
  const fromControl = control ? await baseUrlsFromControl(control, fleet ? undefined : options.mocksToken) : undefined;
  const baseUrls = resolveBaseUrls({ fromControl, env: process.env, flags: options.baseUrl });
  if (Object.keys(baseUrls).length === 0) throw new Error('brownout: no provider URLs: pass --with-mocks, --mocks <control API URL>, BROWNOUT_<PROVIDER>_URL variables or --base-url provider=url.');
  const demo = await startDemo({ mode: options.mode, baseUrls, realmId: options.realmId, port: options.port, host: options.host });
  console.log(`Integrations Hub demo (${options.mode}) at ${demo.url}/integrations`);
  for (const slug of PROVIDER_SLUGS) console.log(`  ${slug.padEnd(14)} ${baseUrls[slug] ?? '(not set: shown as not installed)'}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void demo.close().then(() => process.exit(0)));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
