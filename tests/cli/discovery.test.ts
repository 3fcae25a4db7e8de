import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brownout } from './cli.ts';

// `brownout flows`, `endpoints` and `explain` as a user runs them in a product's folder (the example's config).
const example = fileURLToPath(new URL('../../examples/slack-notes/', import.meta.url));

// Each case runs the CLI once or twice: on a loaded machine that is over vitest's default 30 s.
describe('discovery commands', { timeout: 150_000 }, () => {
  it('flows lists the config\'s flows with integration, title and declared context', () => {
    const run = brownout(['flows'], example, 60_000);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      '1 flow(s) from brownout.config.ts:',
      '',
      'slack.post-note  (slack) Share a note to Slack',
      '  context: initiatedBy=user-action, where=form-submit',
    ]);
  });

  it('endpoints lists a provider\'s catalogue with idempotency and dialect kinds, and refuses an unknown provider', () => {
    const run = brownout(['endpoints', 'slack'], example, 60_000);
    expect(run.code, run.output).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('slack  Slack (Collaboration)');
    expect(lines[1]).toMatch(/^ {2}dialect \(fault kinds it answers in its own words\): .*outage.*rate-limit/);
    expect(lines.find((l) => l.includes('POST /api/chat.postMessage'))).toMatch(/mutation not idempotent/);
    const unknown = brownout(['endpoints', 'slak'], example, 60_000);
    expect({ code: unknown.code, said: unknown.stderr.trim() }).toEqual({ code: 1, said: expect.stringContaining('unknown provider "slak"; providers here: slack') });
  });

  it('explain walks the decision tree from a scenario\'s context to its prescribed response', () => {
    const run = brownout(['explain', 'slack/post-note-outage'], example, 60_000);
    expect(run.code, run.output).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[2]).toBe('  1. Which characteristic best describes how the error was initiated?');
    expect(lines[3]).toMatch(/^ {5}context\.initiatedBy = user-action: /);
    expect(lines[5]).toMatch(/^ {5}context\.where = form-submit: /);
    expect(lines.at(-2)).toBe('  -> the decision tree prescribes contextual-error-alert (the form keeps every value the user typed)');
    const missing = brownout(['explain', 'slack/nope'], example, 60_000);
    expect({ code: missing.code, said: missing.stderr }).toEqual({ code: 1, said: expect.stringContaining('no valid scenario "slack/nope" in scenarios; ids there: slack/post-note-outage') });
  });
});
