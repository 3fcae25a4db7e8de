/** Impact severity of a scenario result (taxonomy section 3), read from the taxonomy data. */
import { categoryOf, incorrectFeedback, type Severity } from '../guidelines/taxonomy.ts';
import type { CopyFinding, EngineeringFinding, ScenarioResult } from './results.ts';

/** The parts of a scenario result the severity depends on. */
export interface SeverityInput {
  observed: Pick<ScenarioResult['observed'], 'category' | 'kind'>;
  prescribed?: string | null;
  copyFindings?: readonly Pick<CopyFinding, 'rule' | 'level'>[];
  engineeringFindings?: readonly Pick<EngineeringFinding, 'rule' | 'level'>[];
  /** A crashed scenario was not judged. */
  error?: string;
}

/** True when a copy rule found incorrect feedback: blaming the user or the 3rd party, or a false "reconnect". */
export function hasIncorrectFeedback(result: Pick<SeverityInput, 'copyFindings'>): boolean {
  return (result.copyFindings ?? []).some(
    (f) => f.level === 'error' && incorrectFeedback.copyRules.includes(f.rule),
  );
}

/**
 * True when the UI gave the prescribed response and its copy passed: the observed kind (or, for a prescribed
 * category such as `third-party-app-error`, the category) is the prescribed one, with no copy-rule error.
 * This is what the headline "prescribed coverage" counts.
 */
export function isPrescribedResponse(result: SeverityInput): boolean {
  const { prescribed, observed } = result;
  if (!prescribed || result.error) return false;
  if (observed.kind !== prescribed && observed.category !== prescribed) return false;
  return !(result.copyFindings ?? []).some((f) => f.level === 'error');
}

/**
 * The impact severity of a result, worst rule first:
 * a crash is `unknown`; an incorrect-feedback copy error is `critical` whatever was shown; otherwise the
 * category's severity, raised to its `prescribedSeverity` (helpful-error -> `good`) when the response is the
 * prescribed kind with no copy finding at all and no engineering error. Unknown category slugs are `unknown`.
 * @example severityOf({ observed: { category: 'generic-error', kind: null } }) // 'bad'
 */
export function severityOf(result: SeverityInput): Severity {
  if (result.error) return 'unknown';
  if (hasIncorrectFeedback(result)) return incorrectFeedback.severity;
  const category = categoryOf(result.observed.category);
  if (!category) return 'unknown';
  const clean =
    (result.copyFindings ?? []).length === 0 &&
    !(result.engineeringFindings ?? []).some((f) => f.level === 'error');
  if (category.prescribedSeverity && clean && isPrescribedResponse(result)) return category.prescribedSeverity;
  return category.severity;
}
