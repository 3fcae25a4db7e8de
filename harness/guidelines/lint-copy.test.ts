import { describe, expect, it } from 'vitest';
import { copyRules, copyRulesFile, type CopyExample } from './copy-rules.ts';
import { lintCopy, type LintCopyInput } from './lint-copy.ts';
import { incorrectFeedback } from './taxonomy.ts';

const { exampleInput } = copyRulesFile;
const asCase = (example: CopyExample): { text: string; input: LintCopyInput } =>
  typeof example === 'string'
    ? { text: example, input: exampleInput }
    : { text: example.text, input: { ...exampleInput, ...example, names: example.names ?? exampleInput.names } };
const label = (c: { text: string; input: LintCopyInput }) =>
  `${JSON.stringify(c.text.slice(0, 70))}${c.input.role === 'field' ? ' (field)' : ''}${c.input.temporary ? '' : ' (not temporary)'}`;

describe.each(copyRules.map((rule) => [rule.id, rule] as const))('copy rule %s', (id, rule) => {
  it.each(rule.examples.bad.map(asCase).map((c) => [label(c), c] as const))('flags %s', (_, c) => {
    const finding = lintCopy(c.text, c.input).find((f) => f.rule === id);
    expect(finding, `expected a ${id} finding`).toMatchObject({ rule: id, level: rule.level, text: c.text });
  });
  it.each(rule.examples.good.map(asCase).map((c) => [label(c), c] as const))('passes %s', (_, c) => {
    expect(lintCopy(c.text, c.input).filter((f) => f.rule === id)).toEqual([]);
  });
});

describe('the prescribed content template', () => {
  it.each(copyRulesFile.passesEveryRule.map(asCase).map((c) => [label(c), c] as const))('passes every rule: %s', (_, c) => {
    expect(lintCopy(c.text, c.input)).toEqual([]);
  });
});

describe('lintCopy', () => {
  it('says what it found and which words', () => {
    const findings = lintCopy('Error 503', { names: ['QuickBooks'], temporary: true });
    expect(findings.find((f) => f.rule === 'no-codes')).toEqual({
      rule: 'no-codes', level: 'error', text: 'Error 503', detail: 'an error code: "Error 503"',
    });
  });

  it('lists the names it looked for when the message names none', () => {
    const [finding] = lintCopy('Something went wrong.', { names: ['QuickBooks Online', 'QuickBooks'], temporary: true });
    expect(finding).toEqual({
      rule: 'names-integration', level: 'error', text: 'Something went wrong.',
      detail: 'does not name the integration (expected one of: QuickBooks Online, QuickBooks)',
    });
  });

  it('reads curly apostrophes as straight ones', () => {
    const text = 'We’re having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won’t be able to create an expense. Please try again later.';
    expect(lintCopy(text, { names: ['QuickBooks'], temporary: true })).toEqual([]);
  });

  it('does not treat a link as jargon', () => {
    const text = "We're having trouble connecting to QuickBooks right now, so we can't create the expense. See https://status.example.com and try again later.";
    expect(lintCopy(text, { names: ['QuickBooks'], temporary: true })).toEqual([]);
  });

  it('has every rule of guidelines.md section 2, and the incorrect-feedback rules of taxonomy.yaml', () => {
    const ids = copyRules.map((r) => r.id);
    expect(ids).toEqual([
      'names-integration', 'no-codes', 'no-blame-third-party', 'no-blame-user', 'no-false-reconnect', 'actionable',
      'no-frivolous', 'no-exclamation', 'no-apology', 'no-jargon', 'takes-blame', 'states-impact',
    ]);
    for (const id of incorrectFeedback.copyRules) expect(ids).toContain(id);
  });
});
