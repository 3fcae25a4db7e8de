import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfiguredProviders } from './load-providers.ts';

const dir = mkdtempSync(join(tmpdir(), 'brownout-providers-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('a providers-only config (brownout mocks --config)', () => {
  it('serves the slugs of providers.use, built-in ones by name', async () => {
    const { use, definitions } = await loadConfiguredProviders(config('ok.yaml', 'providers:\n  use: [slack, zoom]\n'));
    expect(use).toEqual(['slack', 'zoom']);
    expect(definitions.slack?.title).toBe('Slack');
  });

  // Each bad config: every problem located at its line and column, with the fix.
  const bad: [string, string, RegExp][] = [
    ['an unknown slug', 'providers:\n  use: [slak]\n', /unknown\.yaml:2:9 providers\.use\[0\]: unknown provider "slak"; custom providers: \(none\); did you mean "slack"\? Fix:/],
    ['a custom folder that is not there', 'providers:\n  use: [slack]\n  custom: [./nowhere/index.ts]\n', /missing\.yaml:3:12 providers\.custom\[0\]: cannot load the provider module .*nowhere\/index\.ts.*Fix the path/],
    ['no providers section', 'label: x\n', /none\.yaml:1:1 providers: missing required key "providers"/],
  ];
  it.each(bad)('%s', async (_, text, message) => {
    const name = message.source.match(/^(\w+)\\\.yaml/)![1]!;
    const error = await loadConfiguredProviders(config(`${name}.yaml`, text)).catch((e: Error) => e);
    expect((error as Error).message).toMatch(message);
  });
});
