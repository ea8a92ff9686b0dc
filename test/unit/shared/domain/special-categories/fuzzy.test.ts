import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  FUZZY_TERMS,
  fuzzyHits,
  fuzzyMatches,
  withinOneEdit,
} from '../../../../../shared/domain/special-categories/fuzzy';
import { detectSpecialCategoriesDetailed } from '../../../../../shared/domain/special-categories';

// The Dutch word lists of the password checker (about 35,000 common and Wikipedia words):
// a misspelling matcher that fires on one of them would flag ordinary Dutch.
const require = createRequire(import.meta.url);
const dutchWords: string[] = [
  ...(require('@zxcvbn-ts/language-nl-be/src/commonWords.json') as string[]),
  ...(require('@zxcvbn-ts/language-nl-be/src/wikipedia.json') as string[]),
];

// Words in those lists that are themselves health terms, so a hit on them is right.
const MEDICAL =
  /^(?:depres|diabet|epilep|psycho|schizo|bipola|overspan|alzheim|parkins|demen|artr|reuma|migra|hernia|burn|dyslex|autis|suiker|hart|hersen|hyperv|slapel|paniek|angst|eetst|diagno|verslav|fysio|chemo|revalid|antidep|medic|pijnst|antibio|insul|psychia|ziekenh|tinnit|whipl|fibrom|endom)/u;

describe('fuzzy matching of misspelled health terms', () => {
  it('measures one edit: substitution, insertion, deletion, swap', () => {
    expect(withinOneEdit('depresie', 'depressie')).toBe(true);
    expect(withinOneEdit('diabetis', 'diabetes')).toBe(true);
    expect(withinOneEdit('hernai', 'hernia')).toBe(true);
    expect(withinOneEdit('depressie', 'depressie')).toBe(true);
    expect(withinOneEdit('deprssei', 'depressie')).toBe(false);
    expect(withinOneEdit('diabetes', 'diabetessen')).toBe(false);
  });

  it.each([
    ['Ze heeft last van een depresie.', 'depresie'],
    ['Hij heeft diabetis type 2.', 'diabetis'],
    ['Hij is epileptisch, de epelepsie is onder controle.', 'epelepsie'],
    ['Ze slikt sertralien.', 'sertralien'],
    ['Hij is overspanen.', 'overspanen'],
    ['Ze heeft fibromialgie.', 'fibromialgie'],
    ['Ze gaat naar de psycoloog.', 'psycoloog'],
  ])('%s → "%s"', (text, word) => {
    expect(detectSpecialCategoriesDetailed(text).map((f) => f.text)).toContain(word);
  });

  it('leaves exact spellings to the lexicon, with its work-clause veto', () => {
    expect(fuzzyHits('depressie')).toEqual([]);
    expect(detectSpecialCategoriesDetailed('Hij solliciteert bij het ziekenhuis.')).toEqual([]);
    expect(detectSpecialCategoriesDetailed('Hij solliciteert bij het ziekehuis.')).toEqual([]);
  });

  it('never matches an ordinary Dutch word', () => {
    const wrong = new Set<string>();
    for (const raw of dutchWords) {
      const word = raw.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      if (word.length < 6 || MEDICAL.test(word)) continue;
      for (const t of FUZZY_TERMS) if (fuzzyMatches(word, t)) wrong.add(`${word} ~ ${t.stem}`);
    }
    expect([...wrong].sort()).toEqual([]);
  });
});
