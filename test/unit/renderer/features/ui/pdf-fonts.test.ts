import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PDF_FONT_COVERAGE,
  pdfFontCovers,
} from '../../../../../renderer/features/ui/pdf-font-coverage';
import {
  loadPdfFontFiles,
  pdfPrintable,
  pdfReplacedCharacters,
} from '../../../../../renderer/features/ui/pdf-fonts';
import { FONT_PATHS } from './pdf-font-files';

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
