import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/check-layers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'brownout-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `files` (path -> source) under the scratch folder. */
function tree(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
}

describe('the layering rules (.dependency-cruiser.cjs)', () => {
  it('hold for the code as it is: no violation, and none accepted as known debt', async () => {
    const { violations, known, output } = await checkLayers(root);
    expect(violations, output).toEqual([]);
    expect(known, output).toBe(0);
  }, 120_000);

  it('fail on deliberately bad imports, naming rule, importer and imported', async () => {
    tree({
      'mocks/index.ts': 'export const builtinProviders = {};\n',
      'mocks/types.ts': 'export interface Dialect { x: string }\n',
      'harness/report/leak.ts': "import { builtinProviders } from '../../mocks/index.ts';\nexport const n = Object.keys(builtinProviders).length;\n",
      'harness/judge/verdict.ts': "import { rule } from '../guidelines/rule.ts';\nexport const verdict = rule;\n",
      // A type-only import back closes a folder cycle just the same.
      'harness/guidelines/rule.ts': "import type { verdict } from '../judge/verdict.ts';\nexport const rule = 1;\nexport type V = typeof verdict;\n",
      'harness/faults/peek.ts': "import { verdict } from '../judge/verdict.ts';\nexport const v = verdict;\n",
      'harness/cli/run.ts': "import { startDemo } from '../../demo/server.ts';\nexport const s = startDemo;\n",
      'demo/server.ts': "import { builtinProviders } from '../mocks/index.ts';\nimport type { Dialect } from '../mocks/types.ts';\nexport const startDemo = (d?: Dialect) => [builtinProviders, d];\n",
    });
    const { violations } = await checkLayers(scratch);
    expect(violations).toEqual(expect.arrayContaining([
      'report-reads-journals: harness/report/leak.ts → mocks/index.ts',
      'faults-know-no-judge: harness/faults/peek.ts → harness/judge/verdict.ts',
      'harness-knows-no-demo: harness/cli/run.ts → demo/server.ts',
      'demo-is-a-product: demo/server.ts → mocks/index.ts',
      'no-folder-cycles: harness/guidelines → harness/judge (cycle: harness/judge → harness/guidelines)',
    ]));
    // A type-only import from the demo is allowed.
    expect(violations.join('\n')).not.toContain('demo/server.ts → mocks/types.ts');
  }, 120_000);
});
