/**
 * Text a scenario file may not hold, found before any value is used: control characters (raw in the file,
 * or written as escapes in a quoted string) and YAML tags beyond plain values (`!!js/function`, `!custom`,
 * `!!binary`), each located where it is written.
 */
import { isCollection, isNode, isPair, isScalar, visit, type Document } from 'yaml';
import { CONTROL_CHARACTERS, escapeControl } from '../escape-control.ts';
import type { YamlLocator } from './locate.ts';
import type { Problem } from './types.ts';

/** The tags plain YAML values resolve to: strings, numbers, booleans, null, mappings, sequences. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const shownTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

const controlMessage = (c: string, where: string) =>
  `control character ${escapeControl(c)} ${where}; scenario files hold printable text only (tab and newline allowed): remove it`;

/** Raw control characters in the file's text (comments included), one problem per line that has any. */
export function rawControlProblems(text: string, file: string, locator: YamlLocator): Problem[] {
  const problems: Problem[] = [];
  const lines = new Set<number>();
  for (const match of text.matchAll(CONTROL_CHARACTERS)) {
    // A carriage return before a newline is a Windows line end, not a control character.
    if (match[0] === '\r' && text[match.index + 1] === '\n') continue;
    const at = locator.position(match.index);
    if (lines.has(at.line)) continue;
    lines.add(at.line);
    problems.push({ file, ...at, path: '', message: controlMessage(match[0], 'in the file') });
  }
  return problems;
}

/** Complex keys, tags other than plain values, and strings (keys or values) holding control characters written as escapes. */
export function nodeProblems(doc: Document, text: string, file: string, locator: YamlLocator): Problem[] {
  const problems: Problem[] = [];
  visit(doc, (_key, node) => {
    if (isPair(node) && isCollection(node.key) && node.key.range) {
      // JavaScript objects have text keys only: the YAML library would silently stringify this one.
      const message = 'a complex key (a list or mapping used as a key); scenario keys are plain names such as kind or params: write the key as text';
      problems.push({ file, ...locator.position(node.key.range[0]), path: '', message });
    }
    if (!isNode(node) || !node.range) return;
    const at = locator.position(node.range[0]);
    if (node.tag && !PLAIN_TAGS.has(node.tag)) {
      // The node starts after its tag: step back over the blanks, then over the tag as written.
      let start = node.range[0];
      while (start > 0 && /[ \t]/.test(text[start - 1]!)) start--;
      while (start > 0 && !/[\s,[{]/.test(text[start - 1]!)) start--;
      const at = locator.position(start);
      const message = `unsupported YAML tag ${escapeControl(shownTag(node.tag))}; scenario files hold plain values (strings, numbers, booleans, lists, mappings) and no tag is run or converted: remove the tag`;
      problems.push({ file, ...at, path: '', message });
    }
    if (isScalar(node) && typeof node.value === 'string') {
      const control = node.value.match(CONTROL_CHARACTERS);
      if (control) problems.push({ file, ...at, path: '', message: controlMessage(control[0], 'in a string') });
    }
  });
  return problems;
}
