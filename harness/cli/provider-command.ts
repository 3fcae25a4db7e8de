import { relative } from 'node:path';
import type { Command } from 'commander';
import type { GenerateOptions } from '../providers/dialect-overrides.ts';
import type { GeneratedProvider } from '../providers/format.ts';
import { ProviderSourceError } from '../providers/source-error.ts';

/** Options of `brownout provider new`. */
export interface ProviderNewOptions {
  fromOpenapi?: string;
  fromHar?: string;
  out?: string;
  dialect?: string;
  only?: string[];
  title?: string;
  category?: string;
  force?: boolean;
}

// Quoted where a shell would read the argument otherwise, so provider.json's command can be pasted back.
const shellQuote = (arg: string) => (/^[\w./=:@,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** Generates a provider folder from an OpenAPI document or a HAR; prints what it wrote. Resolves with the exit code. */
export async function providerNewCommand(name: string, options: ProviderNewOptions, argv: readonly string[]): Promise<number> {
  const started = performance.now();
  // Loaded when the command runs: the rest of the CLI starts without them.
  const { readDialectOverrides } = await import('../providers/dialect-overrides.ts');
  const { exportName, writeProviderFolder } = await import('../providers/write-folder.ts');
  try {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new ProviderSourceError(`the provider name "${name}" is not a slug; use lower-case letters, digits and dashes, starting with a letter (e.g. github, acme-billing).`);
    if (Boolean(options.fromOpenapi) === Boolean(options.fromHar)) throw new ProviderSourceError('give exactly one of --from-openapi <file> or --from-har <file>.');
    const generate: GenerateOptions = {
      name,
      command: `brownout provider new ${argv.map(shellQuote).join(' ')}`,
      ...(options.title ? { title: options.title } : {}),
      ...(options.category ? { category: options.category } : {}),
      ...(options.dialect ? { dialect: readDialectOverrides(options.dialect) } : {}),
      ...(options.only ? { only: options.only } : {}),
    };
    const provider: GeneratedProvider = options.fromOpenapi
      ? await (await import('../providers/openapi/from-openapi.ts')).providerFromOpenApi(options.fromOpenapi, generate)
      : await (await import('../providers/har/from-har.ts')).providerFromHar(options.fromHar!, generate);
    const out = options.out ?? `providers/${name}`;
    const written = writeProviderFolder(out, provider, options.force);
    const shown = relative(process.cwd(), written) || written;
    const ms = Math.round(performance.now() - started);
    console.log(`brownout: wrote provider "${name}" (${provider.meta.title}) to ${shown} in ${ms} ms: ${provider.catalogue.length} endpoints, dialect ${Object.keys(provider.dialect).join(', ')}.`);
    for (const warning of provider.warnings) console.log(`  note: ${warning}`);
    console.log(`Use it: providers: { use: [${name}], custom: [./${shown}/index.ts] } in brownout.config.* (export ${exportName(name)}).`);
    return 0;
  } catch (error) {
    const message = (error as Error).message;
    console.error(message.startsWith('brownout:') ? message : `brownout: could not generate the provider: ${message}`);
    console.error('brownout: nothing was written.');
    return error instanceof ProviderSourceError ? 2 : 1;
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/** Adds `brownout provider new` to the CLI. */
export function registerProviderCommand(program: Command): void {
  const provider = program.command('provider').description('generate mock providers for any API');
  provider
    .command('new')
    .description('write a provider folder (catalogue, dialect, data, index.ts) from an OpenAPI 3 document or a HAR')
    .argument('<name>', 'provider slug, e.g. github (scenarios and {{mocks.<name>}} use it)')
    .option('--from-openapi <file>', 'OpenAPI 3.0/3.1 document (.json or .yaml)')
    .option('--from-har <file>', 'HAR recording (e.g. from `brownout record`, or a browser\'s network panel)')
    .option('--out <dir>', 'folder to write (default providers/<name>)')
    .option('--dialect <file>', 'JSON dialect entries from the vendor\'s docs that replace or add to the inferred ones')
    .option('--only <globs>', 'only these path templates (comma-separated, * for any characters); repeatable', collect)
    .option('--title <title>', 'name users know the provider by (default the document\'s info.title)')
    .option('--category <category>', 'grouping in reports (default Other)')
    .option('--force', 'replace the folder if it exists')
    .action(async (name: string, o: ProviderNewOptions) => {
      process.exitCode = await providerNewCommand(name, o, process.argv.slice(process.argv.indexOf('new') + 1));
    });
}
