import { describe, expect, it } from 'vitest';
import {
  displayName,
  emptyClientInput,
  sortName,
  validateClient,
} from '../../../../shared/domain/client';
import { normalizePostcode } from '../../../../shared/domain/postcode';

const base = { ...emptyClientInput(), achternaam: 'Vries', tussenvoegsel: 'de', voornaam: 'Jan' };

describe('client validation', () => {
  it('requires a surname and names the field', () => {
    const r = validateClient({ ...base, achternaam: '  ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.achternaam).toBe('validation.required');
  });

  it('normalizes postcode, phone and BSN', () => {
    const r = validateClient({
      ...base,
      postcode: '3511ab',
      telefoon: '0612345678',
      bsn: '111.222.333',
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.postcode).toBe('3511 AB');
      expect(r.value.telefoon).toBe('06 12345678');
      expect(r.value.bsn).toBe('111222333');
    }
  });

  it.each([
    ['postcode', '0123 AB', 'validation.postcode'],
    ['postcode', '1234 SS', 'validation.postcode'],
    ['telefoon', '12345', 'validation.phone'],
    ['email', 'jan@', 'validation.email'],
    ['bsn', '123456789', 'validation.bsn'],
    ['geboortedatum', '2023-02-29', 'validation.date'],
    ['geboortedatum', '2999-01-01', 'validation.dateInFuture'],
  ] as const)('refuses %s %s', (field, value, message) => {
    const r = validateClient({ ...base, [field]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toBe(message);
  });

  // Security review, issue 9 item 10: names that do not show what they hold.
  it.each([
    ['achternaam', 'Vries\u202Egnal', 'validation.unsafeCharacters', 'right-to-left override'],
    ['achternaam', '\u2066Vries\u2069', 'validation.unsafeCharacters', 'directional isolate'],
    ['voornaam', 'Jan\u200F', 'validation.unsafeCharacters', 'right-to-left mark'],
    ['voornaam', 'J\u0000an', 'validation.unsafeCharacters', 'NUL'],
    ['voornaam', 'Jan\nPiet', 'validation.unsafeCharacters', 'newline inside'],
    ['voornaam', 'J\u0085an', 'validation.unsafeCharacters', 'C1 control'],
    ['achternaam', 'Vries\uD800', 'validation.unsafeCharacters', 'lone high surrogate'],
    ['tussenvoegsel', '\uDC00de', 'validation.unsafeCharacters', 'lone low surrogate'],
    ['achternaam', 'Vr\u200Bies', 'validation.unsafeCharacters', 'zero-width space'],
    ['voornaam', '\u200D\u200C', 'validation.invisible', 'only zero-width joiners'],
    ['achternaam', '\u3164', 'validation.invisible', 'only a Hangul filler'],
    ['voorletters', '\u00AD\u034F', 'validation.invisible', 'only a soft hyphen and CGJ'],
    ['geboorteplaats', 'Utr\u202Eecht', 'validation.unsafeCharacters', 'override in a place'],
  ] as const)('refuses %s %j: %s (%s)', (field, value, message, _why) => {
    const r = validateClient({ ...base, [field]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toBe(message);
  });

  it('keeps names from every script, with the joiners they need', () => {
    for (const achternaam of [
      'Yılmaz',
      'Ødegård',
      'محمدی',
      'می\u200Cخواهم',
      'Nguyễn',
      'O’Brien-Smit',
    ]) {
      expect(validateClient({ ...base, achternaam }).ok).toBe(true);
    }
  });

  it.each([
    ['01-01-1900', 'validation.birthDateTooEarly'],
    ['31-12-1899', 'validation.birthDateTooEarly'],
    ['1066-10-14', 'validation.birthDateTooEarly'],
  ] as const)('refuses date of birth %s', (geboortedatum, message) => {
    const r = validateClient({ ...base, geboortedatum });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.geboortedatum).toBe(message);
  });

  it('accepts a date of birth just after 1900', () => {
    expect(validateClient({ ...base, geboortedatum: '02-01-1900' }).ok).toBe(true);
  });

  it('accepts a leap day and a foreign number with its country code', () => {
    expect(
      validateClient({ ...base, geboortedatum: '1984-02-29', telefoon: '+32 470 12 34 56' }).ok,
    ).toBe(true);
  });

  it('writes names the Dutch way', () => {
    expect(displayName(base)).toBe('Jan de Vries');
    expect(sortName(base)).toBe('Vries, Jan de');
    expect(displayName({ ...base, voornaam: '', voorletters: 'J.P.' })).toBe('J.P. de Vries');
  });

  it('postcode without space or in lower case', () => {
    expect(normalizePostcode('1017ab')).toBe('1017 AB');
    expect(normalizePostcode('1017 A')).toBeNull();
  });
});

describe('Dutch dates', () => {
  it.each([
    ['12-3-1985', '1985-03-12'],
    ['12/03/1985', '1985-03-12'],
    ['29-02-1984', '1984-02-29'],
    ['1985-03-12', '1985-03-12'],
  ])('reads %s as %s', (input, iso) => {
    const r = validateClient({ ...base, geboortedatum: input });
    expect(r.ok && r.value.geboortedatum).toBe(iso);
  });
  it.each(['29-02-1985', '31-04-1990', '12-13-1985', 'gisteren'])('refuses %s', (input) => {
    const r = validateClient({ ...base, geboortedatum: input });
    expect(r.ok).toBe(false);
  });
});
