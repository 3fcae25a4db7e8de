/**
 * The regular expressions users give on the command line (`run --grep`, `audit --flow`): compiled once up
 * front, so a typo is one line and exit 2, and matched as given (never wrapped in another pattern).
 */
import { escapeControl } from '../escape-control.ts';

/**
 * The compiled pattern, or the one-line message saying what is wrong and how to write it.
 * @example compilePattern('(', '--grep') // { error: 'brownout: --grep "(" is not a valid regular expression (...)' }
 */
export function compilePattern(source: string, option: string): { regex: RegExp } | { error: string } {
  try {
    return { regex: new RegExp(source) };
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return { error: escapeControl(`brownout: ${option} "${source}" is not a valid regular expression (${reason}); escape special characters with \\, e.g. ${option} 'quickbooks/.*\\(beta\\)'. Nothing was run.`) };
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Playwright's --grep for the inventory tests (titled `inventory <flow name>`) of the flows whose name
 * matches `pattern` as given (`^quickbooks\.create-expense$` works), or undefined when none matches.
 */
export function inventoryGrep(pattern: RegExp, flowNames: Iterable<string>): string | undefined {
  const names = [...flowNames].filter((name) => pattern.test(name));
  // Playwright matches --grep against the whole title path (file, then title): anchor the end only.
  return names.length > 0 ? `(^| )inventory (${names.map(escapeRegExp).join('|')})$` : undefined;
}
