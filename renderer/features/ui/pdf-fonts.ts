import type { PDFDocument, PDFFont } from 'pdf-lib';
import { pdfFontCovers } from './pdf-font-coverage';

// pdf-lib's fontkit types, which its package index does not export.
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Subset = ReturnType<ReturnType<Fontkit['create']>['createSubset']>;

/**
 * The fonts of every PDF Koers makes (the CV now, the access-export letter next): Noto Sans
 * regular, bold and italic, embedded through @pdf-lib/fontkit so that "Ayşe Yılmaz-Doğan"
 * and "Łukasz" print as themselves. The standard PDF fonts only know WinAnsi (Western
 * European), which turned ş into s and ł into l.
 *
 * Noto Sans (SIL Open Font License 1.1, from the npm package @expo-google-fonts/noto-sans)
 * covers Latin with every European accent, Greek and Cyrillic, and the OFL allows embedding
 * it in documents. Each PDF holds only the glyphs it uses (`subset: true`): a one-page CV
 * grows by tens of kilobytes, not by the 1.9 MB of the three font files.
 *
 * The font files are separate assets of the build, fetched on the first PDF only (the CSP's
 * connect-src 'self' and the app:// protocol's fetch support both cover it), so the app's
 * start does not load them.
 */

export interface PdfFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

