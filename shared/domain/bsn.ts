/**
 * The BSN "elfproef": weights 9..2 for the first eight digits and −1 for the last; the sum
 * must be a multiple of 11. Eight-digit numbers are old sofi-numbers that get a leading
 * zero. Dots and spaces are accepted as the separators people type ("123.456.782").
 */
export function isValidBsn(s: string): boolean {
  const digits = s.replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return false;
  const bsn = digits.padStart(9, '0');
  if (/^0+$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/** The canonical stored form: nine digits, no separators. Call only on a valid BSN. */
export const normalizeBsn = (s: string): string => s.replace(/[\s.]/g, '').padStart(9, '0');

/** What a screen shows until the coach explicitly reveals it: nothing that identifies. */
export const maskBsn = (bsn: string): string => (bsn ? '•••••••••' : '');
