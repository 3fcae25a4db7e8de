import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../harness/config/config-error.ts';
import { defaultConfigFile } from '../../harness/config/default-config.ts';
import { discoverConfig } from '../../harness/config/discover.ts';
import { loadConfig } from '../../harness/config/load-config.ts';
import { pickVariant, runLabel } from '../../harness/config/variant.ts';

const example = fileURLToPath(new URL('../../examples/slack-notes/', import.meta.url));
const flows = join(example, 'flows/post-note.ts');
const slack = join(example, 'providers/slack/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'brownout-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid YAML config, line by line, so a case can replace one line. */
const valid = [
  'product:',
  '  start:',
  '    command: node server.js',
  `    cwd: ${example}`,
  '    env: { PORT: "{{port}}", SLACK_API_URL: "{{mocks.slack}}" }',
  `flows: [${flows}]`,
  'providers:',
  '  use: [slack]',
  `  custom: [${slack}]`,
];
const edit = (line: number, text: string) => valid.map((l, i) => (i === line ? text : l)).join('\n');

async function problemsOf(text: string, name = 'brownout.config.yaml'): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, text);
  const error = await loadConfig(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message.replaceAll(relative(process.cwd(), file), '<config>').replaceAll(file, '<config>');
}

// Each misconfiguration, named after its defect, with (part of) the message the user gets.
const invalidCases: [string, string, string][] = [
  ['unknown provider', edit(7, '  use: [slak]'), '<config>:8:9 providers.use[0]: unknown provider "slak"; built-in providers: '],
  ['unknown provider, the fix', edit(7, '  use: [slak]'), 'custom providers: slack; did you mean "slack"? Fix: use one of those slugs, or add your provider\'s folder'],
  ['both start and running', `${valid.join('\n')}\n  running: { url: "https://staging.example.com" }`.replace('providers:\n  use: [slack]', 'providers:\n  use: [slack]'), ''],
  ['unknown placeholder', edit(4, '    env: { SLACK_API_URL: "{{mocks.slak}}" }'), 'product.start.env.SLACK_API_URL: unknown placeholder {{mocks.slak}}; allowed: {{port}}, {{url}}, {{mocks.slack}}; did you mean "mocks.slack"?'],
  ['flow module missing', edit(5, 'flows: [./flows/nowhere.ts]'), '<config>:6:9 flows[0]: cannot load the flow module'],
  ['flow module without flows', edit(5, `flows: [${slack}]`), 'exports no flow (an object with name, integration, title and run(), see defineFlow)'],
  ['a product timeout past what a stuck threshold holds', edit(5, `flows: [${join(fileURLToPath(new URL('./fixtures/', import.meta.url)), 'bad-timeout-flow.ts')}]`), 'flow "slack.post-note": productTimeoutMs must be a whole number of ms from 1 to 28000 (with the 2000 ms margin, a stuck threshold of at most 30 s), got 60000'],
  ['custom provider module without a provider', edit(8, `  custom: [${flows}]`), 'providers.custom[0]: ' + `${flows} exports no provider definition`],
  ['strictAuth for a provider not used', edit(7, '  use: [slack]\n  strictAuth: [zoom]'), '<config>:9:16 providers.strictAuth[0]: "zoom" is not in providers.use (slack); add it there or remove it here'],
  ['a port for a provider not used (validate refuses what brownout mocks would)', edit(7, '  use: [slack]\n  ports: { zoom: 4102 }'), 'providers.ports.zoom: "zoom" is not in providers.use (slack); add it there or remove its port'],
  ['readiness timeout not a duration', edit(2, '    command: node server.js\n    readyTimeoutMs: fast'), 'product.start.readyTimeoutMs: expected a duration of at most 5 minutes (300000 ms) such as 8s or 500ms (a bare number is ms), got "fast"'],
  ['readiness timeout of an hour (a drill would wait that long for a broken product)', edit(2, '    command: node server.js\n    readyTimeoutMs: 60m'), 'product.start.readyTimeoutMs: expected a duration of at most 5 minutes (300000 ms)'],
  ['misspelt key', edit(2, '    comand: node server.js'), 'product.start.comand: unknown key; allowed keys: command, cwd, port, url, readyUrl, readyTimeoutMs, env; did you mean "command"?'],
  ['routing a provider not used', `${valid.join('\n')}`.replace('  start:', '  routeBrowserCalls: [quickbooks]\n  start:'), 'product.routeBrowserCalls[0]: "quickbooks" is not in providers.use (slack); add it there or remove it here'],
  ['cwd that does not exist', edit(3, '    cwd: ./no-such-folder'), 'product.start.cwd: no such folder'],
  ['running product without routing', valid.join('\n').replace(/product:\n {2}start:\n(?: {4}.*\n)+/, 'product: { running: { url: "https://staging.example.com" } }\n'), 'product.running: an already-running product needs mocks it can reach: either product.running.control'],
  ['no flows', edit(5, 'flows: []'), '<config>:6:8 flows: expected'],
  ['invalid YAML', 'product: [', '<config>:1:'],
  ['variant placeholder without variants', edit(2, '    command: node server.js --ux {{variant}}'), 'product.start.command: unknown placeholder {{variant}}; allowed: {{port}}, {{url}}, {{mocks.slack}}'],
  ['default variant not among the variants', `variants: [legacy, guided]\ndefaultVariant: guidde\n${valid.join('\n')}`, '<config>:2:17 defaultVariant: "guidde" is not one of variants (legacy, guided); did you mean "guided"? Fix: name one of them, or add it to variants'],
  ['a variant listed twice', `variants: [legacy, legacy]\n${valid.join('\n')}`, '<config>:1:20 variants[1]: variant "legacy" is listed twice; list each variant once'],
];

