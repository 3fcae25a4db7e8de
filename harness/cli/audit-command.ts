import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeInventory, inventoryRecord } from '../audit/describe-inventory.ts';
import { readInventory } from '../audit/inventory.ts';
import { readSweepMatrix, selectKinds, sweepScenarios, writeSweep } from '../audit/sweep.ts';
import { discoverConfig } from '../config/discover.ts';
import { pickVariant, runLabel, VARIANT_ENV } from '../config/variant.ts';
import { flowRegistry } from '../flows/registry.ts';
import { freshRunDir } from '../playwright/run-dir.ts';
import { idleBoundWorkers } from './drill-order.ts';
import { runCommand } from './run-command.ts';
import { spawnPlaywright } from './spawn-playwright.ts';
import { compilePattern, inventoryGrep } from './pattern.ts';

/** Options of `brownout audit`. */
export interface AuditOptions {
  /** The config variant to drill; the config's default when absent. */
  variant?: string;
  label?: string;
  /** Fault kinds of the matrix to drill (default: all of it). */
  faults?: string[];
  /** A sweep matrix file (default: the built-in one). */
  matrix?: string;
  /** Only flows whose name matches this regular expression. */
  flow?: string;
  workers?: number;
  shard?: string;
  reportsDir: string;
  config?: string;
}


/** Runs the inventory spec (every flow once, healthy) and returns Playwright's exit code. */
function runInventory(file: string, options: AuditOptions, configFile: string, variant: string | undefined, grep?: string): Promise<number> {
  const args = ['--reporter', 'dot'];
  if (options.workers) args.push('--workers', String(options.workers));
  if (grep) args.push('--grep', grep);
  // No BROWNOUT_SCENARIOS: the inventory is not a drill run and leaves no journal of its own.
  const env = { [VARIANT_ENV]: variant ?? '', BROWNOUT_CONFIG: configFile, BROWNOUT_INVENTORY: file, BROWNOUT_RUN_DIR: join(resolve(file), '..'), BROWNOUT_SCENARIOS: '' };
  return spawnPlaywright('inventory', args, env, false);
}

/**
 * `brownout audit`: inventory (which provider calls each flow makes, from the journal of a healthy run), then
 * the sweep (each call x each fault kind, as generated scenarios run like any other). Exit as `brownout run`;
 * a bad config, matrix or --faults throws a `BrownoutError` (exit 2 through `runAction`).
 */
export async function auditCommand(options: AuditOptions): Promise<0 | 1 | 2> {
  const config = await discoverConfig(options.config);
  const picked = pickVariant(config, options.variant);
  if ('problem' in picked) {
    console.error(`${picked.problem}\nbrownout: nothing was audited.`);
    return 2;
  }
  const label = runLabel(config, picked.variant, options.label);
  let grep: string | undefined;
  const flows = flowRegistry(config.flows);
  // The flows the inventory is asked to run (all of them unless --flow picks some).
  let wanted = [...flows.keys()];
  if (options.flow) {
    const pattern = compilePattern(options.flow, '--flow');
    if ('error' in pattern) {
      console.error(pattern.error);
      return 2;
    }
    wanted = wanted.filter((name) => pattern.regex.test(name));
    grep = inventoryGrep(pattern.regex, wanted);
    if (!grep) {
      console.error(`brownout: --flow "${options.flow}" matches no flow; flows: ${[...flows.keys()].join(', ')}. Nothing was run.`);
      return 2;
    }
  }
  // A bad matrix or --faults is refused before any folder is made.
  const matrix = options.faults ? selectKinds(readSweepMatrix(options.matrix), options.faults) : readSweepMatrix(options.matrix);
  const auditDir = freshRunDir(resolve(options.reportsDir), `audit-${label}`);
  const inventoryFile = join(auditDir, 'inventory.jsonl');
  mkdirSync(auditDir, { recursive: true });
  console.log(`brownout: audit step 1/2: inventory, every flow once with healthy mocks`);
  const code = await runInventory(inventoryFile, options, config.file, picked.variant, grep);
  if (!existsSync(inventoryFile)) {
    console.error(`brownout: the inventory run ended (Playwright exit ${code}) without recording any flow; run \`brownout run --verbose\` to see why the product or its flows fail.`);
    return 2;
  }
  const inventory = readInventory(inventoryFile);
  // A flow whose test ended before it wrote its line (its product or browser failed to start) is failed too.
  const seen = new Set([...inventory.calls.map((c) => c.flow), ...inventory.idle, ...inventory.failed.map((f) => f.flow)]);
  for (const name of wanted.filter((n) => !seen.has(n))) inventory.failed.push({ flow: name, error: `its healthy run ended without a record (Playwright exit ${code}); \`brownout run --verbose\` shows why` });
  const sweep = sweepScenarios(inventory, flows, matrix);
  const providers = config.providers;
  const flowCount = new Set(inventory.calls.map((c) => c.flow)).size + inventory.idle.length;
  console.log(`brownout: ${inventory.calls.length} API call(s) in ${flowCount} flow(s):\n${describeInventory(inventory, sweep.tbd, providers)}`);
  if (inventory.failed.length) console.error(`brownout: ${inventory.failed.length} flow(s) failed with healthy mocks and are not drilled: ${inventory.failed.map((f) => f.flow).join(', ')} (see NOT INVENTORIED above).`);
  writeFileSync(join(auditDir, 'inventory.json'), `${JSON.stringify(inventoryRecord(inventory, sweep.tbd, matrix.kinds.map((k) => k.kind), providers), null, 2)}\n`);
  if (sweep.total === 0) {
    console.error('brownout: nothing to drill: no API call of the inventory has a declared context. Declare `endpoints` on the flows.');
    return 2;
  }
  const scenariosDir = join(auditDir, 'scenarios');
  writeSweep(sweep, scenariosDir);
  console.log(`brownout: audit step 2/2: sweep, ${sweep.total} drill(s) = API calls x ${matrix.kinds.map((k) => k.kind).join(', ')}; ${sweep.tbd.length} call(s) TBD`);
  // The sweep's drills mostly wait (hangs, delays, retry backoffs): more workers than cores unless told.
  const workers = options.workers ?? idleBoundWorkers();
  const outcome = await runCommand({ paths: [scenariosDir], variant: picked.variant, label, workers, shard: options.shard, reportsDir: options.reportsDir, config: options.config, runDir: auditDir });
  return outcome.exitCode;
}
