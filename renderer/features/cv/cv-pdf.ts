import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Cv } from '../../../shared/domain/cv';
import {
  cvPerson,
  formatAddress,
  formatBirthDate,
  formatMonthYear,
  formatPeriod,
  type CvLanguage,
  type CvPerson,
} from './cv-format';
import { messages } from './i18n';
import { embedPdfFonts, pdfPrintable, type PdfFontFiles, type PdfFonts } from '../ui/pdf-fonts';

export interface CvPdfOptions {
  language: CvLanguage;
  /** The document's creation date; the clock when left out. */
  now?: Date;
  /** The font files, where they cannot be fetched (Node, the tests); see ui/pdf-fonts.ts. */
  fontFiles?: PdfFontFiles;
}

// A4 in points, with 2 cm margins.
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 60;
const LEFT_COL = 112;
const GAP = 14;
const RIGHT_X = MARGIN + LEFT_COL + GAP;
const RIGHT_W = PAGE[0] - MARGIN - RIGHT_X;
const FULL_W = PAGE[0] - 2 * MARGIN;

const BRAND = rgb(15 / 255, 92 / 255, 99 / 255);
const INK = rgb(0.11, 0.16, 0.19);
const MUTED = rgb(0.36, 0.42, 0.45);
const RULE = rgb(0.8, 0.85, 0.86);

type Fonts = PdfFonts;
interface Line {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
  /** Distance from this line's top to the next line's top. */
  height: number;
}

/**
 * A clean A4 CV. Pure: the CV and the person in, the PDF's bytes out; no DOM, so it runs in
 * Node for the tests. Only the fields of CvPerson are read, and only those the CV's
 * `include` switches on: never a BSN, client number or anything medical.
 */
