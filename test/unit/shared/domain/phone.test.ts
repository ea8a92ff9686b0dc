import { describe, expect, it } from 'vitest';
import { checkPhone, normalizePhone, phoneMessage } from '../../../../shared/domain/phone';
import { validateClient, emptyClientInput } from '../../../../shared/domain/client';

/** The message a coach sees for a typed number, as key and interpolated values. */
const messageFor = (typed: string) => {
  const check = checkPhone(typed);
  return check.ok ? null : phoneMessage(check);
};

describe('phone messages', () => {
  it.each([
    // A country code is there: the message names that country, never asks for a code.
    ['+31 6 1234', { key: 'validation.phoneForCountry', code: '+31', country: 'NL' }],
    ['0031 6 1234', { key: 'validation.phoneForCountry', code: '+31', country: 'NL' }],
    ['+90 532 123', { key: 'validation.phoneForCountry', code: '+90', country: 'TR' }],
    ['0090 532 12', { key: 'validation.phoneForCountry', code: '+90', country: 'TR' }],
    ['+32 12', { key: 'validation.phoneForCountry', code: '+32', country: 'BE' }],
    ['+(49) 1', { key: 'validation.phoneForCountry', code: '+49', country: 'DE' }],
    // A code shared by several countries: named by the code alone.
    ['+1 555', { key: 'validation.phoneForCode', code: '+1' }],
    ['+44 1', { key: 'validation.phoneForCode', code: '+44' }],
    // No country has this code.
    ['+999 123 456', { key: 'validation.phoneUnknownCode', code: '+999' }],
    // No code typed: read as Dutch; a foreign number may lack its code, so say so.
    ['06 1234', { key: 'validation.phone' }],
    ['12345', { key: 'validation.phone' }],
    ['bel mij', { key: 'validation.phone' }],
  ] as const)('%s', (typed, expected) => {
    expect(messageFor(typed)).toEqual(expected);
  });

  it.each([
    ['06 12345678', '06 12345678'],
    ['0031612345678', '06 12345678'],
    ['+31 6 12345678', '06 12345678'],
    ['+90 532 123 45 67', '+90 532 123 45 67'],
    ['0032 470 12 34 56', '+32 470 12 34 56'],
  ])('accepts %s as %s', (typed, normalized) => {
    expect(checkPhone(typed)).toEqual({ ok: true, normalized });
    expect(normalizePhone(typed)).toBe(normalized);
  });

  it('the client form gets the key that fits the number', () => {
    const errorFor = (telefoon: string) => {
      const r = validateClient({ ...emptyClientInput(), achternaam: 'Özdemir', telefoon });
      return r.ok ? null : r.errors.telefoon;
    };
    expect(errorFor('+90 532')).toBe('validation.phoneForCountry');
    expect(errorFor('0031 6 12')).toBe('validation.phoneForCountry');
    expect(errorFor('06 12')).toBe('validation.phone');
    expect(errorFor('+90 532 123 45 67')).toBeNull();
  });
});
