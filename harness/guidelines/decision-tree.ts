/**
 * The decision tree of guidelines.md section 1 (scenario context -> prescribed response kind), loaded from
 * `decision-tree.yaml` and validated once at import. `prescribe.ts` walks it; the scenario loader and the
 * JSON Schema read the questions and answers it asks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { GuidelinesError } from '../input/errors.ts';
import { isCategory, isKind, kinds, prescribableCategories } from './taxonomy.ts';

/** The decision-tree answers a scenario gives: where the user is when the call fails. */
export type ScenarioContext = Record<string, unknown>;

/** A leaf: the response kind prescribed for the answers that lead here. */
export interface DecisionLeaf {
  /** The questionnaire's text for the answer that leads here. */
  label?: string;
  /** A kind slug of taxonomy section 2 (or a category, for the in-third-party-app branch). */
  prescribe: string;
  /** What the prescribed response must also do on this branch. */
  note?: string;
}

/** A question: which context key answers it, and where each answer leads. */
export interface DecisionNode {
  label?: string;
  /** Dotted key of the scenario's `context`, e.g. `field.required`. */
  ask: string;
  /** The question, as the case study's questionnaire asks it. */
  question: string;
  answers: Record<string, DecisionNode | DecisionLeaf>;
}

/** The whole tree file. */
export interface DecisionTree {
  version: 1;
  root: DecisionNode;
}

const text = z.string().trim().min(1);
const leafSchema = z.strictObject({ label: text.optional(), prescribe: text, note: text.optional() });
const nodeSchema: z.ZodType<DecisionNode> = z.strictObject({
  label: text.optional(),
  ask: z.string().regex(/^[a-zA-Z][\w-]*(\.[a-zA-Z][\w-]*)*$/, 'expected a dotted context key like field.required'),
  question: text,
  get answers() {
    return z.record(z.string(), z.union([leafSchema, nodeSchema])).refine((a) => Object.keys(a).length > 0, 'needs at least one answer');
  },
});
const treeSchema = z.strictObject({ version: z.literal(1), root: nodeSchema });

/** True when a tree entry is a leaf. */
export const isLeaf = (entry: DecisionNode | DecisionLeaf): entry is DecisionLeaf => 'prescribe' in entry;

/** One step of a walk through the tree: the key asked and the answer taken. */
export interface DecisionStep {
  ask: string;
  answer: string;
}

/**
 * Every leaf with the answers that reach it, in file order.
 * @example treeLeaves(decisionTree)[0] // { kind: 'full-page-empty-state', path: [{ ask: 'initiatedBy', answer: 'user-action' }, ...] }
 */
export function treeLeaves(tree: DecisionTree): { kind: string; path: DecisionStep[]; note?: string }[] {
  const leaves: { kind: string; path: DecisionStep[]; note?: string }[] = [];
  const walk = (node: DecisionNode, path: DecisionStep[]) => {
    for (const [answer, next] of Object.entries(node.answers)) {
      const step = [...path, { ask: node.ask, answer }];
      if (isLeaf(next)) leaves.push({ kind: next.prescribe, path: step, ...(next.note ? { note: next.note } : {}) });
      else walk(next, step);
    }
  };
  walk(tree.root, []);
  return leaves;
}

/**
 * Every context key the tree asks, with its question and every answer allowed anywhere in the tree.
 * @example contextQuestions(decisionTree).get('where')?.answers // ['next-page', 'form', ...]
 */
export function contextQuestions(tree: DecisionTree): Map<string, { question: string; answers: string[] }> {
  const questions = new Map<string, { question: string; answers: string[] }>();
  const walk = (node: DecisionNode) => {
    const entry = questions.get(node.ask) ?? { question: node.question, answers: [] };
    for (const answer of Object.keys(node.answers)) if (!entry.answers.includes(answer)) entry.answers.push(answer);
    questions.set(node.ask, entry);
    for (const next of Object.values(node.answers)) if (!isLeaf(next)) walk(next);
  };
  walk(tree.root);
  return questions;
}

/** Slugs a scenario may name in `expect.prescribed`: taxonomy kinds, whatever the tree prescribes, and prescribable categories (no-impact). */
export function prescribableKinds(tree: DecisionTree): string[] {
  return [...new Set([...kinds.map((k) => k.slug), ...treeLeaves(tree).map((l) => l.kind), ...prescribableCategories])];
}

/** Rules the schema cannot state: known slugs at the leaves, no key asked twice on one branch. */
function treeRuleProblems(tree: DecisionTree): string[] {
  const problems: string[] = [];
  const walk = (node: DecisionNode, asked: string[], where: string) => {
    if (asked.includes(node.ask)) problems.push(`${where}: "${node.ask}" is asked twice on one branch`);
    for (const [answer, next] of Object.entries(node.answers)) {
      const here = `${where}.answers.${answer}`;
      if (!isLeaf(next)) walk(next, [...asked, node.ask], here);
      else if (!isKind(next.prescribe) && !isCategory(next.prescribe)) {
        problems.push(`${here}.prescribe: unknown slug "${next.prescribe}"; expected a kind of taxonomy.yaml: ${kinds.map((k) => k.slug).join(', ')}`);
      }
    }
  };
  walk(tree.root, [], 'root');
  return problems;
}

/**
 * Parses and validates decision-tree YAML text; throws `GuidelinesError` listing every problem.
 * @example parseDecisionTree(readFileSync(file, 'utf8'), file)
 */
export function parseDecisionTree(source: string, file = 'decision-tree.yaml'): DecisionTree {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new GuidelinesError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = treeSchema.safeParse(data);
  if (!result.success) throw new GuidelinesError(file, z.prettifyError(result.error).split('\n'));
  const tree = result.data as DecisionTree;
  const problems = treeRuleProblems(tree);
  if (problems.length) throw new GuidelinesError(file, problems);
  return tree;
}

/** Where the built-in decision tree lives. */
export const defaultDecisionTreePath = fileURLToPath(new URL('./decision-tree.yaml', import.meta.url));

/** Reads and validates a decision-tree file (default: the built-in one). */
export function loadDecisionTree(file = defaultDecisionTreePath): DecisionTree {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new GuidelinesError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
  return parseDecisionTree(source, file);
}

/** The built-in decision tree, validated at import. */
export const decisionTree: DecisionTree = loadDecisionTree();
