/** Reads a run journal from disk for the reports, with errors that say which path and what was expected. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { BrownoutError, exitCodes } from '../input/errors.ts';
import { readTextFile } from '../read-text-file.ts';
import type { RunJournal } from './results.ts';
import { runJournalSchema } from './results-schema.ts';

/** A journal and the folder its evidence paths (screenshots, traces) are relative to. */
export interface LoadedRun {
  journal: RunJournal;
  /** Absolute path of the run folder. */
  dir: string;
  /** What was read around (a torn last line of a salvaged journal), for the command to print. */
  warnings?: string[];
  /** An audit's inventory (`inventory.json` beside the journal): every API call found, and those left TBD. */
  inventory?: RunInventory;
}

const inventorySchema = z.looseObject({
  // providerTitle: what the audit recorded of the provider (absent in older inventories: reports show the slug).
  calls: z.array(z.looseObject({ flow: z.string(), provider: z.string(), providerTitle: z.string().optional(), endpoint: z.string(), mutation: z.boolean() })),
  tbd: z.array(z.looseObject({ flow: z.string(), provider: z.string(), endpoint: z.string(), reason: z.string() })).default([]),
  // Flows whose healthy run failed (absent in older inventories).
  failed: z.array(z.looseObject({ flow: z.string(), error: z.string() })).default([]),
});

/** The API calls an audit found (its `inventory.json`), as the coverage section reads them. */
export type RunInventory = z.output<typeof inventorySchema>;

function readInventoryBeside(dir: string, path: string): RunInventory | undefined {
  const file = join(dir, 'inventory.json');
  if (!existsSync(file)) return undefined;
  const read = readTextFile(file, { maxBytes: MAX_JOURNAL_BYTES, what: 'audit inventories', give: "expected the audit's inventory, or no such file" });
  if ('error' in read) throw new ReportInputError(path, `${file}: ${read.error}`);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new ReportInputError(path, `${file} is not valid JSON (${(error as Error).message}); expected the audit's inventory, or no such file`);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, maxProblems).map((issue) => `  ${describeIssue(issue)}`);
    throw new ReportInputError(path, `${file} is not an audit inventory:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** An input of a report is missing or is not a run journal (nothing was written). */
export class ReportInputError extends BrownoutError {
  override name = 'ReportInputError';
  override readonly exitCode: number = exitCodes.invalidInput;
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`brownout: ${message}`);
  }
}

const journalFile = 'results.json';
/** The largest results.json / inventory.json read (bytes): a 300-drill audit writes a few MB; a hostile file is refused, not parsed. */
export const MAX_JOURNAL_BYTES = 100 * 1024 * 1024;
const expected = `expected a run folder holding ${journalFile} (e.g. reports/<run-id>) or the path of a ${journalFile}`;

const dotted = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

// A journal from another tool can be wrong everywhere; the first problems say enough.
const maxProblems = 20;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${dotted(issue.path)}: missing, expected ${issue.expected}`;
  const input = issue.code !== 'unrecognized_keys' && issue.input !== undefined ? JSON.stringify(issue.input) : undefined;
  const got = input === undefined ? '' : `, got ${input.length > 60 ? `${input.slice(0, 57)}...` : input}`;
  return `${dotted(issue.path)}: ${issue.message}${got}`;
}

/**
 * Reads and validates `results.json` from a run folder or from the file itself.
 * Throws `ReportInputError` naming the path and what was expected when it is missing, not JSON, or not a
 * journal (every schema problem listed with its path inside the file).
 * @example const { journal, dir } = readRun('reports/latest')
 */
export function readRun(path: string): LoadedRun {
  const given = resolve(path);
  if (!existsSync(given)) throw new ReportInputError(path, `run not found: ${path} does not exist; ${expected}`);
  const file = statSync(given).isDirectory() ? join(given, journalFile) : given;
  if (!existsSync(file)) {
    throw new ReportInputError(path, `no ${journalFile} in ${path}; ${expected}`);
  }
  const read = readTextFile(file, { maxBytes: MAX_JOURNAL_BYTES, what: 'run journals', give: expected });
  if ('error' in read) throw new ReportInputError(path, `${file}: ${read.error}`);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new ReportInputError(path, `${file} is not valid JSON (${(error as Error).message}); ${expected}`);
  }
  const parsed = runJournalSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, maxProblems).map((issue) => `  ${describeIssue(issue)}`);
    const more = parsed.error.issues.length - problems.length;
    if (more > 0) problems.push(`  ... and ${more} more`);
    const what = basename(file) === journalFile ? file : `${file} (read as ${journalFile})`;
    throw new ReportInputError(path, `${what} is not a run journal:\n${problems.join('\n')}`);
  }
  const inventory = readInventoryBeside(dirname(file), path);
  return { journal: parsed.data, dir: dirname(file), ...(inventory ? { inventory } : {}) };
}
