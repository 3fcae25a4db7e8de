import { readFileSync } from 'node:fs';
import { parseDialect } from '../../mocks/schema.ts';
import type { Dialect } from '../../mocks/types.ts';
import { ProviderSourceError } from './source-error.ts';

/**
 * Reads a `--dialect` file: dialect entries (the format of mocks/<name>/dialect.json) taken from the vendor's
 * documentation, which replace or add to the inferred ones (e.g. GitHub's rate-limit headers, which its
 * OpenAPI document does not declare).
 */
export function readDialectOverrides(file: string): Dialect {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new ProviderSourceError(`cannot read the dialect file ${file}: ${(error as Error).message}. Give a JSON object of dialect entries, as in mocks/slack/dialect.json.`);
  }
  try {
    return parseDialect(json, file);
  } catch (error) {
    throw new ProviderSourceError((error as Error).message);
  }
}

/** Options every generator shares. */
export interface GenerateOptions {
  name: string;
  title?: string;
  category?: string;
  /** Dialect entries that win over the inferred ones. */
  dialect?: Dialect;
  /** Only path templates matching one of these globs (`*` any characters), e.g. `/repos/{owner}/{repo}/issues*`. */
  only?: string[];
  /** The command line, recorded in provider.json. */
  command: string;
}

/** A test for `--only` globs over path templates; every path passes without globs. */
export function pathFilter(globs: readonly string[] | undefined): (path: string) => boolean {
  if (!globs || globs.length === 0) return () => true;
  const tests = globs.map((glob) => new RegExp(`^${glob.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
  return (path) => tests.some((test) => test.test(path));
}
