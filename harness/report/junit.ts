/**
 * The run journal as JUnit XML for CI systems: one case per drill, class = integration/flow, name = the
 * scenario id, its evidence attached by paths inside the run folder (`[[ATTACHMENT|...]]`, as Jenkins and
 * GitLab read them).
 */
import { observedLabel } from './compare.ts';
import { isPlainFileName } from './html/evidence.ts';
import type { RunJournal, ScenarioResult } from './results.ts';

// XML 1.0 allows no C0 control character but tab, newline and carriage return (journal text is untrusted).
const xml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function failureText(s: ScenarioResult): string {
  const findings = [...s.copyFindings.map((f) => `copy ${f.level} ${f.rule}: ${f.text}`), ...s.engineeringFindings.map((f) => `engineering ${f.level} ${f.rule}: ${f.detail}`)];
  return [`observed: ${observedLabel(s.observed)} (${s.observed.category}); prescribed: ${s.prescribed ?? 'TBD'}; severity: ${s.severity}`, ...findings].join('\n');
}

/** The evidence files of a result that are plain names inside the run folder, as `<runPath>/<name>`. */
function attachments(s: ScenarioResult, runPath: string): string[] {
  const names = [s.evidence.screenshot, s.evidence.crop?.file, s.evidence.trace].filter((n): n is string => !!n && isPlainFileName(n));
  return names.map((n) => (runPath ? `${runPath.replace(/\/+$/, '')}/${n}` : n));
}

function testCase(s: ScenarioResult, runPath: string): string {
  const open = `<testcase classname="${xml(`${s.integration}/${s.flow}`)}" name="${xml(s.id)}" time="${seconds(s.durationMs)}">`;
  const body: string[] = [];
  if (s.error) body.push(`<error message="${xml(s.error.split('\n')[0] ?? 'crashed')}">${xml(s.error)}</error>`);
  else if (s.verdict === 'fail') body.push(`<failure message="${xml(`${observedLabel(s.observed)}, prescribed ${s.prescribed ?? 'TBD'}`)}">${xml(failureText(s))}</failure>`);
  const files = attachments(s, runPath);
  if (files.length) body.push(`<system-out>${files.map((f) => `[[ATTACHMENT|${xml(f)}]]`).join('\n')}</system-out>`);
  return `${open}${body.join('')}</testcase>`;
}

/**
 * Renders the journal as JUnit XML, one `<testsuite>` per integration.
 * @param runPath how CI reaches the run folder (e.g. `reports/2026-12-05T17-00-00-guided`), prefixed to attachments
 * @example writeFileSync(join(runDir, 'junit.xml'), renderJUnit(journal, 'reports/' + journal.run.id))
 */
export function renderJUnit(journal: RunJournal, runPath = ''): string {
  const byIntegration = new Map<string, ScenarioResult[]>();
  for (const s of journal.scenarios) byIntegration.set(s.integration, [...(byIntegration.get(s.integration) ?? []), s]);
  const count = (list: ScenarioResult[], what: 'fail' | 'error') => list.filter((s) => (what === 'error' ? !!s.error : !s.error && s.verdict === 'fail')).length;
  const suites = [...byIntegration.entries()].map(([integration, list]) => {
    const time = seconds(list.reduce((t, s) => t + s.durationMs, 0));
    return `  <testsuite name="${xml(integration)}" tests="${list.length}" failures="${count(list, 'fail')}" errors="${count(list, 'error')}" time="${time}" timestamp="${xml(journal.run.startedAt)}">\n${list.map((s) => `    ${testCase(s, runPath)}`).join('\n')}\n  </testsuite>`;
  });
  const all = journal.scenarios;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(`brownout ${journal.run.label}`)}" tests="${all.length}" failures="${count(all, 'fail')}" errors="${count(all, 'error')}">\n${suites.join('\n')}\n</testsuites>\n`;
}