describe('loadConfig: every misconfiguration says where, what, what is allowed and the fix', () => {
  it.each(invalidCases)('%s', async (_, text, expected) => {
    const message = await problemsOf(text);
    expect(message).toMatch(/^brownout: invalid config \(\d+ problems?\):\n {2}/);
    expect(message).toContain(expected);
  });

  it('refuses a product with both start and running, or neither', async () => {
    const both = valid.join('\n').replace('product:\n', 'product:\n  running: { url: "https://staging.example.com" }\n');
    expect(await problemsOf(both)).toContain('product: give exactly one of product.start (the harness starts the product per worker) or product.running');
    const neither = valid.join('\n').replace(/product:\n {2}start:\n(?: {4}.*\n)+/, 'product: {}\n');
    expect(await problemsOf(neither)).toContain('product: give exactly one of product.start');
  });

  it('names a missing config file', async () => {
    const error = await loadConfig(join(dir, 'brownout.config.ts')).catch((e: unknown) => e);
    expect((error as Error).message).toContain('brownout.config.ts: no such config file; give the path of a brownout.config.ts, .yaml or .json');
  });

  it('asks a module for its default export', async () => {
    const message = await problemsOf('export const config = {};\n', 'brownout.config.mjs');
    expect(message).toContain('<config>: the module has no default export; write `export default defineConfig({ ... })`');
  });

  it('checks a TypeScript config with the same schema, without line numbers', async () => {
    const message = await problemsOf(`export default { product: { start: { command: 'x' } }, flows: ['${flows}'], providers: { use: [] } };\n`, 'brownout.config.ts');
    expect(message).toContain('<config> providers.use: expected');
  });
});

