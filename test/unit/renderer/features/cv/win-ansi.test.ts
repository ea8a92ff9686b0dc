import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  canEncodeWinAnsi,
  replacedCharacters,
  toWinAnsi,
} from '../../../../../renderer/features/cv/win-ansi';

describe('WinAnsi for the standard PDF fonts', () => {
  it('agrees with pdf-lib on every character of the Basic Multilingual Plane', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const supported = new Set(font.getCharacterSet());
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (canEncodeWinAnsi(ch) !== supported.has(cp)) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('transliterates Turkish, Polish and Romanian letters, and keeps Dutch ones', () => {
    expect(toWinAnsi('Ayşe Yılmaz')).toBe('Ayse Yilmaz');
    expect(toWinAnsi('İstanbul, Ağrı, Şişli')).toBe('Istanbul, Agri, Sisli');
    expect(toWinAnsi('Łukasz Wałęsa, Ștefan')).toBe('Lukasz Walesa, Stefan');
    expect(toWinAnsi('Zoë Çelik, café, € 12,–')).toBe('Zoë Çelik, café, € 12,–');
  });

  it('turns odd spaces and dashes into plain ones, drops invisible characters, marks the rest', () => {
    expect(toWinAnsi('a\u2009b\u200bc\td\u2212e')).toBe('a bc d-e');
    expect(toWinAnsi('ok 👍 Ж')).toBe('ok ? ?');
  });

  it('lists what the PDF will show differently, once each, for the notice in the tab', () => {
    expect(replacedCharacters(['Ayşe Yılmaz', 'Şoför', 'Ayşe', 'Zoë'])).toEqual([
      { from: 'ş', to: 's' },
      { from: 'ı', to: 'i' },
      { from: 'Ş', to: 'S' },
    ]);
    expect(replacedCharacters(['Jan de Vries', 'regel 1\nregel 2\t'])).toEqual([]);
  });
});
