import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/brownout.js', import.meta.url));

/**
 * Spawns `brownout <args>` (a command that keeps running: mocks, record) from `cwd` and resolves once its
 * output matches `ready`; rejects when it exits first or after 60 s. The caller stops the child.
 */
export function spawnUntil(args: string[], cwd: string, ready: RegExp): Promise<{ child: ChildProcessWithoutNullStreams; output: string }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`brownout ${args[0]} did not get ready in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`brownout ${args[0]} exited with ${code}:\n${output}`));
    });
  });
}
