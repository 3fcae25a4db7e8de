import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocs } from './render-docs.ts';

// The shipped docs are the data rendered: a change to taxonomy, tree, rules, fault kinds or catalogues
// without `npm run docs` fails here.
describe('docs/', () => {
  for (const [file, text] of Object.entries(renderDocs())) {
    it(`${file} is up to date with the data (else run: npm run docs)`, () => {
      const path = new URL(`../../docs/${file}`, import.meta.url);
      expect(existsSync(path), `docs/${file} is missing: run npm run docs`).toBe(true);
      expect(readFileSync(path, 'utf8'), `docs/${file} is stale: run npm run docs`).toBe(text);
    });
  }
});
