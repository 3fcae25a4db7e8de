import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Document, LineCounter, parseDocument } from 'yaml';
import { readTextFile } from '../read-text-file.ts';
import { YamlLocator } from '../scenario/locate.ts';
import type { Problem } from '../scenario/types.ts';
import { importUserModule } from '../input/import-module.ts';

/** Config file names looked for in the working folder, in this order. */
export const CONFIG_FILE_NAMES = [
  'brownout.config.ts', 'brownout.config.mts', 'brownout.config.js', 'brownout.config.mjs',
  'brownout.config.yaml', 'brownout.config.yml', 'brownout.config.json',
];

/** The first `brownout.config.*` in `dir`, or undefined (the demo is the product then). */
export function findConfigFile(dir: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => join(dir, name)).find((file) => existsSync(file));
}

/** A config file's raw value and a way to point problems at its nodes. */
export interface RawConfig {
  data: unknown;
  /** Where `path` is written: line/col for YAML and JSON, 0:0 for modules (values without a source). */
  at(path: readonly PropertyKey[]): { line: number; col: number };
  locator: YamlLocator;
  /** A TypeScript/JavaScript module: problems carry no line. */
  module: boolean;
}

const MODULE = new Set(['.ts', '.mts', '.js', '.mjs']);

/** Reads a config file: imports a module (its default export), or parses YAML/JSON keeping positions. */
export async function readConfigFile(file: string): Promise<RawConfig | Problem> {
  const fail = (message: string): Problem => ({ file, line: 0, col: 0, path: '', message });
  if (!existsSync(file)) return fail('no such config file; give the path of a brownout.config.ts, .yaml or .json');
  if (MODULE.has(extname(file))) {
    let module: Record<string, unknown>;
    try {
      module = await importUserModule(file);
    } catch (error) {
      return fail(`cannot load the config module: ${(error as Error).message.split('\n')[0]}`);
    }
    if (module.default === undefined) return fail('the module has no default export; write `export default defineConfig({ ... })`');
    const locator = new YamlLocator(new Document(module.default), new LineCounter());
    return { data: module.default, at: () => ({ line: 0, col: 0 }), locator, module: true };
  }
  const read = readTextFile(file, { what: 'config files' });
  if ('error' in read) return { file, ...(read.at ?? { line: 0, col: 0 }), path: '', message: `cannot read: ${read.error}` };
  const lines = new LineCounter();
  const doc = parseDocument(read.text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, col } = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, line, col, path: '', message: `invalid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${error.message.split(/ at line \d+/)[0]}` };
  }
  const locator = new YamlLocator(doc, lines);
  return { data: doc.toJS(), at: (path) => locator.at(path), locator, module: false };
}
