/** A short plain-text before/after table for the terminal. */
import { compareRuns, percent, pointsDelta, type ImpactComparison } from './compare.ts';
import type { LoadedRun } from './read-run.ts';

const pad = (rows: string[][]): string[] => {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length)));
  // Labels and the trend word left-aligned, the numbers right-aligned.
  return rows.map((r) =>
    r.map((cell, col) => (col === 0 || col === r.length - 1 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd(),
  );
};

/**
 * Renders the headline metrics before/after/delta and the scenario changes as aligned plain text.
 * Journal text (run labels) is stripped of control characters so it cannot move the cursor.
 * @example console.log(renderConsoleTable(readRun(a), readRun(b)))
 */
export function renderConsoleTable(before: LoadedRun, after: LoadedRun, impact?: ImpactComparison): string {
  const c = impact ?? compareRuns(before, after);
  const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  if (c.single) {
    const rows = [
      ['', plain(c.after.run.label)],
      ...c.metrics.map((m) => [m.target === undefined ? m.label : `${m.label} (bar ${percent(m.target)})`, percent(m.after)]),
      ['Scenarios', String(c.after.scenarioCount)],
      ['Failing', String(c.after.verdict.fail)],
    ];
    // pad() left-aligns the last column; a trailing empty column keeps the numbers right-aligned.
    return pad(rows.map((r) => [...r, ''])).join('\n');
  }
  const rows = [
    ['', plain(c.before.run.label), plain(c.after.run.label), 'Δ', ''],
    ...c.metrics.map((m) => [
      m.target === undefined ? m.label : `${m.label} (bar ${percent(m.target)})`,
      percent(m.before),
      percent(m.after),
      pointsDelta(m.delta),
      m.trend === 'same' ? '' : m.trend === 'improved' ? 'better' : 'worse',
    ]),
    ['Scenarios', String(c.before.scenarioCount), String(c.after.scenarioCount), '', ''],
  ];
  const count = (change: string) => c.scenarios.filter((p) => p.change === change).length;
  const changes = `${count('improved')} improved, ${count('regressed')} regressed, ${count('unchanged')} unchanged` +
    (count('added') + count('removed') ? `, ${count('added')} only after, ${count('removed')} only before` : '');
  return [...pad(rows), changes].join('\n');
}
