import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts', '.tsx']);
// tsx's scoped loader adds its own `.ts` require hook: after the first tsImport, that hook is no sign of Playwright.
let tsxUsed = false;

/** Whether Node reads `file` as CommonJS: `.cts`, or a `.ts` whose nearest package.json is not `"type": "module"`. */
function isCommonJs(file: string): boolean {
  if (extname(file) === '.cts') return true;
  if (extname(file) === '.mts') return false;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type !== 'module';
    if (dirname(dir) === dir) return true;
  }
}

/**
 * Imports one of the user's modules (config, flows, custom provider) by path. JavaScript is imported as is.
 * TypeScript of a CommonJS project, in Playwright's processes (its require hook for `.ts` is there before any
 * tsx), is required through that hook (its ESM hook would read the file as ESM); everywhere else tsx's scoped
 * loader (`tsImport`) loads it: brownout itself runs as compiled JavaScript.
 */
export async function importUserModule(file: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  if (!TYPESCRIPT.has(extname(file))) return esModuleOf((await import(url)) as Record<string, unknown>);
  const require = createRequire(file);
  if (!tsxUsed && require.extensions['.ts'] && isCommonJs(file)) return esModuleOf({ default: require(file) as unknown });
  tsxUsed = true;
  const { tsImport } = await import('tsx/esm/api');
  return esModuleOf((await tsImport(url, import.meta.url)) as Record<string, unknown>);
}

/**
 * The module's own exports. A TypeScript file of a CommonJS project is compiled to CommonJS, and importing it
 * gives `{ default: module.exports }` where module.exports is `{ __esModule: true, default: config, ... }`.
 */
function esModuleOf(namespace: Record<string, unknown>): Record<string, unknown> {
  const cjs = namespace.default as { __esModule?: unknown } | null | undefined;
  return typeof cjs === 'object' && cjs !== null && cjs.__esModule === true ? (cjs as Record<string, unknown>) : namespace;
}
