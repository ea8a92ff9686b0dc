/**
 * The one text folding of the app: accents and typographic punctuation are folded away, so
 * "Çelik" is found by typing "celik" and "Jehova’s" reads as "Jehova's". Searches (caseload,
 * logbook, audit log) and the special-category detector all fold through `foldWithOrigin`.
 */

const PUNCT_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u00AD': '',
};

export interface FoldedText {
  /** The input with accents and typographic punctuation folded; case is kept. */
  text: string;
  /** origin[i] is the input's UTF-16 offset of folded character i. */
  origin: number[];
}

// Code points that may fold: the no-break space, the soft hyphen and all from U+00C0 on.
// Everything below U+00C0 has no canonical decomposition and folds to itself.
const FOLDS = /[\u00A0\u00AD\u00C0-\u{10FFFF}]/gu;

/** Folds one code point: typographic punctuation to plain, combining marks dropped. */
const foldChar = (ch: string): string =>
  PUNCT_FOLD[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

function foldInto(input: string, origin: number[] | null): string {
  let text = '';
  let plainFrom = 0;
  const keepPlain = (to: number) => {
    text += input.slice(plainFrom, to);
    if (origin) for (let k = plainFrom; k < to; k++) origin.push(k);
  };
  for (const m of input.matchAll(FOLDS)) {
    const ch = m[0];
    const i = m.index;
    keepPlain(i);
    const f = foldChar(ch);
    if (origin) for (let k = 0; k < f.length; k++) origin.push(f.length === ch.length ? i + k : i);
    text += f;
    plainFrom = i + ch.length;
  }
  keepPlain(input.length);
  return text;
}

/**
 * Folds code point by code point, keeping a map back to the input offsets (the detector
 * reports spans in the input). Case is kept: the detector has case-sensitive abbreviations.
 */
export function foldWithOrigin(input: string): FoldedText {
  const origin: number[] = [];
  return { text: foldInto(input, origin), origin };
}

/** Search text: folded as above, then lower-cased. */
export const fold = (s: string): string => foldInto(s, null).toLowerCase();
