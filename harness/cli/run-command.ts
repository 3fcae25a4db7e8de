import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { findChromium, noChromiumMessage } from '../browser/find-chromium.ts';
import { checkScenarioFlows } from '../config/check-scenarios.ts';
import { ConfigError } from '../config/config-error.ts';
import { describeProduct, discoverConfig, shownConfigPath, singleWorker } from '../config/discover.ts';
import type { ResolvedConfig } from '../config/load-config.ts';
import { pickVariant, runLabel, VARIANT_ENV } from '../config/variant.ts';
import { freshRunDir } from '../playwright/run-dir.ts';
import { SCENARIO_SET_ENV, setEntries, writeScenarioSet } from '../playwright/scenario-set.ts';
import { expectedRunMs, interleaved } from './drill-order.ts';
import { watchProgress } from './progress.ts';
import { spawnPlaywright } from './spawn-playwright.ts';
import { compilePattern } from './pattern.ts';
import type { RunJournal } from '../report/results.ts';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarios } from '../scenario/load.ts';

/** Options of `brownout run`. */
export interface RunOptions {
  /** Scenario files or folders; the config's `scenarios` when empty. */
  paths: string[];
  /** The config variant to drill (`--variant`); the config's default when absent. */
  variant?: string;
  /** `run.label` in results.json; the variant (else the config's label) when absent. */
  label?: string;
  /** Playwright workers (each gets its own mocks and product instance). */
  workers?: number;
  /** Only scenarios whose id matches this regular expression. */
  grep?: string;
  /** Folder that receives `<run-id>/` and `latest/`. */
  reportsDir: string;
  /** A `brownout.config.*` file; default one found in the working folder, else the package's default. */
  config?: string;
  /** Print Playwright's per-test lines. */
  verbose?: boolean;
  /** Playwright shard `i/n`: this process runs its share; `brownout merge` joins the shards' journals. */
  shard?: string;
  /** The run's folder; default `<reportsDir>/<run-id>` (the audit puts its inventory and the sweep's run together). */
  runDir?: string;
}

/** What a run left behind, for the caller to report or chain. */
export interface RunOutcome {
  /** 0 every scenario passed, 1 some failed, 2 the run could not be made. */
  exitCode: 0 | 1 | 2;
  runDir?: string;
  journal?: RunJournal;
}


/** The scenarios Playwright's --grep will pick (it matches the test title: the scenario id and its @tags). */
const grepped = <S extends { id: string; tags: string[] }>(scenarios: S[], grep?: RegExp): S[] =>
  grep ? scenarios.filter((s) => grep.test([s.id, ...s.tags.map((t) => `@${t}`)].join(' '))) : scenarios;

