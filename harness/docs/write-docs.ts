// `npm run docs`: writes docs/*.md from the harness's data (see render-docs.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDocs } from './render-docs.ts';

const dir = fileURLToPath(new URL('../../docs/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(renderDocs())) writeFileSync(`${dir}${file}`, text);
console.log(`brownout: wrote ${Object.keys(renderDocs()).length} pages to docs/`);
