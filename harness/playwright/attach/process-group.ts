import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
 * Whether any process of the group still runs. On Linux, exited members not yet reaped (zombies, which
 * a container's init may leave for a while) do not count; elsewhere any member does.
 */
export function groupRunning(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) return signalGroup(pgid, 0);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // After "pid (comm) ": state, ppid, pgrp, ... (comm may hold spaces and parentheses: split at the last ")").
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') return true;
  }
  return false;
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
  while (groupRunning(pgid) && Date.now() < deadline) await sleep(50);
  signalGroup(pgid, 'SIGKILL');
  // A SIGKILLed group is gone within a few ms; bounded all the same (ms).
  for (let i = 0; i < 40 && groupRunning(pgid); i++) await sleep(25);
}
