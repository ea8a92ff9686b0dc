/**
 * Euro amounts as a Dutch coach types and reads them: "4.250,00", "€ 4.250,-", "4250,5".
 * Parsed to whole cents, so nothing is lost to floating point on the way; shown with
 * Intl.NumberFormat in nl-NL, whose output parses back to the same cents.
 */

/** Whole cents, or null when the text is not an amount (negative, more than 2 decimals, ...). */
export function parseEuroCents(typed: string): number | null {
  let s = typed
    .trim()
    .replace(/^(€|eur\b|euro\b)/i, '')
    .replace(/(€|eur|euro)$/i, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  // "4.250,-" and "4.250,--": whole euros, the way they are written on Dutch invoices.
  s = s.replace(/[.,]-{1,2}$/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let whole: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the last one is the decimal mark ("4.250,00" Dutch, "4,250.00" English).
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!grouped(whole, group)) return null;
    whole = whole.split(group).join('');
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    const parts = mark ? s.split(mark) : [s];
    if (mark === null) whole = s;
    else if (parts.length === 2 && !(mark === '.' && grouped(s, '.'))) {
      // One comma is the Dutch decimal mark; one dot too, unless it groups three digits
      // ("4.250" is four thousand, "4250.5" has a decimal point).
      [whole = '', fraction = ''] = parts;
    } else if (grouped(s, mark)) whole = parts.join('');
    else return null;
  }
  if (whole === '' && fraction !== '') whole = '0'; // ",50"
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** "4.250" with `group` '.': groups of exactly three digits after a first group of 1 to 3. */
const grouped = (s: string, group: string): boolean =>
  new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(s);

const nlAmount = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "4.250,00": the amount in a form field, next to a label that says it is in euros. */
export const formatEuroInput = (cents: number): string => nlAmount.format(cents / 100);

/** Euros (as stored: a number with at most two decimals) to whole cents and back. */
export const euroToCents = (euros: number): number => Math.round(euros * 100);
export const centsToEuro = (cents: number): number => cents / 100;
