import type { ChildProcess } from 'node:child_process';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends a signal to every process of a group; false when the group is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: no process left in the group
  }
}

/**
 * Ends a process started with `detached: true` and everything it started (its process group): SIGTERM,
 * up to `graceMs` for the group to go, then SIGKILL. Resolves when no process of the group is left.
 */
export async function killProcessGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined) return;
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (signalGroup(pgid, 0) && Date.now() < deadline) await sleep(50);
  signalGroup(pgid, 'SIGKILL');
  // A SIGKILLed group is gone within a few ms; bounded all the same (ms).
  for (let i = 0; i < 40 && signalGroup(pgid, 0); i++) await sleep(25);
}
