import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildCvPdf } from '../../../../../renderer/features/cv/cv-pdf';
import type { Reference, WorkExperience } from '../../../../../shared/domain/cv';
import { nodePdfFontFiles } from '../ui/pdf-font-files';
import { BSN, fullCv, person } from './fixtures';
import { pdfPagesText } from './pdf-text';

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const fontFiles = nodePdfFontFiles();

describe('CV as PDF', () => {
  it('is a one-page A4 PDF holding the name, the sections and the items in their order', async () => {
    const bytes = await buildCvPdf(fullCv(), person(), { language: 'nl', fontFiles });
    expect(latin1(bytes.slice(0, 5))).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);

    const [text = ''] = await pdfPagesText(bytes);
    expect(text.split('\n')[0]).toBe('Jan de Vries');
    for (const heading of ['PROFIEL', 'WERKERVARING', 'OPLEIDINGEN', 'TALEN', 'REFERENTIES'])
      expect(text).toContain(heading);
    expect(text.indexOf('Orderpicker')).toBeLessThan(text.indexOf('Kok'));
    expect(text).toContain('mrt. 2018 – heden');
    expect(text).toContain('2012 – feb. 2018');
    expect(text).toContain('Diploma behaald');
    expect(text).toContain('B1 – redelijk');
    expect(text).toContain('B, BE');
    expect(text).toContain('Eigen auto, fiets');
    expect(text).toContain('45 minuten (enkele reis)');
    expect(text).toContain('Pagina 1 van 1');
    expect(doc.getTitle()).toBe('Curriculum vitae Jan de Vries');
  });

  it('never holds the BSN or the client number, and only the contact details switched on', async () => {
    const client = person();
    const bytes = await buildCvPdf(fullCv(), client, { language: 'nl', fontFiles });
    const [text = ''] = await pdfPagesText(bytes);
    expect(text).toContain('06 12345678');
    expect(text).toContain('jan@example.nl');
    expect(text).not.toContain('Stationsstraat');
    expect(text).not.toContain('1985');
    for (const secret of [BSN, '111 222 333', 'K-1001']) {
      expect(text).not.toContain(secret);
      expect(latin1(bytes)).not.toContain(secret);
    }

    const cv = {
      ...fullCv(),
      include: { phone: false, email: false, address: true, birthDate: true },
    };
    const [other = ''] = await pdfPagesText(
      await buildCvPdf(cv, client, { language: 'nl', fontFiles }),
    );
    expect(other).not.toContain('12345678');
    expect(other).not.toContain('jan@example.nl');
    expect(other).toContain('Stationsstraat 12, 3511 AB Utrecht');
    expect(other).toContain('Geboren 12 maart 1985');
  });

  it('prints Turkish and Polish names as themselves, in an embedded subset font', async () => {
    const names = 'Ayşe Yılmaz-Doğan, Łukasz Nowak';
    const cv = fullCv();
    cv.work[0] = { ...(cv.work[0] as WorkExperience), jobTitle: 'Şoför', description: names };
    cv.references[0] = { ...(cv.references[0] as Reference), name: 'Łukasz Nowak' };
    const client = person({ voornaam: 'Ayşe', tussenvoegsel: '', achternaam: 'Yılmaz-Doğan' });
    const bytes = await buildCvPdf(cv, client, { language: 'nl', fontFiles });
    const [text = ''] = await pdfPagesText(bytes);
    expect(text.split('\n')[0]).toBe('Ayşe Yılmaz-Doğan');
    expect(text).toContain('Şoför');
    expect(text).toContain(names);
    expect(text).toContain('Łukasz Nowak');
    expect(text).toContain('Ayşe Yılmaz-Doğan\nPagina 1 van 1');
    // Subset: the three faces add tens of kilobytes, not the 1.9 MB of the font files.
    expect(bytes.length).toBeLessThan(60_000);
    const doc = await PDFDocument.load(bytes);
    const baseFonts = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, obj]) =>
        obj instanceof PDFDict && obj.get(PDFName.of('Subtype')) === PDFName.of('Type0')
          ? [String(obj.get(PDFName.of('BaseFont')))]
          : [],
      );
    // Three faces of Noto Sans; the size check above shows they are subsets.
    expect(baseFonts).toHaveLength(3);
    for (const f of baseFonts) expect(f).toMatch(/^\/NotoSans-(?:Regular|Bold|Italic)/);
    expect(doc.getPageCount()).toBe(1);
  });

  it('shows "?" for what the font lacks (emoji, Arabic), and keeps Dutch accents', async () => {
    const cv = fullCv();
    cv.work[0] = {
      ...(cv.work[0] as WorkExperience),
      description: 'Gıda dağıtımı 🚚 في المدينة',
    };
    const client = person({ voornaam: 'Zoë', tussenvoegsel: '', achternaam: 'Çelik' });
    const [text = ''] = await pdfPagesText(
      await buildCvPdf(cv, client, { language: 'nl', fontFiles }),
    );
    expect(text.split('\n')[0]).toBe('Zoë Çelik');
    expect(text).toContain('Gıda dağıtımı ? ?? ???????');
  });

  it('flows onto more pages, with a footer on each, and wraps words wider than a column', async () => {
    const cv = fullCv();
    cv.work = Array.from({ length: 14 }, (_, i) => ({
      ...(cv.work[0] as WorkExperience),
      id: `w${i}`,
      jobTitle: `Functie ${i + 1}`,
      description: 'Verantwoordelijk voor de dagelijkse gang van zaken. '.repeat(6),
    }));
    cv.references[0] = {
      ...(cv.references[0] as Reference),
      contact: `petra.${'x'.repeat(120)}@example.nl`,
    };
    const bytes = await buildCvPdf(cv, person(), { language: 'nl', fontFiles });
    const pages = await pdfPagesText(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((p, i) => expect(p).toContain(`Pagina ${i + 1} van ${pages.length}`));
    const all = pages.join('\n');
    for (let i = 1; i <= 14; i++) expect(all).toContain(`Functie ${i}\n`);
    expect(all.indexOf('Functie 2\n')).toBeLessThan(all.indexOf('Functie 14\n'));
    expect(all).toContain('@example.nl');
  });

  it('leaves out references who only want to be asked for, and says so', async () => {
    const cv = fullCv();
    cv.references.push({
      id: 'r2',
      name: 'Kees Bakker',
      relation: 'Oud-collega',
      contact: 'kees@example.nl',
      onRequestOnly: true,
    });
    const text = (
      await pdfPagesText(await buildCvPdf(cv, person(), { language: 'nl', fontFiles }))
    ).join('\n');
    expect(text).toContain('Petra Smit');
    expect(text).not.toContain('Kees Bakker');
    expect(text).not.toContain('kees@example.nl');
    expect(text).toContain('Referenties zijn op aanvraag beschikbaar.');
  });

  it('writes English headings and month names when asked, and leaves empty sections out', async () => {
    const cv = { ...fullCv(), courses: [], references: [] };
    const [text = ''] = await pdfPagesText(
      await buildCvPdf(cv, person(), { language: 'en', fontFiles }),
    );
    expect(text).toContain('WORK EXPERIENCE');
    expect(text).toContain('Mar 2018 – present');
    expect(text).toContain('Native');
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('COURSES');
    expect(text).not.toContain('REFERENCES');
  });
});
