/**
 * The layering brownout keeps (issue 16), checked by `npm run depcruise` and in `npm test`
 * (tests/architecture/layers.test.ts). `npm run depgraph` draws docs/architecture.svg from the same cruise.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const TESTS = '\\.(test|pw|spec)\\.ts$|/test-[^/]+\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'demo-is-a-product',
      comment: 'demo/ is drilled through its brownout.config.ts like any product: it may name harness or mock types, never run their code.',
      severity: 'error',
      from: { path: '^demo/', pathNot: TESTS },
      to: { path: '^(harness|mocks)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'harness-knows-no-demo',
      comment: 'The harness drills whatever config it is given; the demo is only the default config named in package.json.',
      severity: 'error',
      from: { path: '^harness/' },
      to: { path: '^demo/' },
    },
    {
      name: 'report-reads-journals',
      comment: 'Reports are pure functions of journals: no mock providers, mock runtime or Playwright glue.',
      severity: 'error',
      from: { path: '^harness/report/', pathNot: TESTS },
      to: { path: '^(mocks/|harness/runtime/|harness/playwright/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'faults-know-no-judge',
      comment: 'A fault kind says what it means (transient, userMustAct); the judge asks it, not the other way round.',
      severity: 'error',
      from: { path: '^harness/faults/' },
      to: { path: '^harness/judge/' },
    },
    {
      name: 'mocks-stand-alone',
      comment: 'Mock providers are MSW handlers and data; they may name harness types only.',
      severity: 'error',
      from: { path: '^mocks/', pathNot: TESTS },
      to: { path: '^harness/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend on one another in one direction (a cycle means two folders are one thing, or a type is in the wrong one).',
      severity: 'error',
      scope: 'folder',
      from: { pathNot: TESTS },
      to: { circular: true },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API: swc parses the sources (and tells type-only imports apart).
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Production code only: tests may reach across layers to set a scene (a mock fleet, a demo).
    exclude: { path: `(^|/)node_modules/|^reports/|^test-results/|${TESTS}` },
  },
};