/** Runs scenarios against the product: validates them, drives Playwright, reads back `results.json`. */
export async function runCommand(options: RunOptions): Promise<RunOutcome> {
  const pattern = options.grep === undefined ? undefined : compilePattern(options.grep, '--grep');
  if (pattern && 'error' in pattern) {
    console.error(pattern.error);
    return { exitCode: 2 };
  }
  let config: ResolvedConfig;
  try {
    config = await discoverConfig(options.config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nbrownout: nothing was run; fix the config (see README "Drill your own product").`);
    return { exitCode: 2 };
  }
  const picked = pickVariant(config, options.variant);
  if ('problem' in picked) {
    console.error(`${picked.problem}\nbrownout: nothing was run.`);
    return { exitCode: 2 };
  }
  const { variant } = picked;
  const paths = options.paths.length > 0 ? options.paths.map((p) => resolve(p)) : config.scenarios;
  const loaded = loadScenarios(paths, { providers: config.providers });
  const { problems } = loaded;
  const workers = singleWorker(config) ? 1 : options.workers;
  const lanes = workers ?? Number(process.env.BROWNOUT_WORKERS ?? 2);
  const scenarios = interleaved(loaded.scenarios, lanes);
  problems.push(...checkScenarioFlows(scenarios, config.flows, `the config ${shownConfigPath(config.file)}`));
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'));
    console.error(`brownout: ${problems.length} problem(s) in the scenarios; nothing was run. Fix them, or check with \`brownout validate\`.`);
    return { exitCode: 2 };
  }
  if (scenarios.length === 0) {
    console.error(`brownout: no scenarios found in ${paths.join(', ')} (looked for *.yaml and *.yml).`);
    return { exitCode: 2 };
  }
  const selected = grepped(scenarios, pattern?.regex).length;
  if (selected === 0) {
    console.error(`brownout: --grep "${options.grep}" selects none of the ${scenarios.length} scenario(s) (it matches ids and @tags); nothing was run and reports/latest is unchanged.`);
    return { exitCode: 2 };
  }
  if (!findChromium()) {
    console.error(noChromiumMessage);
    return { exitCode: 2 };
  }
  const label = runLabel(config, variant, options.label);
  for (const notice of config.notices) console.log(`brownout: note: ${notice}`);
  const runDir = options.runDir ?? freshRunDir(resolve(options.reportsDir), label);
  const args: string[] = [];
  if (options.grep) args.push('--grep', options.grep);
  if (workers) args.push('--workers', String(workers));
  if (options.shard) args.push('--shard', options.shard);
  const target = describeProduct(config, variant);
  console.log(`brownout: running ${scenarios.length} scenario(s) against ${target} (label "${label}")`);
  // A shard runs an unknown share of the scenarios: no progress total to show.
  const expectedMs = expectedRunMs(grepped(scenarios, pattern?.regex), lanes);
  const stopProgress = options.verbose || options.shard ? () => undefined : watchProgress(join(runDir, 'journal.jsonl'), selected, 'drills', expectedMs);
  const code = await spawnPlaywright(
    'drill',
    args,
    {
      [VARIANT_ENV]: variant ?? '',
      // The product's own output only with --verbose (it would drown the progress line).
      BROWNOUT_VERBOSE: options.verbose ? '1' : '0',
      BROWNOUT_CONFIG: config.file,
      BROWNOUT_LABEL: label,
      BROWNOUT_RUN_DIR: runDir,
      BROWNOUT_SCENARIOS: paths.join(delimiter),
      // Validated once, here: Playwright's processes read these instead of parsing the YAML again.
      [SCENARIO_SET_ENV]: writeScenarioSet(runDir, setEntries(scenarios, config.providers)),
      BROWNOUT_REPORTS_DIR: resolve(options.reportsDir),
    },
    Boolean(options.verbose),
  );
  stopProgress();
  const resultsPath = join(runDir, 'results.json');
  if (!existsSync(resultsPath)) {
    console.error(`brownout: the run ended (Playwright exit ${code}) without writing ${resultsPath}; scenarios finished so far are in ${join(runDir, 'journal.jsonl')}.`);
    return { exitCode: 2, runDir };
  }
  const journal = JSON.parse(readFileSync(resultsPath, 'utf8')) as RunJournal;
  if (journal.scenarios.length === 0 && !options.shard) {
    // Playwright found no test: its worker could not load the config or the scenarios (the error is above).
    console.error(`brownout: no scenario was drilled (Playwright exit ${code}); the error above says why. Run with --verbose for Playwright's own output.`);
    return { exitCode: 2, runDir, journal };
  }
  for (const s of journal.scenarios) {
    const observed = s.observed.kind ?? s.observed.category;
    console.log(`  ${s.verdict === 'pass' ? 'PASS' : 'FAIL'}  ${s.id}  observed ${observed}, prescribed ${s.prescribed} (${s.severity})`);
  }
  // Scenarios that could not be judged (the product did not start, a flow threw) carry the error: say it once.
  const errors = [...new Set(journal.scenarios.map((s) => (s as { error?: string }).error).filter(Boolean))];
  for (const error of errors) console.error(`brownout: a scenario could not be judged:\n${error!.replace(/^/gm, '  ')}`);
  const failed = journal.scenarios.filter((s) => s.verdict !== 'pass').length;
  console.log(`brownout: ${journal.scenarios.length - failed} passed, ${failed} failed; results in ${relative(process.cwd(), resultsPath) || resultsPath}`);
  return { exitCode: failed > 0 ? 1 : 0, runDir, journal };
}
