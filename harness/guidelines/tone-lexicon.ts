/**
 * The tone lexicon (`tone-lexicon.yaml`): design-system variant tokens, icon names, and word lists for
 * failure, success, warning, empty, unavailable, busy and next-step wording, validated once at import and
 * compiled to regex sources the in-page snapshot applies.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { GuidelinesError } from '../input/errors.ts';
import { parseGuidelinesYaml, readGuidelinesFile } from './guidelines-yaml.ts';

const tones = ['error', 'warning', 'success', 'info'] as const;
const wordLists = ['failure', 'success', 'warning', 'empty', 'unavailable', 'busy', 'action'] as const;
/** A word list of the lexicon. */
export type WordList = (typeof wordLists)[number];

const compiles = (fragment: string) => {
  try {
    new RegExp(fragment, 'i');
    return true;
  } catch {
    return false;
  }
};
const fragment = z.string().trim().min(1).refine(compiles, 'expected a valid JavaScript regex fragment');
const token = z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case token like "danger" or "close-circle"');
const byTone = z.strictObject(Object.fromEntries(tones.map((t) => [t, z.array(token).min(1)])) as Record<(typeof tones)[number], z.ZodArray<typeof token>>);
const selector = z.string().trim().min(1);
/** Texts a list must match (or, for `neither`, no tone list may match), asserted by tone-lexicon.test.ts. */
const examples = z.array(z.string().min(1)).optional();

const fileSchema = z.strictObject({
  version: z.literal(1),
  variants: byTone,
  icons: byTone,
  paintedVariants: z.array(token),
  words: z.strictObject(Object.fromEntries(wordLists.map((w) => [w, z.array(fragment).min(1)])) as Record<WordList, z.ZodArray<typeof fragment>>),
  emptyStateSelectors: z.array(selector),
  busySelectors: z.array(selector),
  busyTokens: z.array(token).min(1),
  transitionTokens: z.array(token).min(1),
  toastTokens: z.array(token).min(1),
  closeNames: z.array(fragment).min(1),
  dialogSelectors: z.array(selector).min(1),
  iconFontWords: z.array(fragment).min(1),
  examples: z.strictObject({
    failure: examples, success: examples, warning: examples, empty: examples, unavailable: examples, neither: examples,
  }),
});

/** The validated lexicon file. */
export type ToneLexiconFile = z.infer<typeof fileSchema>;

/** What the page-side snapshot receives: regex sources (flags `i`) and token lists. */
export interface CompiledLexicon {
  words: Record<WordList, string>;
  variants: ToneLexiconFile['variants'];
  icons: ToneLexiconFile['icons'];
  /** Variant tokens whose tone the element's painted colour decides (a red hue error, an amber one warning). */
  paintedVariants: string[];
  emptyStateSelectors: string[];
  busySelectors: string[];
  /** Class-name parts that mark a spinner-sized element busy (Mantine's mantine-Loader-root: "loader"). */
  busyTokens: string[];
  /** Class-name parts of transition state classes (p-dialog-enter-done): such a class is not a variant. */
  transitionTokens: string[];
  /** Class-name parts of a toast component (fui-Toaster, MuiSnackbar-root): a floating message inside one is a toast. */
  toastTokens: string[];
  /** Regex source (flags `iu`) a close control's name matches from its start: `^(?:x$|close|dismiss...)`. */
  closeName: string;
  /** CSS selector list of a blocking dialog's container (dialogSelectors joined). */
  dialogSelector: string;
  /** Regex source (flag `i`) a computed font family's first name matches when it is an icon font (iconFontWords). */
  iconFont: string;
}

/**
 * Parses and validates lexicon YAML text; throws `GuidelinesError` listing every problem.
 * @example parseToneLexicon(readFileSync(file, 'utf8'), file)
 */
export function parseToneLexicon(source: string, file = 'tone-lexicon.yaml'): ToneLexiconFile {
  const data = parseGuidelinesYaml(source, file);
  const result = fileSchema.safeParse(data);
  if (!result.success) throw new GuidelinesError(file, z.prettifyError(result.error).split('\n'));
  return result.data;
}

/** One list's fragments as a single word-bounded alternation. */
const alternation = (fragments: readonly string[]) => `(?:^|[^\\w])(?:${fragments.join('|')})(?![\\w])`;

/** Compiles a lexicon for the page: each word list becomes one regex source. */
export function compileLexicon(file: ToneLexiconFile): CompiledLexicon {
  const words = Object.fromEntries(wordLists.map((w) => [w, alternation(file.words[w])])) as Record<WordList, string>;
  return { words, variants: file.variants, icons: file.icons, paintedVariants: file.paintedVariants, emptyStateSelectors: file.emptyStateSelectors, busySelectors: file.busySelectors, busyTokens: file.busyTokens, transitionTokens: file.transitionTokens, toastTokens: file.toastTokens, closeName: `^(?:${file.closeNames.join('|')})(?![\\w])`, dialogSelector: file.dialogSelectors.join(', '), iconFont: `\\b(?:${file.iconFontWords.join('|')})\\b` };
}

/** Where the built-in lexicon lives. */
export const defaultToneLexiconPath = fileURLToPath(new URL('./tone-lexicon.yaml', import.meta.url));

/** Reads and validates a lexicon file (default: the built-in one). */
export function loadToneLexicon(file = defaultToneLexiconPath): ToneLexiconFile {
  const source = readGuidelinesFile(file);
  return parseToneLexicon(source, file);
}

/** The built-in lexicon file, validated at import. */
export const toneLexiconFile: ToneLexiconFile = loadToneLexicon();
/** The built-in lexicon, compiled for the page. */
export const toneLexicon: CompiledLexicon = compileLexicon(toneLexiconFile);

/** Straight quotes, as the page-side matcher sees text. */
const straighten = (text: string) => text.replace(/[\u2018\u2019\u02BC]/g, "'");

/**
 * Whether `text` matches a word list of the lexicon (the same regex the page applies).
 * @example matchesWords('Meeting scheduled. Invitations are on their way.', 'success') // true
 */
export function matchesWords(text: string, list: WordList, lexicon: CompiledLexicon = toneLexicon): boolean {
  return new RegExp(lexicon.words[list], 'i').test(straighten(text));
}

/**
 * The tone words alone give: warning before failure before success (as the page decides); null when none.
 * @example toneOfWords('Vendors may be out of date. Please try again later.') // 'warning'
 */
export function toneOfWords(text: string, lexicon: CompiledLexicon = toneLexicon): 'error' | 'warning' | 'success' | null {
  if (matchesWords(text, 'warning', lexicon)) return 'warning';
  if (matchesWords(text, 'failure', lexicon)) return 'error';
  if (matchesWords(text, 'success', lexicon)) return 'success';
  return null;
}
