#!/usr/bin/env node
// Builds the installable package into dist/: tsc emits JS + .d.ts (relative `.ts` imports rewritten to `.js`),
// then every non-TypeScript file the code reads at run time (YAML rules, JSON catalogues, the control page,
// the demo's public folder, the built-in scenarios) is copied beside it, so dist/ mirrors the checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ASSET_DIRS = ['harness', 'mocks', 'demo', 'scenarios', 'docs'];
const SKIP = new Set(['.ts', '.tsx', '.mts', '.cts']);

rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });

/** Every file under `dir` (depth first), skipping TypeScript sources and tests. */
function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!SKIP.has(extname(name))) yield path;
  }
}

let copied = 0;
for (const top of ASSET_DIRS) {
  if (!existsSync(join(root, top))) continue;
  for (const file of files(join(root, top))) {
    cpSync(file, join(dist, relative(root, file)));
    copied += 1;
  }
}
console.log(`brownout: built dist/ (tsc) and copied ${copied} data files`);
