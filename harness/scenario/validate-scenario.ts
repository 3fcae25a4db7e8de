import { showValue } from '../input/describe-schema.ts';
import { formatPath } from '../input/format-problem.ts';
import type { Locator, Position } from './locate.ts';
import type { Registries } from './registries.ts';
import { checkScenarioRules } from './rules.ts';
import { FILE_RULE, scenarioSchema } from './schema.ts';
import type { Problem, Scenario } from './types.ts';
import { issuesToProblems } from './zod-problems.ts';

/** One scenario mapping of a file, after every stage: its id (for the duplicate check) and, if valid, the scenario. */
export interface Candidate {
  /** Explicit or default id; undefined when neither can be known. */
  id?: string;
  idDefaulted: boolean;
  /** Where the id is written, or the scenario mapping when it is defaulted. */
  idAt: Position;
  /** Set only when the item has no problem. */
  scenario?: Scenario;
  problems: Problem[];
}

/** Where one scenario mapping sits and how its id defaults. */
export interface ItemScope {
  file: string;
  /** `[]` for a one-scenario file, `[i]` for item i of a sequence. */
  base: readonly PropertyKey[];
  locator: Locator;
  /** File name without `.yaml`/`.yml`, for the default id. */
  stem: string;
  /** A file with several scenarios: each needs an explicit id. */
  requireId: boolean;
  /** Set for a scenario a matrix generated (its id is then given in `raw.id`). */
  matrix?: Scenario['matrix'];
}

/** Runs the envelope stage, the params stage and the rules on one raw scenario mapping. */
export function validateScenarioItem(raw: unknown, scope: ItemScope, registries: Registries): Candidate {
  const { file, base, locator } = scope;
  const here = locator.at(base);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    const problem = { file, ...here, path: formatPath(locator.source(base)), message: `expected a scenario mapping, got ${showValue(raw)}; ${FILE_RULE}` };
    return { idDefaulted: false, idAt: here, problems: [problem] };
  }
  const data = raw as Record<string, unknown>;
  const envelope = scenarioSchema.safeParse(data, { reportInput: true });
  const problems = envelope.success
    ? []
    : issuesToProblems(envelope.error.issues, scenarioSchema, { file, base, locator });
  const rules = checkScenarioRules(data, { file, base, locator }, registries);
  problems.push(...rules.problems);

  const explicitId = typeof data.id === 'string' ? data.id : undefined;
  const integration = typeof data.integration === 'string' ? data.integration.trim() : undefined;
  if (!explicitId && scope.requireId) {
    problems.push({
      file, ...here, path: formatPath(locator.source([...base, 'id'])),
      message: 'missing required key "id" (each scenario of a file with several needs its own id, e.g. quickbooks/expense-payee-outage)',
    });
  }
  const id = explicitId ?? (integration && !scope.requireId ? `${integration}/${scope.stem}` : undefined);
  const idAt = explicitId ? locator.at([...base, 'id']) : here;
  const candidate: Candidate = { ...(id ? { id } : {}), idDefaulted: !explicitId, idAt, problems };
  if (!envelope.success || problems.length > 0 || !id || !rules.prescribed) return candidate;

  const doc = envelope.data;
  // A scenario with a matrix only generates scenarios (expand.ts); it is not one itself.
  if (!doc.faults || doc.matrix) return candidate;
  const scenario: Scenario = {
    id,
    title: doc.title,
    integration: doc.integration,
    flow: doc.flow,
    context: doc.context,
    faults: doc.faults.map((fault, i) => ({
      provider: fault.provider ?? doc.integration,
      endpoint: fault.endpoint,
      kind: fault.kind,
      probability: fault.probability,
      when: fault.when ?? {},
      ...(fault.match ? { match: fault.match } : {}),
      params: rules.params.get(i) ?? {},
    })),
    expect: doc.expect,
    seed: doc.seed,
    observe: doc.observe,
    tags: doc.tags,
    ...(scope.matrix ? { matrix: scope.matrix } : {}),
    source: { file, ...here, flow: locator.at([...base, 'flow']), context: locator.at([...base, 'context']) },
    prescribed: rules.prescribed,
  };
  return { ...candidate, scenario };
}
