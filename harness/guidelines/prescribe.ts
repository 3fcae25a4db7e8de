import { decisionTree, isLeaf, type DecisionStep, type DecisionTree, type ScenarioContext } from './decision-tree.ts';

/** The tree's answer for a context: the kind and the answers that led to it. */
export interface PrescribedResponse {
  kind: string;
  path: DecisionStep[];
}

/** Why a context does not reach a leaf: the key asked, the value found there, the answers allowed. */
export interface PrescriptionProblem {
  problem: {
    /** Dotted context key, e.g. `field.required`. */
    key: string;
    /** The value the context holds there (undefined when missing). */
    got: unknown;
    allowed: string[];
    /** The question the key answers, for messages. */
    question: string;
  };
}

/**
 * The value of a dotted key in a context: `field.required` reads `context.field.required`
 * (a flat key `"field.required"` is read too).
 */
export function contextValue(context: ScenarioContext, key: string): unknown {
  if (key in context) return context[key];
  let current: unknown = context;
  for (const part of key.split('.')) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A context value as a tree answer: strings as they are, booleans and numbers as text. */
const asAnswer = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'boolean' || typeof value === 'number' ? String(value) : undefined;

/**
 * Walks the decision tree with a scenario's context and returns the prescribed response kind, or the first
 * key whose answer is missing or not allowed, with the allowed answers.
 * @example prescribeResponse({ initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' })
 *   // { kind: 'contextual-error-alert', path: [{ ask: 'initiatedBy', answer: 'user-action' }, ...] }
 */
export function prescribeResponse(
  context: ScenarioContext,
  tree: DecisionTree = decisionTree,
): PrescribedResponse | PrescriptionProblem {
  const path: DecisionStep[] = [];
  let node = tree.root;
  for (;;) {
    const got = contextValue(context, node.ask);
    const answer = asAnswer(got);
    const next = answer === undefined ? undefined : node.answers[answer];
    if (answer === undefined || !next || !Object.hasOwn(node.answers, answer)) {
      return { problem: { key: node.ask, got, allowed: Object.keys(node.answers), question: node.question } };
    }
    path.push({ ask: node.ask, answer });
    if (isLeaf(next)) return { kind: next.prescribe, path };
    node = next;
  }
}
