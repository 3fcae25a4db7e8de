/**
 * Loads scenario files: YAML parse -> envelope schema -> each fault's params -> rules -> duplicate ids.
 * Never throws for bad input: every problem of every file is collected, located at its YAML node.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLWarning } from 'yaml';
import { describeReadError, readTextFile } from '../read-text-file.ts';
import { nodeProblems, rawControlProblems } from './check-text.ts';
import { YamlLocator } from './locate.ts';
import { registriesOf, type LoadOptions, type Registries } from './registries.ts';
import { FILE_RULE } from './schema.ts';
import type { Problem, Scenario } from './types.ts';
import { formatProblem } from '../input/format-problem.ts';
import type { Candidate } from './validate-scenario.ts';
import { validateItems } from './validate-items.ts';

export type { LoadOptions } from './registries.ts';

/** Valid scenarios and every problem found; a scenario with a problem is left out. */
export interface LoadResult {
  scenarios: Scenario[];
  problems: Problem[];
}

const SCENARIO_FILE = /\.ya?ml$/i;

/** The parser's warnings but unresolved tags (nodeProblems names those), as problems. */
function warningProblems(warnings: readonly YAMLWarning[], file: string, locator: YamlLocator): Problem[] {
  return warnings
    .filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED')
    .map((warning) => ({ file, ...(warning.linePos?.[0] ?? locator.position(warning.pos[0])), path: '', message: `invalid YAML: ${warning.message.split(/ at line \d+, column \d+/)[0]}` }));
}

/** Parses one file's text into candidates (valid or not) and the problems of its YAML and shape. */
function candidatesOf(text: string, file: string, registries: Registries): { candidates: Candidate[]; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const locator = new YamlLocator(doc, lines);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const { line, col } = error.linePos?.[0] ?? locator.position(error.pos[0]);
      const reason = error.code === 'MULTIPLE_DOCS'
        ? `the file holds several documents (separated by ---); ${FILE_RULE}`
        : error.message.split(/ at line \d+, column \d+/)[0];
      return { file, line, col, path: '', message: `invalid YAML: ${reason}` };
    });
    return { candidates: [], problems };
  }
  // Text that must not reach the validator (or a terminal): every place it occurs, then nothing else.
  const unsafe = rawControlProblems(text, file, locator);
  if (unsafe.length === 0) unsafe.push(...nodeProblems(doc, text, file, locator), ...warningProblems(doc.warnings, file, locator));
  if (unsafe.length > 0) return { candidates: [], problems: unsafe };
  const stem = basename(file, extname(file));
  const contents = doc.contents;
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // e.g. an alias bomb: the yaml library refuses to expand it
    return { candidates: [], problems: [{ file, ...locator.at([]), path: '', message: `invalid YAML: ${(error as Error).message}` }] };
  }
  if (isSeq(contents)) {
    const items = data as unknown[];
    if (items.length === 0) return { candidates: [], problems: [{ file, ...locator.at([]), path: '', message: `the sequence is empty; ${FILE_RULE}` }] };
    return { candidates: validateItems(items, items.map((_, i) => [i]), { file, locator, stem }, registries), problems: [] };
  }
  if (isMap(contents) && contents.has('scenarios')) {
    // A wrapper key would make every scenario key "missing": one problem says what to change instead.
    const message = `a scenario file has no scenarios: key; ${FILE_RULE}: remove "scenarios:" and un-indent its items`;
    return { candidates: [], problems: [{ file, ...locator.keyAt(['scenarios']), path: 'scenarios', message }] };
  }
  if (isMap(contents)) {
    return { candidates: validateItems([data], [[]], { file, locator, stem }, registries), problems: [] };
  }
  const message = contents === null ? `the file is empty; ${FILE_RULE}` : `expected a mapping or a sequence, got a single value; ${FILE_RULE}`;
  return { candidates: [], problems: [{ file, ...locator.at([]), path: '', message }] };
}

