import { randomBytes } from 'node:crypto';

// QuickBooks Online stamps times in the company's zone (Pacific for US sandbox companies), with the offset.
const pacific = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

function pacificParts(date: Date): Record<string, string> {
  return Object.fromEntries(pacific.formatToParts(date).map((part) => [part.type, part.value]));
}

/** A time as QuickBooks writes it: `2026-11-28T09:44:12.541-08:00` (Pacific, milliseconds, offset). */
export function qboTime(date = new Date()): string {
  const p = pacificParts(date);
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.slice(3);
  const ms = String(date.getMilliseconds()).padStart(3, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${ms}${offset}`;
}

/** Today's date in the company's zone, as a transaction date `YYYY-MM-DD`. */
export function qboDate(date = new Date()): string {
  const p = pacificParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An `intuit_tid` response header value (Intuit's trace id: `1-<hex seconds>-<24 hex>`). */
export function intuitTid(date = new Date()): string {
  return `1-${Math.floor(date.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
}
