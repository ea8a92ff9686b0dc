import type { HealthSubtype, SpecialCategory } from './categories';

// Coaches type fast: "depresie", "diabetis", "epelepsie", "sertralien". A misspelled
// diagnosis is as sensitive as a well-spelled one, so a small list of long, distinctive
// stems also matches at one edit (a letter added, dropped, changed, or two swapped).
//
// Kept safe against ordinary Dutch by three limits, each checked against the Dutch word
// lists in test/unit/shared/domain/special-categories/fuzzy.test.ts:
// - only stems of 6 letters or more, and the first letter must be right (typos rarely hit it);
// - a 'word' stem must match the whole word, a 'prefix' stem the start of a longer word
//   (so "depres" also covers "depresief" and "depresiva");
// - `not` lists the real words that sit one edit away from a stem.

export interface FuzzyTerm {
  stem: string;
  category: SpecialCategory;
  subtype?: HealthSubtype;
  mode: 'word' | 'prefix';
  /** The term also names a workplace or profession (see context.ts). */
  workplace?: boolean;
  /** Real words one edit away: never a match. */
  not?: readonly string[];
}

const h = (
  stem: string,
  subtype: HealthSubtype,
  mode: 'word' | 'prefix' = 'prefix',
  o: Partial<FuzzyTerm> = {},
): FuzzyTerm => ({ stem, category: 'health', subtype, mode, ...o });

export const FUZZY_TERMS: readonly FuzzyTerm[] = [
  // One stem for depressie, depressief, depressiva: "depresie", "depresief", "anti-depresiva".
  h('depress', 'diagnosis'),
  h('diabetes', 'diagnosis'),
  h('epilepsie', 'diagnosis'),
  h('epileptisch', 'diagnosis'),
  h('fibromyalgie', 'diagnosis'),
  h('psychose', 'diagnosis'),
  h('psychotisch', 'diagnosis'),
  h('schizofren', 'diagnosis'),
  h('bipolair', 'diagnosis'),
  h('bipolaire', 'diagnosis'),
  h('overspannen', 'diagnosis'),
  h('overspanning', 'diagnosis'),
  h('alzheimer', 'diagnosis'),
  h('parkinson', 'diagnosis'),
  h('dementie', 'diagnosis', 'word'),
  h('artrose', 'diagnosis', 'word'),
  h('artritis', 'diagnosis', 'word'),
  h('reumatoide', 'diagnosis'),
  h('migraine', 'diagnosis', 'word'),
  h('endometriose', 'diagnosis'),
  h('hernia', 'diagnosis', 'word'),
  h('burnout', 'diagnosis', 'word'),
  h('whiplash', 'diagnosis', 'word'),
  h('dyslexie', 'diagnosis', 'word'),
  h('autisme', 'diagnosis', 'word', { not: ['autismo'] }),
  h('autistisch', 'diagnosis'),
  h('suikerziekte', 'diagnosis'),
  h('hartinfarct', 'diagnosis'),
  h('herseninfarct', 'diagnosis'),
  h('hersenschudding', 'diagnosis'),
  h('hyperventilatie', 'complaint'),
  h('slapeloosheid', 'complaint'),
  h('paniekaanval', 'complaint'),
  h('angststoornis', 'diagnosis'),
  h('eetstoornis', 'diagnosis'),
  h('diagnose', 'diagnosis', 'prefix', { not: ['diagonale'] }),
  h('gediagnosticeerd', 'diagnosis'),
  h('verslaafd', 'diagnosis'),
  h('verslaving', 'diagnosis'),
  h('tinnitus', 'diagnosis', 'word'),
  h('fysiotherapie', 'treatment', 'prefix', { workplace: true }),
  h('chemotherapie', 'treatment'),
  h('revalidatie', 'treatment', 'prefix', { workplace: true }),
  h('antidepressiva', 'medication'),
  h('medicijnen', 'medication', 'word'),
  h('medicatie', 'medication', 'word', { not: ['meditatie'] }),
  h('pijnstiller', 'medication'),
  h('antibiotica', 'medication', 'word'),
  h('sertraline', 'medication', 'word'),
  h('citalopram', 'medication', 'word'),
  h('escitalopram', 'medication', 'word'),
  h('paroxetine', 'medication', 'word'),
  h('fluoxetine', 'medication', 'word'),
  h('venlafaxine', 'medication', 'word'),
  h('mirtazapine', 'medication', 'word'),
  h('quetiapine', 'medication', 'word'),
  h('methylfenidaat', 'medication', 'word'),
  h('metformine', 'medication', 'word'),
  h('insuline', 'medication', 'word'),
  h('oxazepam', 'medication', 'word'),
  h('lorazepam', 'medication', 'word'),
  h('diazepam', 'medication', 'word'),
  h('psycholoog', 'treatment', 'word', { workplace: true }),
  h('psychiater', 'treatment', 'word', { workplace: true }),
  h('ziekenhuis', 'treatment', 'word', { workplace: true }),
];

/** Optimal string alignment distance, stopping early once it exceeds 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One substitution, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter inserted or dropped.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Does `word` (lower case, folded) match `term` within one edit? */
export function fuzzyMatches(word: string, term: FuzzyTerm): boolean {
  const stem = term.stem;
  if (word[0] !== stem[0] || term.not?.includes(word)) return false;
  // Exact spellings are the lexicon's (with its vetoes): only a real misspelling is ours.
  if (term.mode === 'word') return word !== stem && withinOneEdit(word, stem);
  if (word.startsWith(stem) || stem.startsWith(word)) return false;
  if (word.length < stem.length - 1) return false;
  for (let n = stem.length - 1; n <= stem.length + 1 && n <= word.length; n++) {
    if (withinOneEdit(word.slice(0, n), stem)) return true;
  }
  return false;
}

const WORD = /\p{L}+/gu;

// Terms by first letter: a word is only compared with stems that start like it.
const BY_FIRST = new Map<string, FuzzyTerm[]>();
for (const t of FUZZY_TERMS) {
  const first = t.stem[0] ?? '';
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), t]);
}

export interface FuzzyHit {
  term: FuzzyTerm;
  start: number;
  end: number;
}

/** Words of `folded` that match a fuzzy term. Words under 6 letters are never tried. */
export function fuzzyHits(folded: string): FuzzyHit[] {
  const hits: FuzzyHit[] = [];
  for (const m of folded.matchAll(WORD)) {
    if (m[0].length < 6) continue;
    const word = m[0].toLowerCase();
    const terms = BY_FIRST.get(word[0] ?? '');
    const term = terms?.find(
      (t) =>
        word.length >= t.stem.length - 1 &&
        (t.mode === 'prefix' || word.length <= t.stem.length + 1) &&
        fuzzyMatches(word, t),
    );
    if (term) hits.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