describe('loadConfig: the example product', () => {
  it('loads the browser-side TypeScript config: flows, custom provider with its hosts, routing, thresholds', async () => {
    const config = await loadConfig(join(example, 'brownout.config.ts'));
    expect(config.flows.map((f) => f.name)).toEqual(['slack.post-note']);
    expect(config.flows[0]?.context).toEqual({ initiatedBy: 'user-action', where: 'form-submit' });
    expect(config.use).toEqual(['slack']);
    expect(config.providers.slack?.hosts).toEqual(['slack.com']);
    expect(config.providers.slack?.catalogue.map((e) => e.endpoint)).toContain('POST /api/chat.postMessage');
    expect(config.product.routeBrowserCalls).toEqual(['slack']);
    expect(config.product.start).toMatchObject({ cwd: example.replace(/\/$/, ''), readyTimeoutMs: 10_000, port: 'auto', url: 'http://127.0.0.1:{{port}}' });
    expect(config.observe).toEqual({ settleMs: 400 });
    expect(config.scenarios).toEqual([join(example, 'scenarios')]);
  });

  it('loads the server-side YAML equivalent with the mock base URL placeholder in env', async () => {
    const config = await loadConfig(join(example, 'brownout.server.config.yaml'));
    expect(config.product.routeBrowserCalls).toEqual([]);
    expect(config.product.start?.env).toEqual({ PORT: '{{port}}', SLACK_CALLS: 'server', SLACK_API_URL: '{{mocks.slack}}' });
    expect(config.label).toBe('team-notes-server');
  });

  it('reads the JSON equivalent, and a fixed port means one worker', async () => {
    const file = join(dir, 'brownout.config.json');
    writeFileSync(file, JSON.stringify({
      product: { start: { command: 'node server.js', cwd: example, port: 4321, env: { SLACK_API_URL: '{{mocks.slack}}' } } },
      flows: [flows], providers: { use: ['slack'], custom: [slack] }, selectors: { toast: '.toast' }, observe: { stuckMs: '5s' },
    }));
    const config = await loadConfig(file);
    expect(config.product.start?.port).toBe(4321);
    expect(config.selectors).toEqual({ toast: '.toast' });
    expect(config.observe).toEqual({ stuckMs: 5000 });
    expect(config.notices).toContain('product.start.port is fixed (4321): the run uses one worker');
  });

  it("is discovered as brownout.config.ts in the working folder; none means the package's default (the bundled demo)", async () => {
    expect((await discoverConfig(undefined, example)).file).toBe(join(example, 'brownout.config.ts'));
    expect((await discoverConfig(undefined, mkdtempSync(join(dir, 'empty-')))).file).toBe(defaultConfigFile());
    expect(defaultConfigFile()).toBe(fileURLToPath(new URL('../../demo/brownout.config.ts', import.meta.url)));
  });
});

describe('config variants', () => {
  const withVariants = `variants: [legacy, guided]\ndefaultVariant: guided\n${edit(2, '    command: node server.js --ux {{variant}}')}`;

  it('fills {{variant}}, defaults to defaultVariant and labels runs by their variant', async () => {
    const file = join(dir, 'variants.brownout.config.yaml');
    writeFileSync(file, withVariants);
    const config = await loadConfig(file);
    expect(config.variants).toEqual(['legacy', 'guided']);
    expect(pickVariant(config, undefined)).toEqual({ variant: 'guided' });
    expect(pickVariant(config, 'legacy')).toEqual({ variant: 'legacy' });
    expect(runLabel(config, 'legacy')).toBe('legacy');
    expect(runLabel(config, 'legacy', 'nightly')).toBe('nightly');
  });

  it('refuses a variant the config does not declare, naming the ones it does', async () => {
    const file = join(dir, 'variants2.brownout.config.yaml');
    writeFileSync(file, withVariants);
    expect(pickVariant(await loadConfig(file), 'gided')).toEqual({ problem: `brownout: --variant gided: unknown variant; ${file} declares legacy, guided. Fix: pass one of those.` });
    const plain = join(dir, 'plain.brownout.config.yaml');
    writeFileSync(plain, valid.join('\n'));
    const config = await loadConfig(plain);
    expect(pickVariant(config, 'legacy')).toMatchObject({ problem: expect.stringContaining('declares no variants. Fix: drop --variant') });
    expect(runLabel(config, undefined)).toBe('product');
  });
});
