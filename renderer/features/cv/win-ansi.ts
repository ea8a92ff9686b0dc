/**
 * The PDF uses the standard Helvetica fonts, which every PDF reader has and which need no
 * font file, but they only encode WinAnsi (Windows-1252). Embedding a font that covers
 * Turkish or Polish letters needs @pdf-lib/fontkit, which Koers does not ship, so letters
 * outside WinAnsi are transliterated to their nearest WinAnsi letter: "Ayşe Yılmaz" is
 * printed as "Ayse Yilmaz". The CV tab tells the coach when that happens.
 */

// Windows-1252 beyond Latin-1: the characters it puts in 0x80–0x9F.
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const encodable = new Set<number>();
for (let c = 0x20; c <= 0x7e; c++) encodable.add(c);
for (let c = 0xa0; c <= 0xff; c++) encodable.add(c);
for (const ch of CP1252_EXTRAS) encodable.add(ch.codePointAt(0) as number);

export const canEncodeWinAnsi = (ch: string): boolean => encodable.has(ch.codePointAt(0) ?? -1);

// Letters that Unicode does not decompose into a base letter plus an accent.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŀ: 'l',
  Ŀ: 'L',
  ĸ: 'k',
  ŉ: "'n",
  ſ: 's',
  ə: 'e',
  Ə: 'E',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '−': '-',
  '‛': "'",
  '′': "'",
  '‟': '"',
  '″': '"',
  '\t': ' ',
};

function replacement(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const cp = ch.codePointAt(0) ?? 0;
  // Unusual spaces become a space; zero-width and control characters disappear.
  if ((cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) return ' ';
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff)
    return '';
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return base !== '' && [...base].every(canEncodeWinAnsi) ? base : '?';
}

/** `text` with every character WinAnsi cannot encode replaced; one line, no line breaks. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) out += canEncodeWinAnsi(ch) ? ch : replacement(ch);
  return out;
}

/** Visible characters in `texts` that the PDF will show differently, with what it shows. */
export function replacedCharacters(texts: readonly string[]): { from: string; to: string }[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const ch of text) {
      if (canEncodeWinAnsi(ch) || seen.has(ch) || /\s/u.test(ch)) continue;
      const to = replacement(ch);
      if (to !== '') seen.set(ch, to);
    }
  }
  return [...seen].map(([from, to]) => ({ from, to }));
}
