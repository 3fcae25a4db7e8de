/**
 * Journal text in GitHub-flavoured Markdown (a PR comment): ids, kinds and product copy are untrusted, so
 * nothing they hold may break a table, become raw HTML, a link, an image, or notify someone (`@name`).
 */

const ZERO_WIDTH_SPACE = '\u200B';
// Control characters (C0, DEL, C1) and bidi overrides would garble the comment or hide text.
const invisible = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const flat = (text: string) => text.replace(/\r\n?|\n/g, ' ').replace(invisible, '').replace(/\s+/g, ' ').trim();

/**
 * Text safe in a Markdown paragraph or table cell: one line, no pipe, no raw HTML, no emphasis, link, image
 * or autolink syntax taking effect, and `@mentions` / `#refs` that notify nobody.
 * @example markdownText('@team <img src=x> | https://x.io') // '@\u200Bteam &lt;img src=x&gt; \\| https\\://x.io'
 */
export const markdownText = (text: string): string =>
  flat(text)
    .replace(/[\\`*_[\]|<>#!~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(\w):(?=\/\/)/g, '$1\\:')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);

/**
 * Text as an inline code span (where raw HTML, links and images stay literal), safe inside a table cell.
 * @example markdownCode('a|b`c') // "`a\\|b'c`"
 */
export const markdownCode = (text: string): string => {
  const body = flat(text).replace(/`/g, "'").replace(/\|/g, '\\|');
  return `\`${body || ' '}\``;
};
