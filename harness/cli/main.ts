import { Command, InvalidArgumentError, Option } from 'commander';
import { exitCodes } from '../input/errors.ts';
import { harnessVersion } from '../version.ts';
import { runAction } from './run-action.ts';
// Each command's module is imported when that command runs: `brownout mocks` need not load Playwright's runner.
import { registerMocksCommand } from './mocks-command.ts';
import { registerProviderCommand } from './provider-command.ts';
import { registerRecordCommand } from './record-command.ts';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of workers >= 1, got "${value}"`);
  return n;
};

const shardSpec = (value: string) => {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new InvalidArgumentError(`expected i/n with 1 <= i <= n, e.g. 1/2, got "${value}"`);
  return value;
};

/** `--variant`, or the deprecated `--mode` with a one-line note saying so. */
const variantOf = (o: { variant?: string; mode?: string }): string | undefined => {
  if (o.mode === undefined) return o.variant;
  console.error(`brownout: note: --mode is deprecated; use --variant ${o.mode}`);
  return o.variant ?? o.mode;
};

const program = new Command('brownout')
  .description('Outage drills for 3rd-party integrations: make the mocks fail, drive the product, judge what the user was shown.')
  .version(harnessVersion)
  .showHelpAfterError();

program
  .command('run')
  .description('run scenarios against the product; writes reports/<run-id>/results.json and updates reports/latest/')
  .argument('[paths...]', 'scenario files or folders (default: the built-in scenarios/)')
  .option('--variant <name>', "the config's variant to drill (default: the config's defaultVariant)")
  .addOption(new Option('--mode <name>', 'deprecated: use --variant').hideHelp())
  .option('--label <label>', 'run.label in results.json (default: the variant)')
  .option('--workers <n>', 'parallel Playwright workers, each with its own mocks and product', positiveInt)
  .option('--grep <regexp>', 'only scenarios whose id matches')
  .option('--reports <dir>', 'where run folders are written', 'reports')
  .option('--config <file>', 'brownout.config.ts/.yaml/.json describing your product (default: one in the working folder, else the bundled demo)')
  .option('--verbose', "print Playwright's per-test output")
  .option('--shard <i/n>', "run only shard i of n (Playwright's --shard); join the shards with `brownout merge`", shardSpec)
  .option('--baseline <run>', 'CI gate: fail only when a scenario got worse than in this run folder or results.json')
  .option('--allow-missing', 'with --baseline: baseline scenarios this run did not run do not fail the gate')
  .addHelpText(
    'after',
    '\nExit code: 0 all scenarios passed, 1 some failed their verdict, 2 the run could not be made.\n' +
      'With --baseline: 0 nothing regressed, 1 a scenario\'s severity got worse or a passing scenario now fails.',
  )
  .action((paths: string[], o) => runAction(async () => {
    const problem = o.baseline ? (await import('./gate-command.ts')).baselineProblem(o.baseline) : null;
    if (problem) {
      console.error(problem);
      return exitCodes.invalidInput;
    }
    const outcome = await (await import('./run-command.ts')).runCommand({ paths, variant: variantOf(o), label: o.label, workers: o.workers, grep: o.grep, reportsDir: o.reports, verbose: o.verbose, shard: o.shard, config: o.config });
    return o.baseline && outcome.journal ? (await import('./gate-command.ts')).gateCommand(o.baseline, outcome.journal, { allowMissing: o.allowMissing }) : outcome.exitCode;
  }));

program
  .command('gate')
  .description('CI gate without a run: compare a run with a baseline; fail only on regressions')
  .requiredOption('--baseline <run>', 'run folder or results.json to compare against')
  .option('--current <run>', 'run folder or results.json to check', 'reports/latest')
  .option('--allow-missing', 'baseline scenarios the current run lacks do not fail the gate (by default they do)')
  .addHelpText('after', "\nExit code: 0 nothing regressed, 1 a scenario's severity got worse or a passing scenario now fails, 2 unreadable input.")
  .action((o) => runAction(async () => (await import('./gate-command.ts')).gateCommand(o.baseline, o.current, { allowMissing: o.allowMissing })));

program
  .command('report')
  .description('report of one run, or before/after impact report, with a trend over --history runs: index.html (screenshots beside it), summary.md (for a PR) and impact.json')
  .argument('[run]', 'run folder or results.json to report on (an audit or a plain run); the "after" run with --before')
  .option('--before <run>', 'run folder or results.json of the "before" run')
  .option('--after <run>', 'run folder or results.json of the "after" run (same as [run])')
  .option('--history <runs...>', 'runs, or folders of runs, for the trend chart (one point per run); the last is reported on unless a run is given')
  .option('--out <dir>', 'output folder (default: the run folder for one run, else reports/latest-report)')
  .option('--link <url>', "where the HTML report will be (e.g. the CI artifact's URL), for summary.md's pointers")
  .action((run, o) => runAction(async () => {
    (await import('./report-command.ts')).reportCommand({ run, before: o.before, after: o.after, history: o.history, out: o.out, link: o.link });
  }));

program
  .command('audit')
  .description('inventory every flow\'s provider calls (healthy run), then drill each call with each fault kind; writes results.json like run')
  .option('--variant <name>', "the config's variant to drill (default: the config's defaultVariant)")
  .addOption(new Option('--mode <name>', 'deprecated: use --variant').hideHelp())
  .option('--label <label>', 'run.label in results.json (default: the variant)')
  .option('--faults <kinds>', 'comma-separated fault kinds of the matrix to drill (default: all)', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .option('--matrix <file>', 'sweep matrix YAML (default: harness/audit/sweep-matrix.yaml)')
  .option('--flow <regexp>', 'only flows whose name matches')
  .option('--workers <n>', 'parallel Playwright workers', positiveInt)
  .option('--shard <i/n>', "run only shard i of n of the sweep (Playwright's --shard)", shardSpec)
  .option('--config <file>', 'brownout.config.* of the product (default: one in the working folder, else the bundled demo)')
  .option('--reports <dir>', 'where run folders are written', 'reports')
  .action((o) => runAction(async () => (await import('./audit-command.ts')).auditCommand({ variant: variantOf(o), label: o.label, faults: o.faults, matrix: o.matrix, flow: o.flow, workers: o.workers, shard: o.shard, reportsDir: o.reports, config: o.config })));

program
  .command('merge')
  .description("join shard runs (or a killed run's journal.jsonl) into one results.json that `report` and `gate` read")
  .argument('<runs...>', 'run folders or results.json files, one per shard')
  .requiredOption('--out <dir>', 'folder for the merged results.json and its screenshots')
  .option('--label <label>', 'run.label of the merged run (needed when the shards have different labels)')
  .action((runs: string[], o) => runAction(async () => (await import('./merge-command.ts')).mergeCommand(runs, { out: o.out, label: o.label })));

program
  .command('demo')
  .description("before/after: drill a config's first variant, then its last, then write the report (default: the bundled demo, legacy then guided)")
  .option('--config <file>', 'a brownout.config.* with two or more variants (default: the bundled demo)')
  .option('--reports <dir>', 'where run folders are written', 'reports')
  .option('--workers <n>', 'parallel Playwright workers', positiveInt)
  .action((o) => runAction(async () => (await import('./demo-command.ts')).demoCommand({ reportsDir: o.reports, workers: o.workers, config: o.config })));

program
  .command('validate')
  .description('check scenario files: every problem with file:line:col; nothing is run (exit 1 when any)')
  .argument('[paths...]', "scenario files or folders (default: the config's scenarios, else the built-in scenarios/)")
  .option('--config <file>', 'brownout.config.* whose providers and flows scenarios may name (default: one in the working folder, else the bundled demo)')
  .action((paths: string[], o: { config?: string }) => runAction(async () => print(await (await import('./validate-command.ts')).validateWithConfig(paths, o.config))));

program
  .command('schema')
  .description('print the JSON Schema of scenario files (for `# yaml-language-server: $schema=`); with --config, its flows and endpoints as enums')
  .option('--config <file>', "brownout.config.*: the schema then lists this product's flow names and its providers' endpoint ids")
  .action((o: { config?: string }) => runAction(async () => (await import('./schema-command.ts')).schemaCommand(o.config)));

