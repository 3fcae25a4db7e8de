import { escapeControl } from '../escape-control.ts';
import type { Problem } from './problem.ts';

/**
 * One line per problem, clickable in editors and terminals: `file:line:col path: message`.
 * A problem without a position (line 0, e.g. an unreadable file) prints as `file: message`.
 * @example formatProblem(p) // 'scenarios/qbo.yaml:12:7 faults[0].params.status: expected an integer from 500 to 599, got "fast"'
 */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  // File names, keys and echoed values come from the user: a terminal must not act on their control characters.
  return escapeControl(p.path ? `${where} ${p.path}: ${p.message}` : `${where}: ${p.message}`);
}

/**
 * The dotted path of a document node, as problems show it.
 * @example formatPath(['faults', 0, 'params', 'status']) // 'faults[0].params.status'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
