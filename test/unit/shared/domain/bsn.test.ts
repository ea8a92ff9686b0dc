import { describe, expect, it } from 'vitest';
import { isValidBsn, normalizeBsn } from '../../../../shared/domain/bsn';

describe('isValidBsn (elfproef)', () => {
  // Worked by hand: 111222333 → 9+8+7+12+10+8+9+6 −3 = 66 = 6·11.
  it.each(['111222333', '123456782', '999999990', '111.222.333', '111 222 333', '12345672'])(
    'accepts %s',
    (s) => expect(isValidBsn(s)).toBe(true),
  );
  // 123456789 → 9+16+21+24+25+24+21+16 −9 = 147, 147 mod 11 = 4.
  it.each([
    '123456789',
    '111222334',
    '000000000',
    '',
    '1234567',
    '1234567890',
    '11122233a',
    '-11222333',
  ])('refuses %s', (s) => expect(isValidBsn(s)).toBe(false));
  it('normalizes to nine digits', () => {
    expect(normalizeBsn('111.222.333')).toBe('111222333');
    expect(normalizeBsn('12345672')).toBe('012345672');
  });
});
