import { createHash, randomBytes } from 'node:crypto';

/** Random ids: base64url, usable as an HLC node name (letters, digits, _ and -). */
export const newId = (prefix: string, bytes = 12): string =>
  `${prefix}_${randomBytes(bytes).toString('base64url')}`;

/** Codes people type: Crockford base32 without look-alikes, grouped in fours. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newCode(groups = 3): string {
  const bytes = randomBytes(groups * 4);
  const chars = Array.from(bytes, (b) => CODE_ALPHABET[b & 31]);
  const out: string[] = [];
  for (let g = 0; g < groups; g++) out.push(chars.slice(g * 4, g * 4 + 4).join(''));
  return out.join('-');
}

/** The form a typed code is compared in: case, spaces and dashes do not matter. */
export const normaliseCode = (code: string): string =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

/** Codes, tokens and rate-limit keys are stored only as hashes. */
export const hashSecret = (s: string): string => createHash('sha256').update(s).digest('hex');
