import { foldWithOrigin } from '../text-fold';
import type { DetailedFinding, SpecialCategory } from './categories';
import { isWorkClause } from './context';
import { fuzzyHits, type FuzzyTerm } from './fuzzy';
import { RULES } from './lexicon';
import type { Rule } from './rule';

// Patterns run on the folded text (shared/domain/text-fold.ts, the same fold the searches
// use); spans are mapped back to offsets in the input.

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
}

function candidates(folded: string): Candidate[] {
  const found: Candidate[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (const m of folded.matchAll(r.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (r.vetoMatch?.test(m[0])) continue;
      if (r.vetoBefore?.test(folded.slice(Math.max(0, start - 80), start))) continue;
      if (r.workplace && isWorkClause(folded, start, end, m[0])) continue;
      found.push({ rule: r, start, end });
    }
  }
  // Misspellings last, so an exact match of the same length wins the tie.
  for (const hit of fuzzyHits(folded)) {
    const { term, start, end } = hit;
    if (term.workplace && isWorkClause(folded, start, end, folded.slice(start, end))) continue;
    found.push({ rule: fuzzyRule(term), start, end });
  }
  return found;
}

const NEVER = /(?!)/u;
const fuzzyRules = new Map<FuzzyTerm, Rule>();
/** A fuzzy term as a rule, so overlaps and output treat both alike; its pattern is unused. */
function fuzzyRule(term: FuzzyTerm): Rule {
  let r = fuzzyRules.get(term);
  if (!r) {
    r = { category: term.category, subtype: term.subtype, re: NEVER, workplace: term.workplace };
    fuzzyRules.set(term, r);
  }
  return r;
}

/** Longest match wins; among equals, the earlier one, then the rule listed first. */
function nonOverlapping(found: Candidate[]): Candidate[] {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.order - b.order,
    );
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function detectSpecialCategoriesDetailed(text: string): DetailedFinding[] {
  if (text.trim() === '') return [];
  const { text: folded, origin } = foldWithOrigin(text);
  const toInput = (i: number) => (i < origin.length ? (origin[i] ?? text.length) : text.length);
  return nonOverlapping(candidates(folded)).map((c) => {
    const start = toInput(c.start);
    const end = toInput(c.end);
    const finding: DetailedFinding = {
      category: c.rule.category,
      start,
      end,
      text: text.slice(start, end),
    };
    if (c.rule.subtype) finding.subtype = c.rule.subtype;
    return finding;
  });
}

/**
 * Spans of special-category data in `text`: UTF-16 offsets, sorted by start, never
 * overlapping. Each result has exactly the keys category, start and end.
 */
export function detectSpecialCategories(
  text: string,
): { category: SpecialCategory; start: number; end: number }[] {
  return detectSpecialCategoriesDetailed(text).map(({ category, start, end }) => ({
    category,
    start,
    end,
  }));
}
