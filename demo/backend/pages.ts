import { readFileSync } from 'node:fs';
import { Router } from 'express';
import pagesJson from '../pages.json' with { type: 'json' };

/** One page of the hub: its URL, its HTML fragment and script under `public/`, and its nav section. */
interface PageDef {
  path: string;
  file: string;
  script: string;
  title: string;
  section: string;
  /** Form pages use a narrower column. */
  narrow?: boolean;
}

const publicUrl = new URL('../public/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, publicUrl), 'utf8');
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c]};`);

/** Serves every page of `pages.json` inside the shared layout (header, nav, main, toast region). */
export function createPagesRouter(): Router {
  const layout = read('layout.html');
  const router = Router();
  for (const page of pagesJson.pages as PageDef[]) {
    const nav = pagesJson.nav
      .map((item) => `      <a href="${item.href}"${item.section === page.section ? ' aria-current="page"' : ''}>${escape(item.label)}</a>`)
      .join('\n');
    const html = layout
      .replace('{{title}}', escape(page.title))
      .replace('{{script}}', page.script)
      .replace('{{nav}}', nav)
      .replace('{{mainClass}}', page.narrow ? ' app-main-narrow' : '')
      .replace('{{content}}', read(`pages/${page.file}`));
    router.get(page.path, (_req, res) => res.type('html').send(html));
  }
  return router;
}
