/**
 * The CLI as a QA engineer meets it, each figure beside its anchor in the same run: one drill through
 * `brownout run` against a bare `playwright test` of the same check (bench/bare/), both from the checkout
 * (TypeScript through tsx's loader) and as the installed package runs it (dist/, compiled by `npm run build`
 * first), `brownout validate` of one
 * file, and the before/after HTML report (its size and the time Chromium takes to open it). Wall times move
 * with the machine's load; CPU times (the command and every process it waited for) much less.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../harness/browser/find-chromium.ts';
import { childrenCpuMs } from './process-cpu.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/brownout.js');
// The installed package's entry: bin/brownout.js there finds no sources and imports this.
const packagedBin = join(root, 'dist/harness/cli/main.js');
const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const SCENARIO = 'quickbooks/expense-payee-outage';

/** Wall and CPU time (ms) of one command. */
export interface Timed {
  wallMs: number;
  cpuMs: number | null;
}

/** The CLI figures: medians over the rounds. */
export interface CliFigures {
  rounds: number;
  bare: Timed;
  drill: Timed;
  /** The same drill from the compiled package (dist/), with the package's default config. */
  packaged: Timed;
  validate: Timed;
  /** The report's main page; `pageMs`: opening the first scenario page, when the cards are on pages of their own. */
  report: { htmlBytes: number; folderBytes: number; openMs: number; scenarios: number; pageMs?: number } | null;
}

function timed(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Timed & { ok: boolean; output: string } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: options.cwd ?? root, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: '', ...options.env } });
  const wallMs = Math.round(performance.now() - started);
  const cpuAfter = childrenCpuMs();
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianTimed = (list: Timed[]): Timed => ({
  wallMs: median(list.map((t) => t.wallMs)),
  cpuMs: list.some((t) => t.cpuMs === null) ? null : median(list.map((t) => t.cpuMs!)),
});

function must<T extends { ok: boolean; output: string }>(what: string, result: T): T {
  if (!result.ok) throw new Error(`brownout bench: ${what} failed:\n${result.output.slice(-3000)}`);
  return result;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/** Size of a report's index.html and folder, and the time (ms) Chromium takes to its load event. */
export async function reportFigures(before: string, after: string): Promise<NonNullable<CliFigures['report']>> {
  const out = mkdtempSync(join(tmpdir(), 'brownout-bench-report-'));
  must('brownout report', timed([bin, 'report', '--before', before, '--after', after, '--out', out]));
  const html = join(out, 'index.html');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(`file://${html}`, { waitUntil: 'load' });
    const openMs = Math.round(performance.now() - started);
    const scenarios = (JSON.parse(readFileSync(join(after, 'results.json'), 'utf8')) as { scenarios: unknown[] }).scenarios.length;
    // A large report puts each card on a page of its own: the first one linked from the index is opened too.
    const first = await page.locator('tr.scenario-row th a').first().getAttribute('href');
    let pageMs: number | undefined;
    if (first && !first.startsWith('#')) {
      const opened = performance.now();
      await page.goto(`file://${join(out, first)}`, { waitUntil: 'load' });
      pageMs = Math.round(performance.now() - opened);
    }
    return { htmlBytes: statSync(html).size, folderBytes: folderBytes(out), openMs, scenarios, ...(pageMs === undefined ? {} : { pageMs }) };
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Rounds alternate bare test, brownout drill and validate; the first round warms caches and is not counted. */
export async function cliFigures(rounds = 3): Promise<CliFigures> {
  const reports = mkdtempSync(join(tmpdir(), 'brownout-bench-cli-'));
  const times = { bare: [] as Timed[], drill: [] as Timed[], packaged: [] as Timed[], validate: [] as Timed[] };
  must('npm run build', timed([join(root, 'scripts/build-package.mjs')]));
  for (let round = 0; round <= rounds; round += 1) {
    const bare = must('the bare Playwright test', timed([playwrightCli, 'test', '-c', join(root, 'bench/bare/playwright.config.ts')]));
    const drill = must('brownout run', timed([bin, 'run', '--grep', SCENARIO, '--variant', 'guided', '--reports', reports]));
    const packaged = must('brownout run (dist/)', timed([packagedBin, 'run', '--grep', SCENARIO, '--variant', 'guided', '--reports', reports]));
    const validate = must('brownout validate', timed([bin, 'validate', join(root, 'scenarios', `${SCENARIO}.yaml`)]));
    if (round === 0) continue;
    times.bare.push(bare);
    times.drill.push(drill);
    times.packaged.push(packaged);
    times.validate.push(validate);
  }
  // The report of the same drill before (legacy) and after (guided).
  timed([bin, 'run', '--grep', SCENARIO, '--variant', 'legacy', '--reports', reports]);
  const runs = readdirSync(reports).sort();
  const legacy = runs.find((d) => d.endsWith('-legacy'));
  const guided = runs.filter((d) => d.endsWith('-guided')).at(-1);
  const report = legacy && guided ? await reportFigures(join(reports, legacy), join(reports, guided)) : null;
  return { rounds, bare: medianTimed(times.bare), drill: medianTimed(times.drill), packaged: medianTimed(times.packaged), validate: medianTimed(times.validate), report };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await cliFigures(Number(process.env.BENCH_ROUNDS ?? 3)), null, 2));
}
