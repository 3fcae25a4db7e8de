import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/brownout.js', import.meta.url));
const CONTROL_LINE = /^control API\s+(http\S+)/m;

/** A `brownout mocks` fleet the demo started for itself. */
export interface SpawnedMocks {
  /** Its control API URL (`GET /providers` lists each provider's base URL). */
  control: string;
  stop(): void;
}

/**
 * Starts `brownout mocks` as a child process (the demo runs beside the mocks, never inside them) and resolves
 * once it prints its control API; rejects with its output when it exits first or stays silent for `timeoutMs`.
 */
export function spawnMocks(timeoutMs = 60_000): Promise<SpawnedMocks> {
  const child = spawn(process.execPath, [bin, 'mocks', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(new Error(`brownout: --with-mocks: \`brownout mocks\` ${why}. Its output:\n${output.trim() || '(nothing)'}`));
    };
    const timer = setTimeout(() => fail(`printed no control API within ${timeoutMs} ms`), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = CONTROL_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', read);
      child.stdout.resume();
      resolve({ control: match[1]!, stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before it was ready`));
  });
}
