import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';

/**
 * What is wrong with a typed phone number, so the message can say the right thing:
 * - 'invalid': no country code typed, so it was read as a Dutch number and is not one;
 *   the coach may have meant a foreign number and left out its code;
 * - 'invalid-for-country': a country code is there (+90, 0031), the digits after it are not
 *   a number of that country; asking for a country code would be wrong;
 * - 'unknown-country-code': "+" or "00" followed by a code no country has.
 */
export type PhoneCheck =
  | { ok: true; normalized: string }
  | { ok: false; problem: 'invalid' }
  | {
      ok: false;
      problem: 'invalid-for-country';
      /** "+90" */
      callingCode: string;
      /** The one country of that code; null for a shared code such as +1 or +7. */
      country: CountryCode | null;
    }
  | { ok: false; problem: 'unknown-country-code'; callingCode: string };

/** Spaces, dashes, dots, slashes and brackets are how people group digits, not digits. */
const compact = (s: string) => s.replace(/[\s().\-/]/g, '');

/** Calling code -> the countries that share it ("1" -> US, CA, ...); built on first use. */
let byCode: Map<string, CountryCode[]> | null = null;
function countriesOf(code: string): CountryCode[] {
  if (!byCode) {
    byCode = new Map();
    for (const c of getCountries()) {
      const k = getCountryCallingCode(c);
      byCode.set(k, [...(byCode.get(k) ?? []), c]);
    }
  }
  return byCode.get(code) ?? [];
}

/** Dutch numbers may be typed nationally ("06 12345678"); foreign ones need their +code. */
export function checkPhone(typed: string): PhoneCheck {
  const s = typed.trim();
  const parsed = parsePhoneNumberFromString(s, 'NL');
  if (parsed?.isValid())
    return {
      ok: true,
      normalized: parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational(),
    };
  const international = /^(\+|00)(\d*)/.exec(compact(s));
  if (!international) return { ok: false, problem: 'invalid' };
  const digits = international[2] ?? '';
  // Calling codes are prefix-free: at most one of the first 1, 2 or 3 digits is a code.
  const code =
    parsed?.countryCallingCode ??
    [1, 2, 3].map((n) => digits.slice(0, n)).find((c) => c && countriesOf(c).length > 0);
  if (!code)
    return { ok: false, problem: 'unknown-country-code', callingCode: `+${digits.slice(0, 3)}` };
  const countries = countriesOf(code);
  return {
    ok: false,
    problem: 'invalid-for-country',
    callingCode: `+${code}`,
    country: parsed?.country ?? (countries.length === 1 ? (countries[0] ?? null) : null),
  };
}

export function normalizePhone(s: string): string | null {
  const r = checkPhone(s);
  return r.ok ? r.normalized : null;
}

/**
 * The message key (validation.*) for a failed check and what it interpolates; the UI turns
 * `country` into the country's name in its own language.
 */
export function phoneMessage(check: Extract<PhoneCheck, { ok: false }>): {
  key:
    | 'validation.phone'
    | 'validation.phoneForCountry'
    | 'validation.phoneForCode'
    | 'validation.phoneUnknownCode';
  code?: string;
  country?: CountryCode;
} {
  switch (check.problem) {
    case 'invalid':
      return { key: 'validation.phone' };
    case 'unknown-country-code':
      return { key: 'validation.phoneUnknownCode', code: check.callingCode };
    case 'invalid-for-country':
      return check.country
        ? { key: 'validation.phoneForCountry', code: check.callingCode, country: check.country }
        : { key: 'validation.phoneForCode', code: check.callingCode };
  }
}
