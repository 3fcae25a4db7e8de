/** Edit distance between two strings (insertions, deletions, substitutions; case-insensitive). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The allowed value closest to a misspelt one, when it is close enough to be the obvious fix.
 * @example closest('outtage', ['outage', 'latency']) // 'outage'
 */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 4));
  let best: { name: string; d: number } | undefined;
  for (const name of allowed) {
    const d = distance(value, name);
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/**
 * `; did you mean "x"?` when one allowed value is an obvious fix, else an empty string.
 * @example `unknown kind "outtage"${didYouMean('outtage', kinds)}`
 */
export function didYouMean(value: string, allowed: readonly string[]): string {
  const match = closest(value, allowed);
  return match && match !== value ? `; did you mean "${match}"?` : '';
}

/** `a, b, c` or `(none)`, for "allowed" lists. */
export const listOrNone = (values: readonly string[]) => (values.length ? values.join(', ') : '(none)');