export async function buildCvPdf(
  cv: Cv,
  personIn: CvPerson,
  options: CvPdfOptions,
): Promise<Uint8Array> {
  const person = cvPerson(personIn);
  const labels = messages[options.language].cv;
  const doc = await PDFDocument.create();
  const fonts: Fonts = await embedPdfFonts(doc, options.fontFiles);
  const name = [person.voornaam || person.voorletters, person.tussenvoegsel, person.achternaam]
    .filter(Boolean)
    .join(' ');
  const now = options.now ?? new Date();
  doc.setTitle(`${labels.document.title} ${name}`);
  doc.setSubject(labels.document.title);
  doc.setCreator('Koers');
  doc.setProducer('Koers (pdf-lib)');
  doc.setLanguage(options.language === 'en' ? 'en-GB' : 'nl-NL');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const w = new Writer(doc, fonts);
  const period = (from: string, to: string) =>
    formatPeriod(from, to, options.language, labels.document.present);
  const my = (value: string) => formatMonthYear(value, options.language);

  // Header: the name, then the contact details the client chose.
  w.paragraph(MARGIN, FULL_W, name, fonts.bold, 22, BRAND, 28);
  const contact = [
    cv.include.phone ? person.telefoon : '',
    cv.include.email ? person.email : '',
    cv.include.address ? formatAddress(person) : '',
    cv.include.birthDate && person.geboortedatum
      ? fill(labels.document.born, {
          date: formatBirthDate(person.geboortedatum, options.language),
        })
      : '',
  ].filter(Boolean);
  if (contact.length)
    w.paragraph(MARGIN, FULL_W, contact.join('   ·   '), fonts.regular, 10, MUTED, 14);
  w.gap(6);
  w.rule(BRAND, 1.5);
  w.gap(4);

  if (cv.profile.trim()) {
    w.heading(labels.sections.profile);
    w.paragraph(MARGIN, FULL_W, cv.profile, fonts.regular, 10.5, INK, 15);
  }

  if (cv.work.length) {
    w.heading(labels.sections.work);
    for (const job of cv.work) {
      w.item(period(job.from, job.to), [
        ...w.wrap(job.jobTitle, fonts.bold, 11, INK, 15),
        ...w.wrap(joinParts(job.employer, job.place), fonts.regular, 10, MUTED, 14),
        ...w.wrapParagraphs(job.description, fonts.regular, 10, INK, 14),
      ]);
    }
  }

  if (cv.education.length) {
    w.heading(labels.sections.education);
    for (const ed of cv.education) {
      w.item(period(ed.from, ed.to), [
        ...w.wrap(ed.title, fonts.bold, 11, INK, 15),
        ...w.wrap(joinParts(ed.institution, ed.place), fonts.regular, 10, MUTED, 14),
        ...(ed.diploma ? w.wrap(labels.document.diploma, fonts.italic, 9.5, MUTED, 13.5) : []),
        ...w.wrapParagraphs(ed.notes, fonts.regular, 10, INK, 14),
      ]);
    }
  }

  if (cv.courses.length) {
    w.heading(labels.sections.courses);
    for (const c of cv.courses) {
      w.item(my(c.date), [
        ...w.wrap(c.name, fonts.bold, 11, INK, 15),
        ...w.wrap(c.issuer, fonts.regular, 10, MUTED, 14),
        ...(c.validUntil
          ? w.wrap(
              fill(labels.document.validUntil, { date: my(c.validUntil) }),
              fonts.italic,
              9.5,
              MUTED,
              13.5,
            )
          : []),
      ]);
    }
  }

  if (cv.skills.length) {
    w.heading(labels.sections.skills);
    for (const s of cv.skills) {
      w.bullet(s.description ? `${s.name} – ${s.description}` : s.name);
    }
  }

  if (cv.languages.length) {
    w.heading(labels.sections.languages);
    for (const l of cv.languages) {
      w.item(l.language, w.wrap(labels.levels[l.level], fonts.regular, 10, INK, 14), {
        leftFont: fonts.bold,
        leftColor: INK,
        leftSize: 10,
        after: 2,
      });
    }
  }

  const modes = (['ownCar', 'publicTransport', 'bicycle'] as const)
    .filter((m) => cv.mobility[m])
    .map((m) => labels.document.modes[m]);
  if (cv.licences.length || modes.length || cv.mobility.maxTravelMinutes !== null) {
    w.heading(labels.document.licenceAndMobility);
    const row = (label: string, value: string) =>
      w.item(label, w.wrap(value, fonts.regular, 10, INK, 14), { after: 2 });
    if (cv.licences.length) row(labels.document.licence, cv.licences.join(', '));
    if (modes.length) row(labels.document.transport, capitalize(modes.join(', ')));
    if (cv.mobility.maxTravelMinutes !== null)
      row(
        labels.document.travel,
        fill(labels.document.minutes, { minutes: String(cv.mobility.maxTravelMinutes) }),
      );
  }

  if (cv.references.length) {
    w.heading(labels.sections.references);
    for (const r of cv.references.filter((x) => !x.onRequestOnly)) {
      w.item('', [
        ...w.wrap(r.name, fonts.bold, 11, INK, 15),
        ...w.wrap(r.relation, fonts.regular, 10, MUTED, 14),
        ...w.wrap(r.contact, fonts.regular, 10, INK, 14),
      ]);
    }
    // References who only want to be called on request are not named on paper at all.
    if (cv.references.some((x) => x.onRequestOnly))
      w.paragraph(MARGIN, FULL_W, labels.document.referencesOnRequest, fonts.italic, 10, MUTED, 14);
  }

  w.footers(name, labels.document.page);
  return doc.save();
}

const line = (text: string, font: PDFFont, size: number, color: RGB, height: number): Line => ({
  text: pdfPrintable(text),
  font,
  size,
  color,
  height,
});

