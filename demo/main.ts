/**
 * Runs the demo product standalone, configured from the environment:
 * `DEMO_UX_MODE` (legacy | guided, default guided), `QBO_BASE_URL` (required), `QBO_REALM_ID`, `PORT`, `HOST`.
 * @example QBO_BASE_URL=http://127.0.0.1:4010 DEMO_UX_MODE=legacy node_modules/.bin/tsx demo/main.ts
 */
import { startDemo } from './server.ts';

const mode = process.env.DEMO_UX_MODE ?? 'guided';
const quickbooks = process.env.QBO_BASE_URL;
const port = Number(process.env.PORT ?? 0);

if (mode !== 'legacy' && mode !== 'guided') fail(`DEMO_UX_MODE must be "legacy" or "guided", got "${mode}".`);
if (!quickbooks) fail('QBO_BASE_URL is not set. Set it to the QuickBooks API (or mock) base URL, e.g. http://127.0.0.1:4010.');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number (0-65535), got "${process.env.PORT}".`);

const demo = await startDemo({
  mode: mode as 'legacy' | 'guided',
  baseUrls: { quickbooks: quickbooks as string },
  realmId: process.env.QBO_REALM_ID || undefined,
  port,
  host: process.env.HOST || undefined,
});
console.log(`Integrations Hub demo (${mode}) at ${demo.url}/expenses/new`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
}

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(2);
}
