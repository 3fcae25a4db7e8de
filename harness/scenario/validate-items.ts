/**
 * Validates the scenario items of one file: resolves `extends`, expands each `matrix`, then runs every
 * stage on each resulting scenario, with problems located where their values were written.
 */
import { expandMatrix } from './expand-matrix.ts';
import { isRecord, resolveExtends } from './extend.ts';
import { formatPath } from '../input/format-problem.ts';
import type { YamlLocator } from './locate.ts';
import { matrixSchema } from './matrix-schema.ts';
import type { Registries } from './registries.ts';
import { ID } from './schema.ts';
import { validateScenarioItem, type Candidate } from './validate-scenario.ts';
import { issuesToProblems } from './zod-problems.ts';

/** Where a file's items are and how their ids default. */
export interface FileScope {
  file: string;
  locator: YamlLocator;
  /** File name without `.yaml`/`.yml`, for the default id. */
  stem: string;
}

/**
 * Candidates for the items at `bases` (one per item, or one per matrix cell); several candidates may report
 * the same problem (a value every cell inherits), so callers drop repeated problems.
 */
export function validateItems(items: readonly unknown[], bases: PropertyKey[][], scope: FileScope, registries: Registries): Candidate[] {
  const { file, stem } = scope;
  const requireId = items.length > 1;
  return resolveExtends(items, bases, scope.locator).flatMap(({ data, locator, problem }, i) => {
    const base = bases[i]!;
    const item = { file, base, locator, stem, requireId };
    const extendsProblems = problem
      ? [{ file, ...locator.at(problem.path), path: formatPath(locator.source(problem.path)), message: problem.message }]
      : [];
    if (extendsProblems.length > 0) {
      // Nothing was inherited: every key the base would give would be reported missing. The id still counts.
      const id = isRecord(data) && typeof data.id === 'string' ? data.id : undefined;
      return [{ ...(id ? { id } : {}), idDefaulted: false, idAt: locator.at([...base, 'id']), problems: extendsProblems }];
    }
    if (!isRecord(data) || data.matrix === undefined) return [validateScenarioItem(data, item, registries)];
    const matrixAt = [...base, 'matrix'];
    const parsed = matrixSchema.safeParse(data.matrix, { reportInput: true });
    const shared = parsed.success ? [] : issuesToProblems(parsed.error.issues, matrixSchema, { file, base: matrixAt, locator });
    const integration = typeof data.integration === 'string' ? data.integration.trim() : '';
    const explicit = typeof data.id === 'string' ? data.id : undefined;
    const id = explicit ?? (integration && !requireId ? `${integration}/${stem}` : undefined);
    const cells = expandMatrix(data, id && ID.test(id) ? id : undefined, base, locator);
    if (cells.length === 0) {
      const candidate = validateScenarioItem(data, item, registries);
      return [{ ...candidate, problems: [...shared, ...candidate.problems] }];
    }
    // The matrix's own problems (reported by every cell, kept once by the caller) invalidate every cell.
    const claimed = new Set<string>();
    return cells.map((cell) => {
      const candidate = validateScenarioItem(cell.data, { ...item, locator: cell.locator, requireId: false, matrix: cell.matrix }, registries);
      if (shared.length === 0) return candidate;
      // A broken matrix generates nothing, but its ids still count against other scenarios' (once each: two
      // cells of the same name are the matrix's own problem, already reported).
      const { scenario: _, id: cellId, ...invalid } = candidate;
      const claim = cellId && !claimed.has(cellId) ? (claimed.add(cellId), { id: cellId }) : {};
      return { ...invalid, ...claim, problems: [...shared, ...candidate.problems] };
    });
  });
}
