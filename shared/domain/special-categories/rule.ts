import type { HealthSubtype, SpecialCategory } from './categories';

/** One lexicon entry: a pattern over the folded text, with the context that silences it. */
export interface Rule {
  category: SpecialCategory;
  subtype?: HealthSubtype;
  re: RegExp;
  /** The term also names a workplace or profession: silent in a work clause. */
  workplace?: boolean;
  /** Silent when the text just before the match ends like this. */
  vetoBefore?: RegExp;
  /** Silent when the matched text itself matches this (e.g. "klantklachten"). */
  vetoMatch?: RegExp;
}

interface RuleOptions {
  subtype?: HealthSubtype;
  caseSensitive?: boolean;
  workplace?: boolean;
  vetoBefore?: RegExp;
  vetoMatch?: RegExp;
}

export const alt = (xs: readonly string[]): string => xs.join('|');

// Letters of any script count as word characters, so "ï" or "é" never splits a word;
// a hyphen does, so "GGZ-behandeling" holds the word "GGZ".
export const wordRe = (src: string, flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, flags);

/**
 * A rule over `terms`. Patterns are written accent-free and lower case: they run on a folded
 * copy of the text (see matcher.ts).
 */
export function rule(
  category: SpecialCategory,
  terms: readonly string[],
  o: RuleOptions = {},
): Rule {
  return {
    category,
    subtype: o.subtype,
    re: wordRe(alt(terms), o.caseSensitive ? 'gu' : 'giu'),
    workplace: o.workplace,
    vetoBefore: o.vetoBefore,
    vetoMatch: o.vetoMatch,
  };
}
