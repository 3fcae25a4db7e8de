import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunJournal } from '../../harness/report/results.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What one `brownout run` printed and wrote. */
export interface Run { code: number | null; stdout: string; stderr: string; journal?: RunJournal }

/** `brownout run --config <file>` (or `audit`) with its own reports folder (killed after 4 minutes); the journal when the run wrote one. */
export function runConfig(config: string, reports: string, extra: string[] = [], command: 'run' | 'audit' = 'run'): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/brownout.js'), command, '--config', config, '--reports', reports, ...extra], { cwd: root, env: { ...process.env, CI: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      let journal: RunJournal | undefined;
      try {
        journal = JSON.parse(readFileSync(join(reports, 'latest', 'results.json'), 'utf8')) as RunJournal;
      } catch {
        journal = undefined;
      }
      done({ code, stdout, stderr, journal });
    });
  });
}
