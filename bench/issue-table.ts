import { loadavg } from 'node:os';
import type { CliFigures, Timed } from './cli-wall.ts';
import type { AuditTiming } from './demo-audit.ts';
import type { HarnessOverhead } from './harness-overhead.ts';
import type { LatencyError } from './latency-error.ts';

/** Everything issue 15's table shows, measured in one `npm run bench`. */
export interface IssueFigures {
  cli: CliFigures;
  overhead: HarnessOverhead;
  audit: AuditTiming[];
  auditTotalS: number;
  rps: Record<string, number>;
  ratios: Record<string, number>;
  cpuRatios: Record<string, number | null>;
  latency: { settimeout: LatencyError; runtime: LatencyError };
  report: CliFigures['report'];
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpu = (t: Timed) => (t.cpuMs === null ? '' : `, ${s(t.cpuMs)} CPU`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

/**
 * Prints issue 15's table: each row's figure, its anchor from the same run, the ratio and the target. Wall
 * ratios move with load; CPU ratios (beside them) much less: the load average is printed with the table.
 */
export function printIssueTable(f: IssueFigures): void {
  const { cli, overhead, latency, report } = f;
  // A drill's wall ratio to the bare test, with the CPU ratio beside it.
  const drillRow = (label: string, t: typeof cli.drill) => {
    const ratio = t.wallMs / cli.bare.wallMs;
    const cpuRatio = t.cpuMs !== null && cli.bare.cpuMs ? ` (CPU ${(t.cpuMs / cli.bare.cpuMs).toFixed(2)}x)` : '';
    return [label, `${s(t.wallMs)}${cpu(t)}`, `bare playwright test ${s(cli.bare.wallMs)}${cpu(cli.bare)}`, `${ratio.toFixed(2)}x${cpuRatio}`, `<= 1.5x bare: ${met(ratio <= 1.5)}`];
  };
  const runtimeCpu = f.cpuRatios['runtime-50 / express'];
  const rows: string[][] = [
    drillRow('one drill from the CLI (checkout, tsx)', cli.drill),
    drillRow('one drill, installed package (dist/)', cli.packaged),
    ['harness overhead per drill', `${overhead.harnessMs} ms`, `bare ${overhead.bareMs} ms`, `${Math.round((overhead.ratio - 1) * 100)} %`, `<= 15 %: ${met(overhead.ratio <= 1.15)}`],
    f.audit.length
      ? ['full demo audit, both modes', `${f.auditTotalS.toFixed(0)} s`, f.audit.map((t) => `${t.mode} ${t.drills} drills`).join(', '), '-', `<= 300 s, >= 100 drills each: ${met(f.auditTotalS <= 300 && f.audit.every((t) => t.drills >= 100))}`]
      : ['full demo audit, both modes', 'skipped (BENCH_QUICK=1)', '-', '-', '-'],
    ['mock runtime, 50 handlers, 50 connections', `${Math.round(f.rps['runtime-50'] ?? NaN)} req/s`, `express ${Math.round(f.rps.express ?? NaN)} req/s`, `${f.ratios['runtime-50 / express']!.toFixed(2)}x${runtimeCpu ? ` (CPU ${runtimeCpu.toFixed(2)}x)` : ''}`, `>= 0.7x express: ${met(f.ratios['runtime-50 / express']! >= 0.7)}`],
    ['mock runtime vs mountebank', `${Math.round(f.rps['runtime-50'] ?? NaN)} req/s`, `mountebank ${Math.round(f.rps.mountebank ?? NaN)} req/s`, `${f.ratios['runtime-50 / mountebank']!.toFixed(2)}x`, `stretch level: ${met(f.ratios['runtime-50 / mountebank']! >= 1)}`],
    ['injected-latency error p99', `${latency.runtime.p99.toFixed(1)} ms`, `setTimeout ${latency.settimeout.p99.toFixed(1)} ms`, `${(latency.runtime.p99 - latency.settimeout.p99).toFixed(1)} ms`, `<= setTimeout: ${met(latency.runtime.p99 <= latency.settimeout.p99)}`],
    report
      ? [`HTML report (${report.scenarios} scenario(s) after)`, `${mb(report.htmlBytes)} HTML, ${mb(report.folderBytes)} folder`, `opens in ${report.openMs} ms${report.pageMs === undefined ? '' : `, a scenario page in ${report.pageMs} ms`}`, '-', `< 1 MB, < 1 s: ${met(report.htmlBytes < 2 ** 20 && report.openMs < 1000 && (report.pageMs ?? 0) < 1000)}`]
      : ['HTML report', 'not measured', '-', '-', '-'],
    ['validate of one file', `${s(cli.validate.wallMs)}${cpu(cli.validate)}`, '-', '-', `< 2 s: ${met(cli.validate.wallMs < 2000)}`],
  ];
  const header = ['issue 15', 'brownout', 'anchor (same run)', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) console.log(line(row));
  console.log(`load average now ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min): targets are for a quiet machine (load under 3); on a loaded one read the CPU ratios.`);
}
