import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // In the checkout `brownout` is the sources (as tsconfig's paths say); package.json's exports name dist/.
  resolve: {
    alias: [
      { find: /^brownout$/, replacement: source('./harness/index.ts') },
      { find: /^brownout\/(test|matchers)$/, replacement: source('./harness/playwright/matchers/index.ts') },
    ],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'reports/**', 'test-results/**', 'dist/**'],
    // Scratch folders under one per-run folder, removed at the end (tests/support/vitest-scratch.ts).
    globalSetup: ['tests/support/vitest-scratch.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default', 'junit'] : ['default'],
    outputFile: { junit: 'test-results/vitest-junit.xml' },
  },
});