const joinParts = (...parts: string[]) => parts.filter(Boolean).join(', ');
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/** Lays out top to bottom and starts a new page when the next block does not fit. */
class Writer {
  private page: PDFPage;
  private readonly pages: PDFPage[] = [];
  /** Top of the next line. */
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    this.page = this.doc.addPage(PAGE);
    this.pages.push(this.page);
    this.y = PAGE[1] - MARGIN;
    return this.page;
  }

  private fits(height: number): boolean {
    return this.y - height >= BOTTOM;
  }

  private ensure(height: number): void {
    if (!this.fits(height)) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  rule(color: RGB, thickness: number): void {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: PAGE[0] - MARGIN, y: this.y },
      thickness,
      color,
    });
    this.y -= thickness;
  }

  private draw(x: number, l: Line): void {
    // Baseline about one cap height below the top of the line.
    this.page.drawText(l.text, {
      x,
      y: this.y - l.size * 0.8,
      size: l.size,
      font: l.font,
      color: l.color,
    });
  }

  lines(x: number, lines: Line[]): void {
    for (const l of lines) {
      this.ensure(l.height);
      this.draw(x, l);
      this.y -= l.height;
    }
  }

  paragraph(
    x: number,
    width: number,
    text: string,
    font: PDFFont,
    size: number,
    color: RGB,
    height: number,
  ): void {
    this.lines(x, this.wrapParagraphs(text, font, size, color, height, width));
  }

  /** A section heading, kept on the same page as the first lines after it. */
  heading(title: string): void {
    if (!this.fits(14 + 25 + 45)) this.newPage();
    else this.gap(14);
    this.draw(MARGIN, line(title.toUpperCase(), this.fonts.bold, 11.5, BRAND, 16));
    this.y -= 17;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: PAGE[0] - MARGIN, y: this.y },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 8;
  }

  /** Two columns: a short label (the period) on the left, the lines on the right. */
  item(
    left: string,
    right: Line[],
    opts: { leftFont?: PDFFont; leftColor?: RGB; leftSize?: number; after?: number } = {},
  ): void {
    const total = right.reduce((h, l) => h + l.height, 0);
    // Keep short items together; a long one may break, but not before its third line.
    const keep = total <= 220 ? total : right.slice(0, 3).reduce((h, l) => h + l.height, 0);
    this.ensure(keep);
    const leftLines = left
      ? this.wrap(
          left,
          opts.leftFont ?? this.fonts.regular,
          opts.leftSize ?? 9.5,
          opts.leftColor ?? MUTED,
          13,
          LEFT_COL,
        )
      : [];
    const top = this.y;
    // The left label sits on the baseline of the first right-hand line.
    const shift = right[0] ? (right[0].size - (leftLines[0]?.size ?? 0)) * 0.8 : 0;
    this.y = top - shift;
    for (const l of leftLines) {
      this.draw(MARGIN, l);
      this.y -= l.height;
    }
    const leftBottom = this.y;
    this.y = top;
    this.lines(RIGHT_X, right);
    // Only when the item stayed on one page can the left column be taller than the right.
    if (this.y <= top) this.y = Math.min(this.y, leftBottom);
    this.y -= opts.after ?? 8;
  }

  bullet(text: string): void {
    const lines = this.wrap(text, this.fonts.regular, 10, INK, 14, FULL_W - 12);
    this.ensure(lines[0]?.height ?? 14);
    this.draw(MARGIN + 1, line('•', this.fonts.regular, 10, BRAND, 14));
    this.lines(MARGIN + 12, lines);
    this.y -= 2;
  }

  /** Text broken into lines that fit `width`; line breaks in the text are kept. */
  wrapParagraphs(
    text: string,
    font: PDFFont,
    size: number,
    color: RGB,
    height: number,
    width = RIGHT_W,
  ): Line[] {
    const out: Line[] = [];
    for (const para of text.split(/\r?\n/)) {
      if (para.trim() === '') {
        if (out.length) out.push(line('', font, size, color, height / 2));
        continue;
      }
      out.push(...this.wrap(para, font, size, color, height, width));
    }
    while (out.length && out[out.length - 1]?.text === '') out.pop();
    return out;
  }

  wrap(
    text: string,
    font: PDFFont,
    size: number,
    color: RGB,
    height: number,
    width = RIGHT_W,
  ): Line[] {
    const clean = pdfPrintable(text.replace(/\s+/g, ' ').trim());
    if (!clean) return [];
    const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
    const out: string[] = [];
    let current = '';
    for (const word of clean.split(' ')) {
      const candidate = current ? `${current} ${word}` : word;
      if (fits(candidate)) {
        current = candidate;
        continue;
      }
      if (current) out.push(current);
      current = word;
      // A word wider than the column (a long e-mail address or URL) is cut where it must.
      while (!fits(current)) {
        let cut = current.length - 1;
        while (cut > 1 && !fits(current.slice(0, cut))) cut--;
        out.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    if (current) out.push(current);
    return out.map((s) => line(s, font, size, color, height));
  }

  /** The name and "Pagina 1 van 2" on every page, once the page count is known. */
  footers(name: string, template: string): void {
    const size = 8;
    this.pages.forEach((page, i) => {
      const right = pdfPrintable(
        fill(template, { page: String(i + 1), pages: String(this.pages.length) }),
      );
      page.drawText(pdfPrintable(name), {
        x: MARGIN,
        y: 32,
        size,
        font: this.fonts.regular,
        color: MUTED,
      });
      page.drawText(right, {
        x: PAGE[0] - MARGIN - this.fonts.regular.widthOfTextAtSize(right, size),
        y: 32,
        size,
        font: this.fonts.regular,
        color: MUTED,
      });
    });
  }
}
