// Dutch postcodes: four digits not starting with 0, two letters; SA, SD and SS are never
// issued (historical connotations), so they are refused too.
const POSTCODE = /^([1-9]\d{3})\s?(?!SA|SD|SS)([A-Z]{2})$/;

export function normalizePostcode(s: string): string | null {
  const m = POSTCODE.exec(s.trim().toUpperCase());
  return m ? `${m[1]} ${m[2]}` : null;
}

export const isValidPostcode = (s: string): boolean => normalizePostcode(s) !== null;
