import type { z } from 'zod';
import { allowedKeys, describeExpected, schemaAt, showValue } from '../input/describe-schema.ts';
import { formatPath } from '../input/format-problem.ts';
import type { Locator } from './locate.ts';
import { didYouMean } from './suggest.ts';
import type { Problem } from './types.ts';

/** Where a schema was applied: the file, the document path of the value it checked, and a locator. */
export interface IssueScope {
  file: string;
  /** Document path of the value the schema validated, e.g. `[0, 'faults', 1, 'params']`. */
  base: readonly PropertyKey[];
  locator: Locator;
}

/**
 * Turns zod issues into located problems that say what is wrong, the bad value and what is allowed:
 * one problem per unknown key (listing the allowed keys), "missing required key" for absent ones,
 * "expected <what the schema accepts>, got <value>" for everything else.
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType, scope: IssueScope): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const relative = issue.path as PropertyKey[];
    const path = [...scope.base, ...relative];
    const at = (p: readonly PropertyKey[], key = false) => {
      const { line, col } = key ? scope.locator.keyAt(p) : scope.locator.at(p);
      return { file: scope.file, line, col, path: formatPath(scope.locator.source(p)) };
    };
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schemaAt(schema, relative));
      for (const key of issue.keys) {
        problems.push({ ...at([...path, key], true), message: `unknown key; allowed keys: ${allowed.join(', ')}${didYouMean(key, allowed)}` });
      }
      continue;
    }
    const target = schemaAt(schema, relative);
    const expected = target ? describeExpected(target) : issue.message;
    const input = (issue as { input?: unknown }).input;
    if (issue.code !== 'custom' && input === undefined) {
      const name = String(relative[relative.length - 1] ?? 'value');
      problems.push({ ...at(path), message: `missing required key "${name}" (${expected})` });
    } else if (issue.code === 'custom') {
      // A rule about several keys (e.g. two `when` keys that conflict) says it all; quoting the input adds noise.
      const quote = input !== undefined && !(issue.params as { whole?: boolean } | undefined)?.whole;
      problems.push({ ...at(path), message: quote ? `${issue.message}, got ${showValue(input)}` : issue.message });
    } else {
      problems.push({ ...at(path), message: `expected ${expected}, got ${showValue(input)}` });
    }
  }
  return problems;
}