/** Keeps the first scenario of each id; every later one becomes a problem pointing back at the first. */
function rejectDuplicates(entries: { file: string; candidate: Candidate }[]): Problem[] {
  const first = new Map<string, { file: string; candidate: Candidate }>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { id, idAt, idDefaulted } = entry.candidate;
    if (!id) continue;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, entry);
      continue;
    }
    const origin = idDefaulted ? ' (the default <integration>/<file stem>)' : '';
    const there = `${earlier.file}:${earlier.candidate.idAt.line}:${earlier.candidate.idAt.col}`;
    problems.push({
      file: entry.file, ...idAt, path: 'id',
      message: `duplicate scenario id "${id}"${origin}, first declared at ${there}; give one of them another id`,
    });
    delete entry.candidate.scenario;
  }
  return problems;
}

/** Stable order: by file as given, then by line and column; a problem several scenarios share is kept once. */
function sortProblems(problems: Problem[], files: string[]): Problem[] {
  const rank = (p: Problem) => files.indexOf(p.file);
  const seen = new Set<string>();
  return problems
    .filter((p) => !seen.has(formatProblem(p)) && !!seen.add(formatProblem(p)))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p);
}

function loadTexts(sources: { file: string; text?: string; problem?: Problem }[], options?: LoadOptions): LoadResult {
  const registries = registriesOf(options);
  const problems: Problem[] = [];
  const entries: { file: string; candidate: Candidate }[] = [];
  for (const source of sources) {
    if (source.problem) problems.push(source.problem);
    if (source.text === undefined) continue;
    const parsed = candidatesOf(source.text, source.file, registries);
    problems.push(...parsed.problems);
    for (const candidate of parsed.candidates) {
      problems.push(...candidate.problems);
      entries.push({ file: source.file, candidate });
    }
  }
  problems.push(...rejectDuplicates(entries));
  const scenarios = entries.flatMap((e) => (e.candidate.scenario ? [e.candidate.scenario] : []));
  return { scenarios, problems: sortProblems(problems, sources.map((s) => s.file)) };
}

/**
 * Validates scenario YAML text as if read from `file` (the name is used in problems and the default id).
 * @example loadScenarioText('title: ...', 'scenarios/quickbooks/payee.yaml', { providers: fakes })
 */
export function loadScenarioText(text: string, file: string, options?: LoadOptions): LoadResult {
  return loadTexts([{ file, text }], options);
}

function read(file: string): { file: string; text?: string; problem?: Problem } {
  const read = readTextFile(file);
  if ('text' in read) return { file, text: read.text };
  return { file, problem: { file, ...(read.at ?? { line: 0, col: 0 }), path: '', message: `cannot read: ${read.error}` } };
}

/** Loads and validates one scenario file. */
export function loadScenarioFile(path: string, options?: LoadOptions): LoadResult {
  return loadTexts([read(path)], options);
}

/** Scenario files under the given paths: files as given, directories searched recursively for *.yaml / *.yml. */
export function findScenarioFiles(paths: readonly string[]): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SCENARIO_FILE.test(entry.name)) files.push(full);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      problems.push({ file: path, line: 0, col: 0, path: '', message: `cannot read: ${describeReadError(error)}` });
      continue;
    }
    if (!isDir) files.push(path);
    else {
      const before = files.length;
      walk(path);
      if (files.length === before) problems.push({ file: path, line: 0, col: 0, path: '', message: 'no scenario files (*.yaml, *.yml) in this directory' });
    }
  }
  return { files: [...new Set(files)], problems };
}

/**
 * Loads every scenario file under `paths` (files or directories, recursive) and checks ids are unique
 * across all of them. `files` lists what was read.
 * @example const { scenarios, problems } = loadScenarios(['scenarios']);
 */
export function loadScenarios(paths: readonly string[], options?: LoadOptions): LoadResult & { files: string[] } {
  const found = findScenarioFiles(paths);
  const result = loadTexts(found.files.map(read), options);
  return { ...result, problems: [...found.problems, ...result.problems], files: found.files };
}