/** Prints a command's output (stderr when it failed) and returns its exit code, for `runAction`. */
const print = ({ output, exitCode }: { output: string; exitCode: number }) => {
  (exitCode === 0 ? console.log : console.error)(output);
  return exitCode;
};

program
  .command('flows')
  .description('list the flows scenarios may name: integration, title, declared context, context per provider call')
  .option('--config <file>', 'brownout.config.* (default: one in the working folder, else the demo)')
  .action((o: { config?: string }) => runAction(async () => print(await (await import('./discovery-command.ts')).flowsCommand(o.config))));

program
  .command('endpoints')
  .description("list each provider's endpoint ids (read/mutation, idempotency) and the fault kinds its dialect speaks")
  .argument('[provider]', 'one provider slug (default: every provider of the config, else the built-in ones)')
  .option('--config <file>', 'brownout.config.* (default: one in the working folder, else the demo)')
  .action((provider: string | undefined, o: { config?: string }) => runAction(async () => print(await (await import('./discovery-command.ts')).endpointsCommand(provider, o.config))));

program
  .command('explain')
  .description("show the decision tree's path from a scenario's context to its prescribed response")
  .argument('<scenario>', 'a scenario id, or a scenario file')
  .argument('[paths...]', "where to look for the id (default: the config's scenarios, else the built-in scenarios/)")
  .option('--config <file>', 'brownout.config.* (default: one in the working folder, else the demo)')
  .action((scenario: string, paths: string[], o: { config?: string }) => runAction(async () => print(await (await import('./discovery-command.ts')).explainCommand(scenario, paths, o.config))));

program
  .command('init')
  .description('scaffold brownout in this repo: config, a flow, a commented scenario, .gitignore, a CI workflow (asks nothing)')
  .option('--provider <slug>', 'built-in provider of the first drill', 'quickbooks')
  .option('--endpoint <id>', "endpoint the scenario faults (default: the provider's first mutation)")
  .option('--command <cmd>', 'how your product starts', 'npm start')
  .addOption(new Option('--calls <where>', 'where your product calls the provider from').choices(['server', 'browser']).default('server'))
  .option('--ready-path <path>', 'path polled until the product is ready', '/')
  .option('--page <path>', 'page the flow opens', '/')
  .option('--action <name>', 'accessible name of the button the flow clicks', 'Save')
  .option('--fill <label=value>', 'a text box the flow fills before the click, e.g. "Note=Release 4.2 is out."')
  .option('--shards <n>', 'CI shards', positiveInt, 2)
  .option('--baseline <file>', 'results.json the CI gate compares with', 'brownout/baseline-results.json')
  .option('--branch <name>', 'branch whose pushes run the workflow', 'main')
  .option('--dir <dir>', 'folder to write into', '.')
  .option('--force', 'overwrite files that exist')
  .action((o) => runAction(async () => print((await import('./init-command.ts')).initCommand(o))));

registerMocksCommand(program);
registerProviderCommand(program);
registerRecordCommand(program);

await program.parseAsync();
