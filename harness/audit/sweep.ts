/**
 * The audit's sweep: every API call of the inventory x every fault kind of the matrix that applies to it,
 * as ordinary scenario documents (so a sweep is an ordinary Playwright run, and shards like one). The
 * context of each comes from what the flow declares for that call; a call without one is TBD, not guessed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { promisedStuckMs } from '../flows/product-timeout.ts';
import type { Flow } from '../flows/types.ts';
import { InputError } from '../input/errors.ts';
import { readTextFile } from '../read-text-file.ts';
import { ownValue } from '../own.ts';
import { fieldsMatch } from '../runtime/fault-engine.ts';
import type { FaultMatch, ScenarioContext } from '../scenario/types.ts';
import type { ApiCall, Inventory } from './inventory.ts';

const matrixSchema = z.strictObject({
  kinds: z
    .array(
      z.strictObject({
        kind: z.string().min(1),
        appliesTo: z.enum(['any', 'read', 'mutation']).default('any'),
        params: z.record(z.string(), z.unknown()).default({}),
        observe: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .min(1),
});

/** The fault kinds a sweep drills each API call with. */
export type SweepMatrix = z.output<typeof matrixSchema>;

/** Reads a matrix file (default: the built-in `sweep-matrix.yaml`); throws `InputError` naming the file and the problem. */
export function readSweepMatrix(file = fileURLToPath(new URL('./sweep-matrix.yaml', import.meta.url))): SweepMatrix {
  const read = readTextFile(file, { what: 'sweep matrix files' });
  if ('error' in read) throw new InputError(`brownout: ${file}: ${read.error}; expected a sweep matrix YAML file (--matrix)`);
  let data: unknown;
  try {
    data = parse(read.text);
  } catch (error) {
    throw new InputError(`brownout: ${file}: not YAML (${(error as Error).message.split('\n')[0]}); expected a sweep matrix (kinds: [{ kind: outage }, ...])`);
  }
  const parsed = matrixSchema.safeParse(data);
  if (!parsed.success) throw new InputError(`brownout: ${file}: not a sweep matrix:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Keeps only the named kinds of a matrix (`--faults outage,hang`), in the matrix's order; unknown names throw. */
export function selectKinds(matrix: SweepMatrix, names: readonly string[]): SweepMatrix {
  const known = matrix.kinds.map((k) => k.kind);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new InputError(`brownout: --faults: unknown kind(s) ${unknown.join(', ')}; the matrix has: ${known.join(', ')}.`);
  return { kinds: matrix.kinds.filter((k) => names.includes(k.kind)) };
}

/** An API call the sweep could not drill because its flow declares no context for it. */
export interface TbdCall extends ApiCall {
  reason: string;
}

/** What a sweep generated. */
export interface Sweep {
  /** Scenario documents, one per (API call, fault kind), grouped by flow. */
  byFlow: Map<string, Record<string, unknown>[]>;
  tbd: TbdCall[];
  total: number;
}

/** `query "from Vendor"` for a drill's title. */
const describeMatch = (m: FaultMatch) => Object.entries({ ...m.query, ...m.body }).map(([k, v]) => `${k} "${v}"`).join(', ');

const slug = (text: string) => text.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

/** The context a flow declares for one of its API calls as a whole, or null when it is TBD. */
export function contextFor(flow: Flow | undefined, call: ApiCall): ScenarioContext | null {
  return (flow?.endpoints ? ownValue(flow.endpoints, `${call.provider} ${call.endpoint}`) : undefined) ?? null;
}

/** One group of drills of an API call: all its calls, or those a `callContexts` entry's `match` picks. */
interface Target {
  context: ScenarioContext;
  match?: FaultMatch;
  /** Appended to the drill ids of a narrowed group (`-from-vendor`), so each group keeps its own ids. */
  suffix: string;
}

/**
 * The drill groups of an API call. Each `callContexts` entry for it is its own group when one of the queries the
 * inventory saw fits its `match` (a body match cannot be read from the journal, so it is drilled whenever the
 * endpoint was called); the call as a whole is drilled with `endpoints`' context only when some query fits no
 * query-narrowed entry. TBD: a reason instead.
 */
export function targetsFor(flow: Flow | undefined, call: ApiCall): Target[] | { tbd: string } {
  const declared = (flow?.callContexts ?? []).filter((c) => c.provider === call.provider && c.endpoint === call.endpoint);
  const seen = call.queries.length ? call.queries : [{}];
  const byQuery = (m: FaultMatch) => m.query !== undefined && Object.keys(m.query).length > 0;
  const narrowed = declared.filter((d) => !byQuery(d.match) || seen.some((q) => fieldsMatch(d.match.query, q)));
  const targets: Target[] = narrowed.map((d) => ({ context: d.context, match: d.match, suffix: `-${slug(Object.values({ ...d.match.query, ...d.match.body }).join(' '))}` }));
  const uncovered = seen.filter((q) => !declared.some((d) => byQuery(d.match) && fieldsMatch(d.match.query, q)));
  if (uncovered.length === 0) return targets;
  const whole = contextFor(flow, call);
  if (whole) return [...targets, { context: whole, suffix: '' }];
  if (targets.length) return targets;
  return { tbd: `flow ${call.flow} declares no context for "${call.provider} ${call.endpoint}" (add it to the flow's endpoints)` };
}

/**
 * When a drill's fault starts. A call whose context says the page shows its data possibly out of date
 * (`data: stale`) is faulted from the flow's action (`when: { fromAction: true }`), when the healthy flow made
 * it before the action too: the page must have loaded something to show stale, else the prescribed warning
 * cannot be given. Other contexts fault every call, the page's first load included.
 */
export function staleStart(context: ScenarioContext, call: ApiCall, match: FaultMatch | undefined): { when?: { fromAction: true } } {
  if (context.data !== 'stale') return {};
  const loaded = call.beforeAction.some((q) => !match?.query || fieldsMatch(match.query, q));
  return loaded ? { when: { fromAction: true } } : {};
}

/**
 * The `observe` of a generated drill: the matrix's, with the stuck threshold the flow's product promises
 * (its own timeout plus a margin) when it declares one.
 */
function observeFor(flow: Flow | undefined, observe: Record<string, unknown> | undefined): { observe?: Record<string, unknown> } {
  const stuckMs = promisedStuckMs(flow);
  if (stuckMs !== undefined) return { observe: { ...observe, stuckMs } };
  return observe ? { observe } : {};
}

/**
 * Generates the sweep's scenario documents.
 * @example const sweep = sweepScenarios(readInventory(file), flowRegistry(), readSweepMatrix())
 */
export function sweepScenarios(inventory: Inventory, flows: Map<string, Flow>, matrix: SweepMatrix, seed = 1): Sweep {
  const byFlow = new Map<string, Record<string, unknown>[]>();
  const tbd: TbdCall[] = [];
  let total = 0;
  for (const call of inventory.calls) {
    const flow = flows.get(call.flow);
    const targets = targetsFor(flow, call);
    if ('tbd' in targets) {
      tbd.push({ ...call, reason: targets.tbd });
      continue;
    }
    for (const { context, match, suffix } of targets) {
      const when = staleStart(context, call, match);
      for (const entry of matrix.kinds) {
        if (entry.appliesTo !== 'any' && (entry.appliesTo === 'mutation') !== call.mutation) continue;
        const docs = byFlow.get(call.flow) ?? [];
        docs.push({
          id: `audit/${call.flow}/${slug(call.endpoint)}${suffix}--${entry.kind}`,
          title: `${flow?.title ?? call.flow}: ${call.endpoint}${match ? ` (${describeMatch(match)})` : ''} ${entry.kind}`,
          integration: call.provider,
          flow: call.flow,
          context,
          faults: [{ provider: call.provider, endpoint: call.endpoint, kind: entry.kind, ...(match ? { match } : {}), ...when, ...(Object.keys(entry.params).length ? { params: entry.params } : {}) }],
          seed,
          ...observeFor(flow, entry.observe),
          tags: ['audit', call.provider, entry.kind],
        });
        byFlow.set(call.flow, docs);
        total += 1;
      }
    }
  }
  return { byFlow, tbd, total };
}

/** Writes one YAML file per flow (a sequence of scenarios) into `dir`; returns the file paths. */
export function writeSweep(sweep: Sweep, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return [...sweep.byFlow.entries()].map(([flow, docs]) => {
    const file = join(dir, `${slug(flow)}.yaml`);
    writeFileSync(file, `# Generated by brownout audit: ${docs.length} drill(s) of flow ${flow}.\n${stringify(docs)}`);
    return file;
  });
}
