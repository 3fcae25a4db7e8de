// The decision tree's answers are the guidelines' notion; a scenario gives them.
import type { ScenarioContext } from '../guidelines/decision-tree.ts';

export type { ScenarioContext };

/** When and to which requests a fault applies (envelope fields beside `kind` and `params`). */
export interface FaultWhen {
  /** Only calls after the first N matching calls get the fault (requests). */
  after?: number;
  /** Only the first N matching calls (after `after`) get the fault (requests). */
  first?: number;
  /**
   * Per matching call, in order: `fail` applies the fault, `pass` serves normally; after the list ends, calls
   * pass (YAML `sequence: [fail, fail, pass]`).
   */
  sequence?: ('fail' | 'pass')[];
  /** The fault is active for this long from the first matching call, then calls pass (ms; YAML `for: 10s`). */
  forMs?: number;
  /**
   * Flapping: from the first matching call, the provider is up for `upMs`, down for `downMs`, repeating
   * (ms; YAML `flap: { up: 5s, down: 2s }`; `startDown: true` starts with the down phase).
   */
  flap?: { upMs: number; downMs: number; startDown?: boolean };
  /**
   * The fault waits for the flow's action (its `markAction()`): calls the page makes before it pass untouched
   * and are not counted, so the page has loaded what a stale-data drill needs it to show as possibly out of date.
   */
  fromAction?: boolean;
}

/** One fault as declared in a scenario, after validation and defaults. */
export interface FaultSpec {
  /** Provider slug; defaults to the scenario's integration. */
  provider: string;
  /** Endpoint id from the provider's catalogue, e.g. `GET /v3/company/{realmId}/query`. */
  endpoint: string;
  /** A name registered in `harness/faults/registry.ts`. */
  kind: string;
  /** Chance that a matching call gets the fault, 0..1, drawn from the scenario's seeded RNG. */
  probability: number;
  when: FaultWhen;
  /** Only requests whose query string / JSON body fields contain these values (case-insensitive substring). */
  match?: FaultMatch;
  /** The kind's own parameters, validated against its schema. */
  params: Record<string, unknown>;
}

/** Which calls of an endpoint: query string / JSON body fields that contain these values (case-insensitive substring). */
export interface FaultMatch {
  query?: Record<string, string>;
  body?: Record<string, string>;
}

/** Observation thresholds for one scenario. */
export interface ObserveOptions {
  /** A busy indicator still shown after this long is `stuck-loading` (ms). */
  stuckMs: number;
  /** The UI is settled when nothing changed and no request was in flight for this long (ms). */
  settleMs: number;
}

/**
 * Which guideline rules the judge checks for one scenario. Ids are those of
 * `harness/guidelines/copy-rules.yaml` (copy) or `harness/scenario/engineering-rules.yaml` (engineering).
 */
export interface RuleExpectation {
  /** Only these rules are checked; absent: every rule that applies. */
  check?: string[];
  /** Rules not checked for this scenario, each with the reason a reader sees (rule id -> reason). */
  waive?: Record<string, string>;
}

/** What the judge should expect of one scenario, where the decision tree and defaults do not say it. */
export interface ScenarioExpectation {
  /** The prescribed response kind, overriding the decision tree's leaf. */
  prescribed?: string;
  /** Copy rules (guidelines section 2) to check or waive. */
  copyRules?: RuleExpectation;
  /** Engineering rules (guidelines section 3) to check or waive. */
  engineeringRules?: RuleExpectation;
  /** The product absorbs the fault within this long (ms): prescribes `no-impact` unless `prescribed` says otherwise. */
  withinMs?: number;
}

/** A validated scenario, ready to run. */
export interface Scenario {
  /** `<integration>/<file-stem>` unless the YAML says otherwise, e.g. `quickbooks/expense-payee-outage`. */
  id: string;
  title: string;
  integration: string;
  /** Flow name in the flow registry, e.g. `quickbooks.create-expense`. */
  flow: string;
  context: ScenarioContext;
  faults: FaultSpec[];
  expect: ScenarioExpectation;
  seed: number;
  observe: ObserveOptions;
  tags: string[];
  /**
   * The prescribed response kind: `expect.prescribed`, else the decision tree's leaf for `context`.
   * Always set by the loader; optional so hand-built scenarios (tests) need not state it.
   */
  prescribed: string;
  /** Set on a scenario a `matrix` generated: the id written in the file and the cell's names. */
  matrix?: { base: string; endpoint: string; kind: string };
  /** Where it was declared, for error messages; `flow` and `context` where those values are written. */
  source: { file: string; line: number; col: number; flow?: { line: number; col: number }; context?: { line: number; col: number } };
}

export type { Problem } from '../input/problem.ts';
