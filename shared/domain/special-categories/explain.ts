import type { HealthSubtype, SpecialCategory } from './categories';
import { detectSpecialCategoriesDetailed } from './matcher';

/**
 * Why a finding matters, as stable codes: the words, in Dutch and English, are the UI's
 * (renderer/features/compartment/i18n.ts, compartment.findings).
 */
export type FindingExplanation =
  /** The kind of health finding, then always the Autoriteit Persoonsgegevens' rule for reintegration. */
  | { category: 'health'; reason: 'ap-health-rule'; subtype: HealthSubtype }
  /** Not special by law, but the firms' privacy statements keep it sealed all the same. */
  | { category: 'financial'; reason: 'privacy-statement' }
  /** A special category of personal data: AVG/GDPR art. 9, or art. 10 for criminal data. */
  | {
      category: Exclude<SpecialCategory, 'health' | 'financial'>;
      reason: 'gdpr-article';
      article: 9 | 10;
    };

function healthSubtypeOf(matchedText: string): HealthSubtype {
  const found = detectSpecialCategoriesDetailed(matchedText).find((f) => f.category === 'health');
  return found?.subtype ?? 'diagnosis';
}

/** What to explain for a finding of `category` whose matched words are `matchedText`. */
export function explainFinding(category: SpecialCategory, matchedText = ''): FindingExplanation {
  if (category === 'health') {
    return { category, reason: 'ap-health-rule', subtype: healthSubtypeOf(matchedText) };
  }
  if (category === 'financial') return { category, reason: 'privacy-statement' };
  return { category, reason: 'gdpr-article', article: category === 'criminal' ? 10 : 9 };
}
