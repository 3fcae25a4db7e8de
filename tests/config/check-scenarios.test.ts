import { describe, expect, it } from 'vitest';
import { postNote } from '../../examples/slack-notes/flows/post-note.ts';
import { checkScenarioFlows } from '../../harness/config/check-scenarios.ts';
import { hostsOf } from '../../harness/config/providers.ts';
import { builtinProviders } from '../../mocks/index.ts';
import { mockUrlFor } from '../../harness/playwright/attach/route-browser-calls.ts';
import type { Scenario } from '../../harness/scenario/types.ts';

const scenario = (flow: string, context: Record<string, unknown>) =>
  ({ id: 'slack/x', flow, context, source: { file: '/work/s.yaml', line: 3, col: 1 } }) as unknown as Scenario;

describe('checkScenarioFlows', () => {
  it('accepts a scenario on a registered flow whose context agrees (and adds keys)', () => {
    expect(checkScenarioFlows([scenario('slack.post-note', { initiatedBy: 'user-action', where: 'form-submit', extra: 1 })], [postNote], 'x')).toEqual([]);
  });

  it('refuses a context that contradicts its flow, naming both answers', () => {
    const [problem] = checkScenarioFlows([scenario('slack.post-note', { initiatedBy: 'viewing' })], [postNote], 'x');
    expect(problem).toMatchObject({ line: 3, col: 1, path: 'context' });
    expect(problem?.message).toBe('contradicts the context of flow slack.post-note (initiatedBy: the flow says "user-action", the scenario says "viewing"); fix the scenario\'s context or drill it on another flow');
  });
});

describe('routing real hosts to mocks', () => {
  const routes = [{ provider: 'slack', hosts: ['slack.com', '*.slack.com'], baseUrl: 'http://127.0.0.1:4010' }];

  it('maps a real URL to the mock, keeping path and query', () => {
    expect(mockUrlFor(new URL('https://slack.com/api/chat.postMessage?pretty=1'), routes)).toBe('http://127.0.0.1:4010/api/chat.postMessage?pretty=1');
    expect(mockUrlFor(new URL('https://files.slack.com/x'), routes)).toBe('http://127.0.0.1:4010/x');
  });

  it('leaves other hosts alone, including look-alikes', () => {
    expect(mockUrlFor(new URL('https://notslack.com/api'), routes)).toBeUndefined();
    expect(mockUrlFor(new URL('https://slack.com.evil.example/api'), routes)).toBeUndefined();
  });

  it('knows the real hosts of every built-in provider', () => {
    for (const provider of Object.values(builtinProviders)) expect(hostsOf(provider), provider.name).not.toEqual([]);
  });
});
