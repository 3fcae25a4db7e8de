/** A gallery case's label and what the classifier said: `kind ?? category`, e.g. `error-toast`, `silent`. */
export interface Judged {
  name: string;
  expected: string;
  observed: string;
}

/** The confusion matrix of a classifier over labelled cases, with its headline figures. */
export interface ConfusionMatrix {
  labels: string[];
  /** counts[expected][observed] (cases). */
  counts: Record<string, Record<string, number>>;
  correct: number;
  total: number;
  /** correct / total, 0..1. */
  accuracy: number;
  /** Cases judged a helpful kind (a pass if prescribed) whose true label is another behaviour. */
  falsePasses: Judged[];
  misses: Judged[];
}

/** Labels that are a helpful-error kind (taxonomy section 2): observing one can pass a scenario. */
export type KindSet = ReadonlySet<string>;

/**
 * Tallies expected vs observed labels; a false pass is a case observed as a helpful kind that is not its true
 * label (a drill prescribing that kind would pass a product that did not show it).
 * @example confusionMatrix([{ name: 'a', expected: 'silent', observed: 'silent' }], new Set(['error-toast'])).accuracy // 1
 */
export function confusionMatrix(cases: readonly Judged[], kinds: KindSet): ConfusionMatrix {
  const labels = [...new Set(cases.flatMap((c) => [c.expected, c.observed]))].sort();
  const counts: ConfusionMatrix['counts'] = Object.fromEntries(labels.map((l) => [l, Object.fromEntries(labels.map((m) => [m, 0]))]));
  for (const c of cases) counts[c.expected]![c.observed]! += 1;
  const misses = cases.filter((c) => c.expected !== c.observed);
  const correct = cases.length - misses.length;
  return {
    labels, counts, correct, total: cases.length, accuracy: cases.length ? correct / cases.length : 0,
    falsePasses: misses.filter((c) => kinds.has(c.observed)), misses,
  };
}

/** The matrix as a text table: one row per true label, one column per observed label (numbered). */
export function formatMatrix(m: ConfusionMatrix): string {
  const title = 'expected \\ observed';
  const width = Math.max(title.length - 4, ...m.labels.map((l) => l.length));
  const head = `${title.padEnd(width + 4)} ${m.labels.map((_, i) => String(i + 1).padStart(3)).join('')}`;
  const rows = m.labels.map((l, i) => `${String(i + 1).padStart(2)}. ${l.padEnd(width)} ${m.labels.map((o) => {
    const n = m.counts[l]![o]!;
    return (n === 0 ? '.' : String(n)).padStart(3);
  }).join('')}`);
  return [head, ...rows].join('\n');
}
