import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { defaultToneLexiconPath, matchesWords, parseToneLexicon, toneLexicon, toneLexiconFile, toneOfWords, type WordList } from './tone-lexicon.ts';

const { examples } = toneLexiconFile;
const lists = ['failure', 'success', 'warning', 'empty', 'unavailable'] as const;

describe.each(lists.map((list) => [list] as const))('the %s words', (list) => {
  it.each((examples[list] ?? []).map((text): [string] => [text]))('match %j', (text) => expect(matchesWords(text, list as WordList)).toBe(true));
});

describe('the lexicon', () => {
  it.each((examples.neither ?? []).map((text): [string] => [text]))('leaves %j without a tone', (text) => expect(toneOfWords(text)).toBeNull());

  it('reads "Meeting scheduled. Invitations are on their way." as a success', () => {
    expect(toneOfWords('Meeting scheduled. Invitations are on their way.')).toBe('success');
  });

  it('reads stale-data wording as a warning before its failure words', () => {
    expect(toneOfWords("QuickBooks vendors may be out of date. We're having trouble connecting. Please try again later.")).toBe('warning');
  });

  it('reads a failure before a success ("could not be sent")', () => {
    expect(toneOfWords('The invoice could not be sent.')).toBe('error');
  });

  it('matches whole words only: "unsent" is not "sent"', () => {
    expect(matchesWords('Invoice sent', 'success')).toBe(true);
    expect(matchesWords('unsent', 'success')).toBe(false);
  });

  it('names a close control from the start of its name, on a word boundary ("Close", "x", not "Closed accounts" or "X axis")', () => {
    const closes = (name: string) => new RegExp(toneLexicon.closeName, 'iu').test(name);
    expect(['Close', 'close notification', 'x', 'X', 'Dismiss', 'Remove'].filter(closes)).toHaveLength(6);
    expect(['Closed accounts', 'X axis', 'Retry', 'Reconnect QuickBooks', 'Hidden fields'].filter(closes)).toEqual([]);
  });

  it('straightens curly quotes before matching', () => {
    expect(matchesWords('We couldn\u2019t save the expense.', 'failure')).toBe(true);
  });
});

const source = readFileSync(defaultToneLexiconPath, 'utf8');
const edited = (change: (t: any) => void) => {
  const data = parse(source);
  change(data);
  return stringify(data);
};

// Each defect of a lexicon file and the words the loader reports it with.
const invalidCases: [defect: string, yaml: string, message: string][] = [
  ['a word that is not a regex', edited((t) => t.words.failure.push('(unclosed')), 'expected a valid JavaScript regex fragment'],
  ['an empty word list', edited((t) => (t.words.success = [])), 'words.success'],
  ['a variant token with spaces', edited((t) => t.variants.error.push('Not A Token')), 'expected a lower-case token'],
  ['a busy token that is not a class part', edited((t) => t.busyTokens.push('Loading Spinner')), 'expected a lower-case token'],
  ['no busy tokens', edited((t) => (t.busyTokens = [])), 'busyTokens'],
  ['an unknown tone', edited((t) => (t.variants.fatal = ['x'])), 'fatal'],
  ['not YAML', 'words: [', 'not valid YAML'],
];

describe('parseToneLexicon', () => {
  it.each(invalidCases)('reports %s', (_defect, yaml, message) => {
    expect(() => parseToneLexicon(yaml, 'bad.yaml')).toThrow(message);
  });

  it('names the file in its error', () => {
    expect(() => parseToneLexicon('version: 2', 'bad.yaml')).toThrow(/^brownout: bad\.yaml: invalid guidelines data:/);
  });
});
