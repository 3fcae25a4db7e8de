/**
 * Defect 14 (issue 14): text that should not pass the scenario loader. YAML tags beyond plain values,
 * control characters (raw or escaped, in values, keys or comments) and invalid UTF-8 are refused where they
 * are written, and no message echoes a control character to the terminal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../harness/input/format-problem.ts';
import { loadScenarioFile, loadScenarioText } from '../../harness/scenario/load.ts';
import { fakeRegistries, FILE, replaced, VALID } from '../../harness/scenario/test-fixtures.ts';
import { brownout } from '../cli/cli.ts';

/** Any control character a terminal could act on. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Each bad text (VALID with one piece replaced) and the located message it must give. */
const textThatShouldNotPass: { name: string; from: string; to: string; message: string }[] = [
  { name: '!!js/function tag', from: 'kind: outage', to: 'kind: !!js/function outage', message: `${FILE}:7:11: unsupported YAML tag !!js/function` },
  { name: 'custom tag', from: 'kind: outage', to: 'kind: !custom outage', message: `${FILE}:7:11: unsupported YAML tag !custom` },
  { name: '!!binary tag', from: 'title: Payee list down', to: 'title: !!binary aGVsbG8=', message: `${FILE}:1:8: unsupported YAML tag !!binary` },
  { name: '!!set tag', from: 'params: { status: 503 }', to: 'params: !!set { status }', message: `${FILE}:8:13: unsupported YAML tag !!set` },
  { name: 'escaped ESC (terminal title)', from: 'title: Payee list down', to: 'title: "Payee \\x1b]0;pwned\\x07 down"', message: `${FILE}:1:8: control character \\x1b in a string` },
  { name: 'escaped NUL in a key', from: '    kind: outage', to: '    kind: outage\n    "st\\0atus": 1', message: `${FILE}:8:5: control character \\x00 in a string` },
  { name: 'raw NUL', from: 'Payee list', to: 'Payee\u0000list', message: `${FILE}:1:13: control character \\x00 in the file` },
  { name: 'raw ESC in a comment', from: 'faults:', to: 'faults: # \u001b[2J', message: `${FILE}:5:11: control character \\x1b in the file` },
  { name: 'raw C1 CSI', from: 'Payee list', to: 'Payee \u009b list', message: `${FILE}:1:14: control character \\x9b in the file` },
  { name: 'raw DEL', from: 'down', to: 'do\u007fwn', message: `${FILE}:1:21: control character \\x7f in the file` },
];

describe('defect 14: text that should not pass', () => {
  for (const { name, from, to, message } of textThatShouldNotPass) {
    it(`${name} is refused where it is written, with no control character echoed`, () => {
      const result = loadScenarioText(replaced(from, to), FILE, fakeRegistries);
      expect(result.scenarios).toEqual([]);
      const lines = result.problems.map(formatProblem);
      expect(lines.join('\n')).toContain(message);
      for (const line of lines) expect(line).not.toMatch(CONTROL);
    });
  }

  it('a Windows line end (CR LF) is not a control character', () => {
    const result = loadScenarioText(VALID.replace(/\n/g, '\r\n'), FILE, fakeRegistries);
    expect(result.problems).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'brownout-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('invalid UTF-8 is refused at its line and column', () => {
    const file = join(dir, 'latin1.yaml');
    const [before, after] = VALID.split('list down') as [string, string];
    // "Payee café down" in Latin-1: the é is the single byte 0xe9, the 11th character of line 1.
    writeFileSync(file, Buffer.concat([Buffer.from(`${before}caf`), Buffer.from([0xe9]), Buffer.from(` down${after}`)]));
    const result = loadScenarioFile(file, fakeRegistries);
    expect(result.problems.map(formatProblem)).toEqual([`${file}:1:17: cannot read: invalid UTF-8 (byte 0xe9); save the file as UTF-8`]);
  });

  it('brownout validate never writes an ESC from a scenario to the terminal', () => {
    const file = join(dir, 'title.yaml');
    writeFileSync(file, VALID.replace('kind: outage', 'kind: "out\\e]0;pwned\\aage"').replace('fakebooks', 'quickbooks'));
    const run = brownout(['validate', file], dir, 60_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('control character \\x1b in a string');
    expect(run.output).not.toMatch(CONTROL);
  });
});
