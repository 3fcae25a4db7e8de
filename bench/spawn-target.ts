import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A benchmark target running in a child process. */
export interface Target {
  /** URL the load generator requests. */
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL('./target-server.ts', import.meta.url));

/**
 * Starts `bench/target-server.ts <name>` in a child process and waits (at most `timeoutMs`) for its URL.
 * `nodeArgs` go to node, e.g. `['--cpu-prof', '--cpu-prof-dir=bench/results/profiles']`.
 */
export function spawnTarget(name: string, nodeArgs: string[] = [], timeoutMs = 15_000): Promise<Target> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', import.meta.resolve('tsx'), script, name], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`brownout bench: target "${name}" printed no URL within ${timeoutMs} ms; output: ${output}`));
    }, timeoutMs);
    child.once('exit', (code) => reject(new Error(`brownout bench: target "${name}" exited with ${code} before printing its URL: ${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (!line) return;
      clearTimeout(timer);
      resolve({ url: (JSON.parse(line) as { url: string }).url, child, stop });
    });
  });
}

/** Starts a target, measures it, and stops it whatever the measure does. */
export async function withTarget<T>(start: () => Promise<Target>, measure: (url: string, pid?: number) => Promise<T>): Promise<T> {
  const target = await start();
  try {
    return await measure(target.url, target.child.pid);
  } finally {
    await target.stop();
  }
}
