import { renameSync, writeFileSync } from 'node:fs';
import { harnessVersion } from '../../version.ts';

/** One HAR 1.2 entry as brownout record writes it. */
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: { name: string; value: string }[];
    queryString: { name: string; value: string }[];
    cookies: never[];
    postData?: { mimeType: string; text: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: { name: string; value: string }[];
    cookies: never[];
    content: { size: number; mimeType: string; text: string; encoding?: 'base64' };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
}

/** Writes the HAR whole, through a temporary file and a rename: a reader never sees half a file. */
export function writeHar(file: string, entries: readonly HarEntry[]): void {
  const har = { log: { version: '1.2', creator: { name: 'brownout record', version: harnessVersion }, entries } };
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(har, null, 1)}\n`);
  renameSync(temp, file);
}
