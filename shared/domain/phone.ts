import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Dutch numbers may be typed nationally ("06 12345678"); foreign ones need their +code. */
export function normalizePhone(s: string): string | null {
  const parsed = parsePhoneNumberFromString(s.trim(), 'NL');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}