let files: Promise<PdfFontFiles> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`PDF font ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The three font files, fetched once per session and only when a PDF is made. */
export function loadPdfFontFiles(): Promise<PdfFontFiles> {
  files ??= (async () => {
    // `?url`: Vite copies the file into the build's assets and hands back its address.
    const [regular, bold, italic] = await Promise.all([
      import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'),
      import('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url'),
      import('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url'),
    ]);
    const [r, b, i] = await Promise.all([regular, bold, italic].map((m) => fetchBytes(m.default)));
    if (!r || !b || !i) throw new Error('PDF fonts missing');
    return { regular: r, bold: b, italic: i };
  })();
  // A failed fetch is not cached: the next PDF tries again.
  files.catch(() => {
    files = null;
  });
  return files;
}

/**
 * The parts of @pdf-lib/fontkit's TrueType subsetter that evenGlyphRecords touches. Not in
 * its types: they are internals, pinned by the version in package-lock.json and checked by
 * test/unit/renderer/features/ui/pdf-fonts.test.ts, which fails if they change.
 */
interface TtfSubsetInternals {
  _addGlyph?: (gid: number) => number;
  glyf?: Uint8Array[];
  offset?: number;
}

/**
 * @pdf-lib/fontkit 1.1.1 writes a subset's glyph offsets in the short format (offset / 2)
 * whenever they fit, without padding each glyph to an even length. Noto Sans has odd-length
 * glyphs, so every glyph after the first odd one was read from the wrong place: most letters
 * came out blank while the text still extracted fine. Upstream fontkit fixed this in 1.8.0;
 * the pdf-lib fork never took the fix. Padding each glyph to an even length here makes the
 * short format exact again (a zero byte after a glyph is harmless).
 */
function evenGlyphRecords(subset: Subset): Subset {
  const s = subset as Subset & TtfSubsetInternals;
  const addGlyph = s._addGlyph;
  // CFF-based fonts have no glyph records to pad: leave their subsetter alone.
  if (typeof addGlyph !== 'function') return subset;
  s._addGlyph = function (this: TtfSubsetInternals, gid: number): number {
    const index = addGlyph.call(this, gid);
    const glyph = this.glyf?.[index];
    if (this.glyf && glyph && glyph.length % 2 === 1 && this.offset !== undefined) {
      // Same kind of buffer as fontkit's own (its Buffer polyfill), one zero byte longer.
      const BufferType = glyph.constructor as { alloc?: (n: number) => Uint8Array };
      const padded = BufferType.alloc
        ? BufferType.alloc(glyph.length + 1)
        : new Uint8Array(glyph.length + 1);
      padded.set(glyph);
      this.glyf[index] = padded;
      this.offset += 1;
    }
    return index;
  };
  return subset;
}

/** @pdf-lib/fontkit with evenGlyphRecords applied to every subset it makes. */
function withEvenGlyphRecords(fontkit: Fontkit): Fontkit {
  return {
    create(buffer: Uint8Array, postscriptName?: string) {
      const font = fontkit.create(buffer, postscriptName);
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => evenGlyphRecords(createSubset());
      return font;
    },
  };
}

/**
 * The glyph positioning features (GPOS) fontkit would apply when it lays out a string.
 * pdf-lib draws glyph ids with their advance widths and never uses the positions, so this
 * work was thrown away on every measured and every drawn string: most of the time of a long
 * letter. Substitutions (ligatures, composed characters) still apply.
 */
const NO_POSITIONING = { kern: false, mark: false, mkmk: false, curs: false };

/**
 * Embeds the fonts into `doc`, subset. `fontFiles` is for Node (the tests read the files
 * from node_modules); the app leaves it out and the files are fetched.
 */
export async function embedPdfFonts(doc: PDFDocument, fontFiles?: PdfFontFiles): Promise<PdfFonts> {
  const [{ default: fontkit }, f] = await Promise.all([
    import('@pdf-lib/fontkit'),
    fontFiles ?? loadPdfFontFiles(),
  ]);
  doc.registerFontkit(withEvenGlyphRecords(fontkit));
  const [regular, bold, italic] = await Promise.all([
    doc.embedFont(f.regular, { subset: true, features: NO_POSITIONING }),
    doc.embedFont(f.bold, { subset: true, features: NO_POSITIONING }),
    doc.embedFont(f.italic, { subset: true, features: NO_POSITIONING }),
  ]);
  // pdf-lib is loaded already (the document exists); this file keeps it out of the main bundle.
  const { PDFHexString } = await import('pdf-lib');
  const hex = (h: string) => PDFHexString.of(h);
  return { regular: byWord(regular, hex), bold: byWord(bold, hex), italic: byWord(italic, hex) };
}

/**
 * Encodes drawn text word by word, each word laid out by fontkit once per document. Laying
 * out a string is most of the cost of a long PDF (a 2,000-entry access letter); a dossier
 * repeats its words, and shaping does not cross a space (ligatures and Arabic joining stay
 * within a word), so the glyphs are the same as for the whole line.
 */
function byWord(font: PDFFont, hex: (h: string) => ReturnType<PDFFont['encodeText']>): PDFFont {
  const encode = font.encodeText.bind(font);
  const known = new Map<string, string>();
  const hexOf = (word: string): string => {
    let hex = known.get(word);
    if (hex === undefined) {
      hex = encode(word).asString();
      if (known.size < 100_000) known.set(word, hex);
    }
    return hex;
  };
  font.encodeText = (text: string) =>
    hex(text.includes(' ') ? text.split(' ').map(hexOf).join(hexOf(' ')) : hexOf(text));
  return font;
}

// Typographic characters the font may lack, with a plain stand-in.
const STAND_IN: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2212': '-',
  '\u201b': "'",
  '\u2032': "'",
  '\u201f': '"',
  '\u2033': '"',
  '\t': ' ',
};

function standIn(ch: string): string {
  const special = STAND_IN[ch];
  if (special !== undefined && [...special].every(pdfFontCovers)) return special;
  const cp = ch.codePointAt(0) ?? 0;
  // Unusual spaces become a space; zero-width and control characters disappear.
  if ((cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) return ' ';
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff)
    return '';
  // A letter with an accent the font lacks keeps its base letter.
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return base !== '' && base !== ch && [...base].every(pdfFontCovers) ? base : '?';
}

/**
 * `text` as the PDF fonts can draw it, on one line: what they lack (emoji, Arabic, Chinese)
 * becomes "?", so drawing never fails and never shows an empty box.
 */
export function pdfPrintable(text: string): string {
  let out = '';
  for (const ch of text) out += pdfFontCovers(ch) && !INVISIBLE.test(ch) ? ch : standIn(ch);
  return out;
}

// Zero-width characters the font has but a line of print does not need.
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/u;

/** Visible characters in `texts` that a PDF shows differently, with what it shows. */
export function pdfReplacedCharacters(texts: readonly string[]): { from: string; to: string }[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const ch of text) {
      if (pdfFontCovers(ch) || seen.has(ch) || /\s/u.test(ch)) continue;
      const to = standIn(ch);
      if (to !== '') seen.set(ch, to);
    }
  }
  return [...seen].map(([from, to]) => ({ from, to }));
}
