import { z } from 'zod';
import { dialectResponse } from '../../mocks/kit/dialect.ts';
import type { EndpointDef, ProviderDefinition } from '../../mocks/types.ts';
import { FaultError } from '../faults/errors.ts';
import { ownValue } from '../own.ts';
import { faultKindNames, faultKinds } from '../faults/registry.ts';
import type { FaultKind, FaultOutcome } from '../faults/types.ts';
import type { FaultSpec } from '../scenario/types.ts';
import { checkWhen, inSchedule } from './fault-schedule.ts';
import { ANY_ENDPOINT } from '../scenario/fault-schema.ts';

/** mulberry32: a tiny, well-known 32-bit PRNG; the same seed gives the same sequence in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the engine needs to know about a request to pick a fault. */
export interface RequestFacts {
  provider: string;
  /** Catalogue id of the request, e.g. `GET /v3/company/{realmId}/query`; null never matches. */
  endpoint: string | null;
  query: Record<string, string>;
  body: Buffer | null;
  contentType?: string | null;
  /** Whether the endpoint is a mutation in the catalogue (kinds that count mutation steps read it). */
  mutation?: boolean;
}

/** The fault picked for one request: its place in the list, the spec and its validated params. */
export interface FaultDecision {
  index: number;
  spec: FaultSpec;
  params: unknown;
}

/** What applying a fault needs from the runtime. */
export interface ApplyContext {
  request: Request;
  /** Aborted when the client goes away; default: the request's own signal. */
  signal?: AbortSignal;
  /** When the request reached the mock, on `performance.now()`'s clock (ms); default: now. */
  arrivedAt?: number;
  provider: ProviderDefinition;
  endpoint: EndpointDef;
  passThrough(): Promise<Response>;
}

interface ActiveFault {
  spec: FaultSpec;
  kind: FaultKind<unknown>;
  matchQuery: CompiledMatch;
  matchBody: CompiledMatch;
  params: unknown;
  /** Matching requests seen so far (requests). */
  seen: number;
  /** Engine clock at the first matching request after `when.after` ones (ms); -1 before it. */
  firstAt: number;
  /** The fault's own RNG for its kind's draws (delays, bytes), apart from the probability draws. */
  rng: () => number;
  /** The kind's own state between requests (a token bucket, the steps done). */
  state: Record<string, unknown>;
}

/** Options of `FaultEngine`. */
export interface FaultEngineOptions {
  /** Seed of every draw (probabilities and the kinds' own); default 0. */
  seed?: number;
  /** Providers served: faults are checked against their catalogues and dialects. */
  providers?: Record<string, ProviderDefinition>;
  /** The clock of `when.forMs`, `when.flap` and token buckets (ms); default `performance.now`. */
  now?: () => number;
}

/** What a kind that counts or meters requests sees of one request (built only for kinds that ask). */
const kindView = (fault: ActiveFault, facts: RequestFacts, now: number) => ({ params: fault.params, state: fault.state, now, endpoint: facts.endpoint!, mutation: facts.mutation ?? false });

