import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PDF_FONT_COVERAGE,
  pdfFontCovers,
} from '../../../../../renderer/features/ui/pdf-font-coverage';
import {
  embedPdfFonts,
  loadPdfFontFiles,
  pdfPrintable,
  pdfReplacedCharacters,
} from '../../../../../renderer/features/ui/pdf-fonts';
import { FONT_PATHS, nodePdfFontFiles } from './pdf-font-files';

describe('PDF fonts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists exactly the characters all three font files can draw', () => {
    const sets = Object.values(FONT_PATHS).map(
      (p) => new Set(fontkit.create(readFileSync(p)).characterSet),
    );
    const [first = new Set<number>()] = sets;
    const common = [...first].filter((cp) => cp >= 0x20 && sets.every((s) => s.has(cp)));
    const listed = PDF_FONT_COVERAGE.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i),
    );
    expect(listed).toEqual(common.sort((a, b) => a - b));
  });

  it('covers Turkish, Polish, Romanian and Dutch letters', () => {
    for (const ch of 'şŞıİğĞłŁąęśźżćńőűșțëïéèçÇ€–’„”•') expect(pdfFontCovers(ch), ch).toBe(true);
    for (const ch of ['👍', 'ف', '中']) expect(pdfFontCovers(ch), ch).toBe(false);
  });

  it('prints what the font has, "?" for the rest, and tidies spaces and controls', () => {
    expect(pdfPrintable('Ayşe Yılmaz-Doğan, Łukasz Nowak')).toBe('Ayşe Yılmaz-Doğan, Łukasz Nowak');
    expect(pdfPrintable('ok 👍 中')).toBe('ok ? ?');
    expect(pdfPrintable('a\u2009b\u200bc\td')).toBe('a\u2009bc d');
    expect(pdfReplacedCharacters(['Ayşe', 'Zoë', 'Łukasz', 'regel\t1'])).toEqual([]);
    expect(pdfReplacedCharacters(['top 👍', 'ok 👍'])).toEqual([{ from: '👍', to: '?' }]);
  });

  // Text extraction alone cannot see this: the letters' codes and ToUnicode were right while
  // @pdf-lib/fontkit's subset had most outlines blank (see evenGlyphRecords in pdf-fonts.ts).
  it('embeds subsets whose glyph outlines are those of the font files', async () => {
    const text = 'Ayşe Yılmaz-Doğan, Łukasz Nowak: ĞİŞ ąęść 0123456789 (Zoë, café).';
    const doc = await PDFDocument.create();
    const fonts = await embedPdfFonts(doc, nodePdfFontFiles());
    const page = doc.addPage();
    page.drawText(text, { font: fonts.regular, size: 12, x: 20, y: 700 });
    page.drawText(text, { font: fonts.bold, size: 12, x: 20, y: 680 });
    page.drawText(text, { font: fonts.italic, size: 12, x: 20, y: 660 });
    const saved = await PDFDocument.load(await doc.save());
    const programs = saved.context.enumerateIndirectObjects().flatMap(([, obj]) => {
      if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
        return [];
      const name = String(obj.get(PDFName.of('FontName')));
      const stream = saved.context.lookup(obj.get(PDFName.of('FontFile2')));
      return stream instanceof PDFRawStream
        ? [{ name, bytes: decodePDFRawStream(stream).decode() }]
        : [];
    });
    expect(programs).toHaveLength(3);
    const sources = {
      Regular: FONT_PATHS.regular,
      Bold: FONT_PATHS.bold,
      Italic: FONT_PATHS.italic,
    } as const;
    for (const { name, bytes } of programs) {
      const face = (['Regular', 'Bold', 'Italic'] as const).find((f) => name.includes(`-${f}`));
      expect(face, name).toBeDefined();
      const source = fontkit.create(readFileSync(sources[face ?? 'Regular']));
      const subset = fontkit.create(bytes);
      expect(subset.numGlyphs).toBeLessThan(100);
      const outlines = new Set(
        Array.from({ length: subset.numGlyphs }, (_, gid) => subset.getGlyph(gid).path.toSVG()),
      );
      for (const glyph of source.layout(text).glyphs)
        expect(outlines.has(glyph.path.toSVG()), `${name}: glyph ${glyph.id}`).toBe(true);
    }
  });

  it('fetches the three font files as assets, once, and tries again after a failure', async () => {
    const byName = new Map(
      Object.values(FONT_PATHS).map((p) => [p.split('/').at(-1) ?? '', readFileSync(p)]),
    );
    let calls = 0;
    let fail = true;
    vi.stubGlobal('fetch', async (url: string) => {
      calls++;
      if (fail) return new Response(null, { status: 404 });
      const body = byName.get(url.split('/').at(-1)?.split('?')[0] ?? '');
      return body ? new Response(new Uint8Array(body)) : new Response(null, { status: 404 });
    });
    await expect(loadPdfFontFiles()).rejects.toThrow(/HTTP 404/);
    fail = false;
    const files = await loadPdfFontFiles();
    expect(files.regular.length).toBe(byName.get('NotoSans_400Regular.ttf')?.length);
    expect(files.bold.length).toBe(byName.get('NotoSans_700Bold.ttf')?.length);
    expect(files.italic.length).toBe(byName.get('NotoSans_400Regular_Italic.ttf')?.length);
    const before = calls;
    await loadPdfFontFiles();
    expect(calls).toBe(before);
  });
});
