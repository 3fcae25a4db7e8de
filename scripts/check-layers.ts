/**
 * Checks the layering rules of `.dependency-cruiser.cjs` (through dependency-cruiser's API: its CLI needs
 * Node 22) and, with `--graph <file.svg>`, draws the folder graph through Graphviz `dot`. Violations listed in
 * `.dependency-cruiser-known-violations.json` (the debt left when the rules came in: each entry a dependency or
 * cycle to cut) are counted as known, not as errors; `--baseline` rewrites that list, to record debt on purpose.
 * @example npx tsx scripts/check-layers.ts                              # exit 1 listing each new violation
 * @example npx tsx scripts/check-layers.ts --graph docs/architecture.svg
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';

/** The folders whose imports are checked. */
export const LAYERED_ROOTS = ['harness', 'mocks', 'demo'];

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: ICruiseOptions };
const KNOWN = '.dependency-cruiser-known-violations.json';

/**
 * Without @swc/core dependency-cruiser silently skips every .ts file and finds nothing wrong: refuse instead.
 */
function assertParser(): void {
  try {
    createRequire(import.meta.url).resolve('@swc/core');
  } catch {
    throw new Error('brownout: the layering check needs @swc/core to parse TypeScript (without it no .ts file is cruised); run npm ci');
  }
}

/** One violation as one line: rule, from, to, and the cycle when there is one (also the key of a known one). */
const describe = (v: ICruiseResult['summary']['violations'][number]) =>
  `${v.rule.name}: ${v.from} → ${v.to}${v.cycle?.length ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`;

/**
 * Cruises `roots` (relative to `cwd`) against the rules. `violations` are the error-level ones not listed as
 * known in `cwd`; `known` how many listed ones were found; `output` one line per new violation and a summary.
 */
export async function checkLayers(cwd: string, roots: string[] = LAYERED_ROOTS): Promise<{ violations: string[]; known: number; output: string }> {
  assertParser();
  const result = await cruise(roots, { ...config.options, baseDir: cwd, validate: true, ruleSet: { forbidden: config.forbidden } as ICruiseOptions['ruleSet'] });
  const { summary } = result.output as ICruiseResult;
  const known = join(cwd, KNOWN);
  const listed = new Set<string>(existsSync(known) ? (JSON.parse(readFileSync(known, 'utf8')) as string[]) : []);
  const all = [...new Set(summary.violations.filter((v) => v.rule.severity === 'error').map(describe))];
  const violations = all.filter((line) => !listed.has(line));
  // Debt paid off stays listed until someone notices: say so, so the list only shrinks.
  const stale = [...listed].filter((line) => !all.includes(line)).map((line) => `  paid off (remove it from ${KNOWN}): ${line}`);
  const counts = `${summary.totalCruised} modules, ${summary.totalDependenciesCruised} dependencies cruised`;
  const output = [...violations.map((line) => `  error ${line}`), ...stale, `${violations.length} new violation(s), ${all.length - violations.length} known (${KNOWN}); ${counts}.`].join('\n');
  return { violations, known: all.length - violations.length, output };
}

/** The folder graph (modules collapsed to their folder) as an SVG, through Graphviz `dot`. */
export async function drawLayers(cwd: string): Promise<string> {
  const result = await cruise(LAYERED_ROOTS, { ...config.options, baseDir: cwd, outputType: 'dot', includeOnly: '^(harness|mocks|demo)/', collapse: '^(harness|mocks|demo)/[^/]+/|^(harness|mocks|demo)/' });
  try {
    return execFileSync('dot', ['-Tsvg'], { input: String(result.output), encoding: 'utf8' });
  } catch (error) {
    throw new Error(`brownout: drawing the graph failed (${(error as Error).message.split('\n')[0]}); it needs Graphviz \`dot\`, e.g. apt-get install -y graphviz`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const at = process.argv.indexOf('--graph');
  if (at > 0) {
    const out = process.argv[at + 1];
    if (!out) throw new Error('brownout: --graph needs a file, e.g. --graph docs/architecture.svg');
    writeFileSync(out, await drawLayers(root));
    console.log(`wrote ${out}`);
  } else if (process.argv.includes('--baseline')) {
    writeFileSync(join(root, KNOWN), '[]\n');
    const { violations } = await checkLayers(root);
    writeFileSync(join(root, KNOWN), `${JSON.stringify(violations.sort(), null, 2)}\n`);
    console.log(`wrote ${KNOWN}: ${violations.length} known violation(s)`);
  } else {
    const { violations, output } = await checkLayers(root);
    console.log(output);
    process.exitCode = violations.length === 0 ? 0 : 1;
  }
}
