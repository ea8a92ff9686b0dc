/** The categories the detector reports, and the kinds of health finding. */

export const SPECIAL_CATEGORIES = [
  'health',
  'religion',
  'ethnicity',
  'politics',
  'sexual-life',
  'union',
  'criminal',
  'biometric-genetic',
  'financial',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export const HEALTH_SUBTYPES = [
  'diagnosis',
  'complaint',
  'medication',
  'treatment',
  'appointment',
] as const;
export type HealthSubtype = (typeof HEALTH_SUBTYPES)[number];

export interface SpecialCategoryFinding {
  category: SpecialCategory;
  /** UTF-16 offsets into the input: text.slice(start, end) is the matched word or phrase. */
  start: number;
  end: number;
}

export interface DetailedFinding extends SpecialCategoryFinding {
  text: string;
  /** Only for 'health'. */
  subtype?: HealthSubtype;
}
