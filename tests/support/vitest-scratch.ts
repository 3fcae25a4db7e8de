import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every scratch folder the tests make (their own mkdtemp calls, and the CLI runs, Chromium
 * profiles and reports they start) goes under one folder made for this run, removed when the run ends. Workers
 * start after this and inherit TMPDIR, which `os.tmpdir()` reads. Without it each `npm test` left ~200 folders in
 * /tmp.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'brownout-vitest-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
