import { confusionMatrix, formatMatrix } from '../../bench/judge-matrix.ts';
import { kinds } from '../../harness/guidelines/taxonomy.ts';
import { leaveOneLibraryOut, type HoldoutLog } from './holdout.ts';
import { figures, type CaseScore, type Figures } from './score.ts';

/** Issue 11's bars for the design-system gallery. */
export const GALLERY_BARS = {
  /** Overall accuracy, 0..1. */
  accuracy: 0.97,
  /** Leave-one-library-out accuracy, 0..1. */
  leaveOneOut: 0.95,
  falsePasses: 0,
  /** False fails per good page. */
  falseFailsPerGood: 1 / 20,
  /** No library's accuracy more than this below the mean of the libraries' accuracies (percentage points). */
  belowMeanPp: 3,
};

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Figures per library, in the order the scores list them. */
export function perLibrary(scores: readonly CaseScore[]): Map<string, Figures> {
  const names = [...new Set(scores.map((s) => s.library))];
  return new Map(names.map((name) => [name, figures(scores.filter((s) => s.library === name))]));
}

/** Which of the bars (that do not need the holdout log) the scores miss, one sentence each; empty when all hold. */
export function barsMissed(scores: readonly CaseScore[], { perLibrary: byLibrary = true } = {}): string[] {
  const all = figures(scores);
  const libs = perLibrary(scores);
  const mean = [...libs.values()].reduce((n, f) => n + f.accuracy, 0) / Math.max(1, libs.size);
  const missed: string[] = [];
  if (all.accuracy < GALLERY_BARS.accuracy) missed.push(`accuracy ${pct(all.accuracy)} is below ${pct(GALLERY_BARS.accuracy)}`);
  if (all.falsePasses > GALLERY_BARS.falsePasses) missed.push(`${all.falsePasses} false pass(es): ${scores.filter((s) => s.falsePass).map((s) => s.name).join('; ')}`);
  if (all.falseFails > all.goodPages * GALLERY_BARS.falseFailsPerGood) missed.push(`${all.falseFails} false fail(s) on ${all.goodPages} good pages (at most 1 per 20)`);
  for (const [name, f] of byLibrary ? libs : []) {
    if ((mean - f.accuracy) * 100 > GALLERY_BARS.belowMeanPp) missed.push(`${name} at ${pct(f.accuracy)} is more than ${GALLERY_BARS.belowMeanPp} pp below the mean ${pct(mean)}`);
  }
  return missed;
}

/** The bench's text: confusion, per library, false passes/fails, misses, leave-one-library-out. */
export function formatGallery(scores: readonly CaseScore[], log: HoldoutLog): string {
  const all = figures(scores);
  const m = confusionMatrix(scores.map((s) => ({ name: s.name, expected: s.expected, observed: s.observed })), new Set(kinds.map((k) => k.slug)));
  const lines = [formatMatrix(m), ''];
  lines.push(`design-system gallery accuracy: ${pct(all.accuracy)} (${all.correct}/${all.total})`);
  for (const [name, f] of perLibrary(scores)) {
    const first = log.libraries[name]?.firstSight;
    const seen = first ? `, first sight ${pct(first.accuracy)} (${first.correct}/${first.total})${log.libraries[name]!.heldOut ? ' [held out]' : ''}` : ', no first sight recorded';
    lines.push(`  ${name.padEnd(10)} ${pct(f.accuracy).padStart(7)} (${f.correct}/${f.total}), false passes ${f.falsePasses}, false fails ${f.falseFails}/${f.goodPages} good${seen}`);
  }
  for (const s of scores.filter((x) => !x.correct || x.falsePass || x.falseFail)) {
    const tag = [s.falsePass && 'FALSE PASS', s.falseFail && 'FALSE FAIL', !s.correct && 'miss'].filter(Boolean).join(', ');
    lines.push(`${tag}: ${s.name}: expected ${s.expected}, observed ${s.observed}: ${s.reason}`);
  }
  const lolo = leaveOneLibraryOut(log);
  lines.push(lolo
    ? `leave-one-library-out accuracy: ${pct(lolo.accuracy)} (${lolo.correct}/${lolo.total}, first sight of ${lolo.libraries.join(', ')})`
    : 'leave-one-library-out accuracy: n/a (no first sight recorded)');
  const held = leaveOneLibraryOut(log, { heldOutOnly: true });
  if (held) lines.push(`  of which held out until the rules were developed on the others: ${pct(held.accuracy)} (${held.correct}/${held.total}, ${held.libraries.join(', ')})`);
  lines.push(`false passes: ${all.falsePasses}`, `false fails: ${all.falseFails} (of ${all.goodPages} good pages)`);
  return lines.join('\n');
}
