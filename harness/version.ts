import { existsSync, readFileSync } from 'node:fs';

// From the checkout (harness/version.ts) package.json is one folder up; from the built package
// (dist/harness/version.js) two.
const manifest = ['../package.json', '../../package.json'].map((p) => new URL(p, import.meta.url)).find((url) => existsSync(url));

/** The harness version from package.json, written into every run journal. */
export const harnessVersion: string = (JSON.parse(readFileSync(manifest!, 'utf8')) as { version: string }).version;
