/**
 * Finds special categories of personal data (AVG art. 9 and 10, plus creditworthiness,
 * which the firms' privacy statements treat alike) in free Dutch or English text.
 *
 * Curated lexicons and phrase patterns, no model: coaches write short, concrete logbook
 * sentences, and a pattern that fires can always be explained to them. Two decisions
 * shape the lexicons (the labelled corpus in test/unit/special-categories documents each):
 * - What the Autoriteit Persoonsgegevens lets a reintegration party keep about health
 *   (functional limitations, capacity, expected duration, degree of incapacity,
 *   adjustments, the bedrijfsarts and the Poortwachter steps) does not fire. Only
 *   diagnoses, illness names, complaints, medication, therapy and treating doctors do.
 * - A word that also names a workplace or profession (ziekenhuis, kerk, reclassering,
 *   bewindvoerder, FNV…) does not fire when the clause is about work, an application,
 *   study or volunteering: "solliciteert bij het ziekenhuis" says nothing about health.
 *
 * The rooms: categories.ts (the codes), lexicon/ (one file per category; health also has
 * medication.ts and health-phrases.ts for compounds, English and indirect phrasing),
 * fuzzy.ts (misspelled health terms at one edit), context.ts (is the clause about work?),
 * matcher.ts (folding via shared/domain/text-fold.ts, matching, overlaps) and explain.ts
 * (why a finding matters, as codes the UI puts into words).
 */

export {
  HEALTH_SUBTYPES,
  SPECIAL_CATEGORIES,
  type DetailedFinding,
  type HealthSubtype,
  type SpecialCategory,
  type SpecialCategoryFinding,
} from './categories';
export { detectSpecialCategories, detectSpecialCategoriesDetailed } from './matcher';
export { explainFinding, type FindingExplanation } from './explain';