/** A seed of its own per fault, so one fault's draws never shift another's. */
const faultSeed = (seed: number, index: number) => (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;

function validate(spec: FaultSpec, index: number, providers?: Record<string, ProviderDefinition>): unknown {
  const kind = ownValue(faultKinds, spec.kind);
  if (!kind) throw new FaultError(`faults[${index}].kind: unknown fault kind "${spec.kind}"; known kinds: ${faultKindNames().join(', ')}.`, index);
  const provider = providers ? ownValue(providers, spec.provider) : undefined;
  if (providers && !provider) throw new FaultError(`faults[${index}].provider: "${spec.provider}" is not served here; served: ${Object.keys(providers).join(', ')}.`, index);
  if (provider && spec.endpoint !== ANY_ENDPOINT && !provider.catalogue.some((def) => def.endpoint === spec.endpoint)) {
    const known = provider.catalogue.map((def) => def.endpoint).join('; ');
    throw new FaultError(`faults[${index}].endpoint: "${spec.endpoint}" is not in the ${spec.provider} catalogue; use "*" or one of: ${known}.`, index);
  }
  if (!(spec.probability >= 0 && spec.probability <= 1)) throw new FaultError(`faults[${index}].probability: expected 0..1, got ${spec.probability}.`, index);
  const when = checkWhen(spec.when ?? {});
  if (when.length > 0) throw new FaultError(`faults[${index}].${when.join(`; faults[${index}].`)}.`, index);
  const params = kind.params.safeParse(spec.params ?? {});
  if (!params.success) throw new FaultError(`faults[${index}].params (${spec.kind}): ${z.prettifyError(params.error)}`, index);
  const problems = provider && kind.check ? kind.check(params.data, { provider, endpoint: spec.endpoint }) : [];
  if (problems.length > 0) throw new FaultError(`faults[${index}].params (${spec.kind}): ${problems.join('; ')}.`, index);
  return params.data;
}

function parseBody(facts: RequestFacts): unknown {
  if (!facts.body) return undefined;
  const text = facts.body.toString('utf8');
  if (/x-www-form-urlencoded/i.test(facts.contentType ?? '')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A field by exact name, else case-insensitively; dotted paths walk into objects (`EntityRef.value`). */
function field(source: unknown, path: string): unknown {
  const own = (value: unknown, name: string) => {
    if (value === null || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    if (name in record) return record[name];
    const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : record[key];
  };
  const direct = own(source, path);
  return direct !== undefined ? direct : path.split('.').reduce<unknown>(own, source);
}

/** `match.query` or `match.body` compiled once: field paths with their expected text, lower-cased (case-insensitive). */
type CompiledMatch = ReadonlyArray<readonly [path: string, expected: string]>;
const compileMatch = (fields: Record<string, string> | undefined): CompiledMatch =>
  Object.entries(fields ?? {}).map(([path, value]) => [path, String(value).toLowerCase()] as const);

/** Whether every field of `source` named in `match` contains its expected text; `lowered` caches per request. */
function matches(match: CompiledMatch, source: unknown, lowered: Map<string, string | null>): boolean {
  for (const [path, expected] of match) {
    let text = lowered.get(path);
    if (text === undefined) {
      const actual = field(source, path);
      text = actual === undefined || actual === null ? null : (typeof actual === 'string' ? actual : JSON.stringify(actual)).toLowerCase();
      lowered.set(path, text);
    }
    if (text === null || !text.includes(expected)) return false;
  }
  return true;
}

/**
 * Whether `source` (a request's query object or JSON body) has every field of `fields` containing its text,
 * case-insensitively: how a fault's `match` picks its calls, for code that reads them from a journal.
 * @example fieldsMatch({ query: 'from Vendor' }, { query: 'select * from Vendor' }) // true
 */
export const fieldsMatch = (fields: Record<string, string> | undefined, source: unknown): boolean => matches(compileMatch(fields), source, new Map());

/**
 * Decides per request which fault applies and applies it. Faults are tried in order; each counts the requests
 * it matches (provider, endpoint, `match`); `when` (after, first, sequence, forMs, flap) schedules it over those
 * counts and the engine clock; a kind that meters requests itself (`admit`) has its say; then `probability`
 * draws from one seeded mulberry32 sequence. Each fault also gets its own seeded RNG for its kind's draws, so
 * the same seed and requests give the same faults, delays and bytes.
 */
export class FaultEngine {
  private readonly active: ActiveFault[];
  private readonly rng: () => number;
  private readonly now: () => number;
  /** Whether the flow under test has reached its action (`markAction()`): `when.fromAction` faults wait for it. */
  private acted = false;

  /** Validates every fault (kind, when, params, and provider/endpoint when `providers` is given); throws FaultError. */
  constructor(faults: readonly FaultSpec[] = [], options: FaultEngineOptions = {}) {
    const seed = options.seed ?? 0;
    this.active = faults.map((spec, index) => ({
      spec,
      params: validate(spec, index, options.providers),
      kind: ownValue(faultKinds, spec.kind)!,
      matchQuery: compileMatch(spec.match?.query),
      matchBody: compileMatch(spec.match?.body),
      seen: 0,
      firstAt: -1,
      rng: mulberry32(faultSeed(seed, index)),
      state: {},
    }));
    this.rng = mulberry32(seed);
    this.now = options.now ?? (() => performance.now());
  }

  /** The flow reached its action: from now on `when.fromAction` faults count and apply. */
  markAction(): void {
    this.acted = true;
  }

  /** Whether any fault is active. */
  get empty(): boolean {
    return this.active.length === 0;
  }

  /** The fault for this request, or null to serve it as usual. Counts and draws: call once per request. */
  decide(facts: RequestFacts): FaultDecision | null {
    let body: unknown;
    let bodyParsed = false;
    const bodyOf = () => (bodyParsed ? body : ((bodyParsed = true), (body = parseBody(facts))));
    const now = this.now();
    // Lower-cased field texts of this request, shared by every fault that matches on the same field.
    let queryText: Map<string, string | null> | undefined;
    let bodyText: Map<string, string | null> | undefined;
    let chosen: FaultDecision | null = null;
    this.active.forEach((fault, index) => {
      const { spec } = fault;
      if (facts.endpoint === null || spec.provider !== facts.provider) return;
      const { kind } = fault;
      const selected =
        (spec.endpoint === ANY_ENDPOINT || spec.endpoint === facts.endpoint) &&
        (fault.matchQuery.length === 0 || matches(fault.matchQuery, facts.query, (queryText ??= new Map()))) &&
        (fault.matchBody.length === 0 || matches(fault.matchBody, bodyOf(), (bodyText ??= new Map()))) &&
        (!spec.when?.fromAction || this.acted);
      if (!selected) return kind.observe?.(kindView(fault, facts, now));
      const seen = ++fault.seen;
      // The schedule's clock starts with the first call `after` lets through.
      if (seen === (spec.when?.after ?? 0) + 1) fault.firstAt = now;
      if (chosen) return;
      if (!inSchedule(spec.when ?? {}, { seen, firstAt: fault.firstAt }, now)) return;
      if (kind.admit && !kind.admit(kindView(fault, facts, now))) return;
      // Certain outcomes draw nothing, so adding an always-on fault does not shift another fault's draws.
      if (spec.probability < 1 && !(spec.probability > 0 && this.rng() < spec.probability)) return;
      chosen = { index, spec, params: fault.params };
    });
    return chosen;
  }

  /** Runs the decided fault kind from the registry; throws FaultError when the kind is not registered. */
  async apply(decision: FaultDecision, context: ApplyContext): Promise<FaultOutcome> {
    const kind = ownValue(faultKinds, decision.spec.kind);
    if (!kind) {
      throw new FaultError(`faults[${decision.index}].kind: unknown fault kind "${decision.spec.kind}"; known kinds: ${faultKindNames().join(', ')}. Fix the scenario or register the kind in harness/faults/registry.ts.`, decision.index);
    }
    // A decision from another engine (faults replaced meanwhile) still runs, with throwaway state.
    const fault = this.active[decision.index]?.spec === decision.spec ? this.active[decision.index]! : { rng: this.rng, state: {} };
    return kind.apply({
      params: decision.params,
      // Read through, so a runtime that builds its Request on demand builds it only for kinds that read it.
      get request() {
        return context.request;
      },
      get signal() {
        return context.signal ?? context.request.signal;
      },
      arrivedAt: context.arrivedAt ?? performance.now(),
      provider: context.provider,
      endpoint: context.endpoint,
      rng: fault.rng,
      state: fault.state,
      now: this.now,
      dialect: (name, overrides) => dialectResponse(context.provider, name, overrides),
      hasDialect: (name) => name in context.provider.dialect,
      passThrough: context.passThrough,
    });
  }
}
