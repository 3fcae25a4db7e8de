import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { GuidelinesError } from '../input/errors.ts';

/**
 * Parses a guidelines data file's YAML text; a syntax error is a `GuidelinesError` naming the file.
 * @example const data = parseGuidelinesYaml(source, 'copy-rules.yaml');
 */
export function parseGuidelinesYaml(source: string, file: string): unknown {
  try {
    return parse(source);
  } catch (error) {
    throw new GuidelinesError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
}

/** Reads a guidelines data file's text; a missing or unreadable file is a `GuidelinesError` naming it. */
export function readGuidelinesFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new GuidelinesError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
}
