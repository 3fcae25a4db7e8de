import { describe, expect, it } from 'vitest';
import { GuidelinesError } from '../input/errors.ts';
import { contextQuestions, decisionTree, parseDecisionTree, treeLeaves, type DecisionStep } from './decision-tree.ts';
import { prescribeResponse } from './prescribe.ts';
import { categories, kinds } from './taxonomy.ts';

/** The context a scenario writes to take `path`: dotted keys nested, "true"/"false" as YAML booleans. */
function contextFor(path: DecisionStep[]): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const { ask, answer } of path) {
    const parts = ask.split('.');
    let node = context;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = answer === 'true' ? true : answer === 'false' ? false : answer;
  }
  return context;
}

describe('prescribeResponse', () => {
  it("gives the case study's worked leaf for the skeleton's example context", () => {
    const context = { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' };
    expect(prescribeResponse(context)).toEqual({
      kind: 'contextual-error-alert',
      path: [
        { ask: 'initiatedBy', answer: 'user-action' },
        { ask: 'where', answer: 'form' },
        { ask: 'field.required', answer: 'true' },
        { ask: 'data', answer: 'unavailable' },
      ],
    });
  });

  it.each(treeLeaves(decisionTree).map((leaf) => [leaf.path.map((s) => s.answer).join(' > '), leaf] as const))(
    'reaches the leaf %s',
    (_, leaf) => {
      expect(prescribeResponse(contextFor(leaf.path))).toEqual({ kind: leaf.kind, path: leaf.path });
    },
  );

  it('has the 15 leaves of guidelines.md section 1', () => {
    expect(treeLeaves(decisionTree).map((l) => `${l.path.map((s) => s.answer).join('/')} -> ${l.kind}`)).toEqual([
      'user-action/next-page -> full-page-empty-state',
      'user-action/form/true/unavailable -> contextual-error-alert',
      'user-action/form/true/stale -> contextual-warning-alert',
      'user-action/form/false -> contextual-warning-alert',
      'user-action/form-submit -> contextual-error-alert',
      'user-action/settings-page -> settings-warning-alert',
      'user-action/progress-bar -> contextual-error-alert',
      'user-action/install-app -> full-page-modal',
      'user-action/download -> error-toast',
      'viewing/unavailable/page -> full-page-empty-state',
      'viewing/unavailable/section -> half-page-empty-state',
      'viewing/stale -> contextual-warning-alert',
      'in-third-party-app -> third-party-app-error',
      'not-on-related-page -> connection-status',
      'workflow -> workflow-error',
    ]);
  });

  it('prescribes only taxonomy kinds, or a taxonomy category for the 3rd-party-app branch', () => {
    const known = new Set([...kinds.map((k) => k.slug), ...categories.map((c) => c.slug)]);
    for (const leaf of treeLeaves(decisionTree)) expect(known).toContain(leaf.kind);
  });

  it('reads the string "true" like the boolean true', () => {
    const answer = prescribeResponse({ initiatedBy: 'user-action', where: 'form', field: { required: 'false' } });
    expect(answer).toMatchObject({ kind: 'contextual-warning-alert' });
  });

  it('names the missing key and its allowed answers when the context stops early', () => {
    expect(prescribeResponse({ initiatedBy: 'user-action', where: 'form' })).toEqual({
      problem: { key: 'field.required', got: undefined, allowed: ['true', 'false'], question: 'Is the field required?' },
    });
  });

  it('names the key whose answer is not allowed, with the value and the allowed answers', () => {
    expect(prescribeResponse({ initiatedBy: 'viewing', data: 'gone' })).toEqual({
      problem: { key: 'data', got: 'gone', allowed: ['unavailable', 'stale'], question: 'Can the information be displayed?' },
    });
  });

  it('asks the first question of an empty context', () => {
    expect(prescribeResponse({})).toMatchObject({
      problem: { key: 'initiatedBy', allowed: ['user-action', 'viewing', 'in-third-party-app', 'not-on-related-page', 'workflow'] },
    });
  });

  it('does not take inherited object keys for answers', () => {
    expect(prescribeResponse({ initiatedBy: 'toString' })).toMatchObject({ problem: { key: 'initiatedBy', got: 'toString' } });
  });
});

describe('decision tree data', () => {
  it('asks exactly the context keys scenarios use', () => {
    const questions = Object.fromEntries([...contextQuestions(decisionTree)].map(([k, q]) => [k, q.answers]));
    expect(questions).toEqual({
      initiatedBy: ['user-action', 'viewing', 'in-third-party-app', 'not-on-related-page', 'workflow'],
      where: ['next-page', 'form', 'form-submit', 'settings-page', 'progress-bar', 'install-app', 'download'],
      'field.required': ['true', 'false'],
      data: ['unavailable', 'stale'],
      scope: ['page', 'section'],
    });
  });

  it('rejects a leaf with an unknown slug, naming where it is', () => {
    const yaml = 'version: 1\nroot:\n  ask: initiatedBy\n  question: Q?\n  answers:\n    viewing: { prescribe: nice-alert }\n';
    expect(() => parseDecisionTree(yaml, 'tree.yaml')).toThrow(GuidelinesError);
    expect(() => parseDecisionTree(yaml, 'tree.yaml')).toThrow(/root\.answers\.viewing\.prescribe: unknown slug "nice-alert"/);
  });

  it('rejects a key asked twice on one branch', () => {
    const yaml = [
      'version: 1', 'root:', '  ask: data', '  question: Q?', '  answers:', '    a:', '      ask: data', '      question: Again?',
      '      answers: { b: { prescribe: error-toast } }',
    ].join('\n');
    expect(() => parseDecisionTree(yaml)).toThrow(/"data" is asked twice on one branch/);
  });
});
