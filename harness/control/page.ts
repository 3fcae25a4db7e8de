import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The control page as one self-contained HTML document (its script and style inlined, nothing external) and
 * the Content-Security-Policy that allows exactly those inlined parts and requests to the control API.
 */
export function controlPage(): { html: string; csp: string } {
  const script = read('control-page.js');
  const style = read('control-page.css');
  const html = read('control-page.html').replace('<!--style-->', `<style>${style}</style>`).replace('<!--script-->', `<script>${script}</script>`);
  const csp = [`default-src 'none'`, `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, `connect-src 'self'`, `form-action 'none'`, `base-uri 'none'`, `frame-ancestors 'none'`].join('; ');
  return { html, csp };
}
