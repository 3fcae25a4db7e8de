#!/usr/bin/env node
// The `brownout` command. In the checkout it runs the TypeScript sources through tsx's loader; the installed
// package ships no sources, only the compiled dist/ (built by `npm run build`, run by `npm pack`).
import { existsSync } from 'node:fs';

const source = new URL('../harness/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/harness/cli/main.js');
}
