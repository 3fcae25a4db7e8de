import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { builtinProviders } from '../../mocks/index.ts';
import { didYouMean } from '../scenario/suggest.ts';

/** Choices of `brownout init`; every one has a default, so `init` asks nothing. */
export interface InitOptions {
  /** Folder to write into (default: the working folder). */
  dir?: string;
  /** Built-in provider the first drill fails (default quickbooks). */
  provider?: string;
  /** Endpoint id the scenario faults (default: the provider's first mutation). */
  endpoint?: string;
  /** How the product is started (default `npm start`). */
  command?: string;
  /** Where the product calls the provider from: its server (env var with the mock's URL) or the page. */
  calls?: 'server' | 'browser';
  /** Path polled until the product is ready, and the page the flow opens. */
  readyPath?: string;
  page?: string;
  /** Accessible name of the button the flow clicks. */
  action?: string;
  /** `Label=value`: a text box the flow fills before the click (a required field, say). */
  fill?: string;
  /** CI shards, baseline file and the branch whose pushes run the workflow. */
  shards?: number;
  baseline?: string;
  branch?: string;
  /** Overwrite files that exist. */
  force?: boolean;
}

const template = (name: string) => readFileSync(new URL(`../init/templates/${name}`, import.meta.url), 'utf8');
const fill = (text: string, values: Record<string, string>) => text.replace(/%%([A-Z_]+)%%/g, (whole, key: string) => values[key] ?? whole);
const slugTitle = (slug: string) => slug.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);

/**
 * `brownout init`: writes brownout.config.ts, one flow, one commented scenario, a `reports/` line in .gitignore
 * and a GitHub Actions workflow (shards, merge, gate, summary, HTML + Allure artifacts). Refuses to overwrite
 * an existing file unless `force`; writes nothing when anything is wrong.
 */
export function initCommand(options: InitOptions): { output: string; exitCode: 0 | 1 } {
  const dir = resolve(options.dir ?? '.');
  const slug = options.provider ?? 'quickbooks';
  const provider = builtinProviders[slug];
  const slugs = Object.keys(builtinProviders).sort();
  if (!provider) return { output: `brownout init: unknown provider "${slug}"; built-in providers: ${slugs.join(', ')}${didYouMean(slug, slugs)}. Fix: pass --provider <one of those>.`, exitCode: 1 };
  const ids = provider.catalogue.map((e) => e.endpoint);
  const endpoint = options.endpoint ?? (provider.catalogue.find((e) => e.kind === 'mutation') ?? provider.catalogue[0]!).endpoint;
  if (!ids.includes(endpoint)) return { output: `brownout init: ${slug} has no endpoint "${endpoint}"; its endpoints: ${ids.join(', ')}${didYouMean(endpoint, ids)}. Fix: pass --endpoint "<one of those>" (npx brownout endpoints ${slug}).`, exitCode: 1 };
  const shards = options.shards ?? 2;
  const fillMatch = options.fill === undefined ? undefined : /^([^=]+)=(.*)$/s.exec(options.fill);
  if (options.fill !== undefined && !fillMatch) return { output: `brownout init: --fill takes Label=value (the text box's accessible name, then what to type), got "${options.fill}"`, exitCode: 1 };
  const quote = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  const flowName = `${slug}.first-flow`;
  const values: Record<string, string> = {
    LABEL: basename(dir) || 'product', COMMAND: quote(options.command ?? 'npm start'),
    ENV: options.calls === 'browser' ? "{ PORT: '{{port}}' }" : `{ PORT: '{{port}}', ${slug.toUpperCase().replace(/-/g, '_')}_API_URL: '{{mocks.${slug}}}' }`,
    ROUTE: options.calls === 'browser' ? `    routeBrowserCalls: ['${slug}'],                // the page calls ${provider.title} itself: routed to the mock\n` : '',
    READY_PATH: options.readyPath ?? '/', PAGE_PATH: options.page ?? '/', ACTION: quote(options.action ?? 'Save'),
    FILL: fillMatch
      ? `    await page.getByRole('textbox', { name: '${quote(fillMatch[1]!.trim())}' }).fill('${quote(fillMatch[2]!)}');\n`
      : "    // await page.getByRole('textbox', { name: 'Title' }).fill('Quarterly report'); // fill what the form requires\n",
    FLOW_FILE: `brownout/flows/${slug}.ts`, SCENARIOS_DIR: 'brownout/scenarios', PROVIDER: slug, PROVIDER_TITLE: provider.title,
    FLOW_NAME: flowName, FLOW_EXPORT: `${slug.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}FirstFlow`,
    FLOW_TITLE: `Submit a form that calls ${provider.title}`, SCENARIO_ID: `${slug}/first-outage`, ENDPOINT: endpoint,
    SHARDS: String(shards), SHARD_LIST: Array.from({ length: shards }, (_, i) => i + 1).join(', '),
    BASELINE: options.baseline ?? 'brownout/baseline-results.json', BRANCH: options.branch ?? 'main',
  };
  const files: Record<string, string> = {
    'brownout.config.ts': fill(template('brownout.config.ts.tmpl'), values),
    [values.FLOW_FILE!]: fill(template('flow.ts.tmpl'), values),
    [`brownout/scenarios/${slug}/first-outage.yaml`]: fill(template('scenario.yaml.tmpl'), values),
    '.github/workflows/brownout.yml': fill(template('brownout.yml.tmpl'), values),
  };
  const existing = Object.keys(files).filter((f) => existsSync(join(dir, f)));
  if (existing.length > 0 && !options.force) {
    return { output: `brownout init: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${dir}; nothing was written. Fix: move them away, or pass --force to overwrite them.`, exitCode: 1 };
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const gitignore = join(dir, '.gitignore');
  const ignored = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : '';
  const addIgnore = !/^\/?reports\/?$/m.test(ignored);
  if (addIgnore) writeFileSync(gitignore, `${ignored}${ignored && !ignored.endsWith('\n') ? '\n' : ''}# brownout's runs and reports\nreports/\n`);
  const lines = [...Object.keys(files), ...(addIgnore ? ['.gitignore (reports/)'] : [])].map((f) => `  wrote ${f}`);
  lines.push(`brownout init: next, adapt ${values.FLOW_FILE} to your page, then: npx brownout validate && npx brownout run`);
  return { output: lines.join('\n'), exitCode: 0 };
}
