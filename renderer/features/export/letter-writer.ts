// The letter's page layout (A4, header and footer, wrapping, page breaks), apart from what it
// says: letter-pdf.ts decides the content, letter-values.ts turns data into lines.
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { pdfPrintable, type PdfFonts } from '../ui/pdf-fonts';
import type { ValueLine } from './letter-values';

// A4 in points, 2 cm margins; the header and footer sit inside the margins.
export const PAGE: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const TOP = PAGE[1] - 70;
export const BOTTOM = 64;
export const FULL_W = PAGE[0] - 2 * MARGIN;
export const LABEL_W = 150;
export const VALUE_X = MARGIN + LABEL_W + 10;
export const VALUE_W = PAGE[0] - MARGIN - VALUE_X;
export const INDENT = 12;

export const BRAND = rgb(15 / 255, 92 / 255, 99 / 255);
export const INK = rgb(0.11, 0.16, 0.19);
export const MUTED = rgb(0.36, 0.42, 0.45);
export const RULE = rgb(0.8, 0.85, 0.86);

export interface Line {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
  height: number;
}

/** Lays out top to bottom; a block that does not fit starts a new page. */
export class Writer {
  private page!: PDFPage;
  private readonly pages: PDFPage[] = [];
  /** Top of the next line. */
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.pages.push(this.page);
    this.y = TOP;
  }

  private ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  gap(points: number): void {
    if (this.y < TOP) this.y -= points;
  }

  private draw(x: number, l: Line): void {
    if (l.text === '') return;
    this.page.drawText(l.text, {
      x,
      y: this.y - l.size * 0.8,
      size: l.size,
      font: l.font,
      color: l.color,
    });
  }

  private lines(x: number, lines: Line[]): void {
    for (const l of lines) {
      this.ensure(l.height);
      this.draw(x, l);
      this.y -= l.height;
    }
  }

  /** One line, not wrapped: titles and headings stay one run of text for a reader's search. */
  text(text: string, font: PDFFont, size: number, color: RGB, height: number): void {
    this.lines(MARGIN, this.wrap(text, font, size, color, height, FULL_W));
  }

  paragraph(text: string, indent = 0): void {
    this.lines(
      MARGIN + indent,
      this.wrap(text, this.fonts.regular, 10, INK, 14.5, FULL_W - indent),
    );
    this.y -= 3;
  }

  /** A numbered section heading, kept with at least three lines after it. */
  heading(title: string): void {
    const fresh = this.y >= TOP;
    this.ensure(16 + 24 + 45);
    if (!fresh && this.y < TOP) this.y -= 16;
    this.draw(MARGIN, line(title, this.fonts.bold, 13, BRAND, 18));
    this.y -= 19;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: PAGE[0] - MARGIN, y: this.y },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 8;
  }

  subheading(title: string, before = 6): void {
    this.ensure(before + 16 + 30);
    if (this.y < TOP) this.y -= before;
    this.lines(MARGIN, this.wrap(title, this.fonts.bold, 11, INK, 16, FULL_W));
    this.y -= 2;
  }

  recordTitle(title: string): void {
    this.ensure(14 + 30);
    this.lines(MARGIN, this.wrap(title, this.fonts.bold, 9.5, MUTED, 14, FULL_W));
  }

  bullet(text: string): void {
    const lines = this.wrap(text, this.fonts.regular, 10, INK, 14.5, FULL_W - INDENT);
    this.ensure(lines[0]?.height ?? 14.5);
    this.draw(MARGIN + 2, line('•', this.fonts.regular, 10, BRAND, 14.5));
    this.lines(MARGIN + INDENT, lines);
    this.y -= 2;
  }

  /** A label on the left, its value's lines on the right (indented by depth). */
  field(label: string, values: ValueLine[]): void {
    const left = this.wrap(label, this.fonts.regular, 9, MUTED, 13, LABEL_W);
    const right = values.flatMap((v) =>
      this.wrap(v.text, this.fonts.regular, 9.5, INK, 13.5, VALUE_W - v.depth * INDENT).map(
        (l) => ({ l, depth: v.depth }),
      ),
    );
    const leftH = left.reduce((h, l) => h + l.height, 0);
    const firstH = right.slice(0, 3).reduce((h, r) => h + r.l.height, 0);
    this.ensure(Math.max(leftH, firstH));
    const top = this.y;
    // The label sits on the baseline of the value's first line.
    this.y -= ((right[0]?.l.size ?? 9) - (left[0]?.size ?? 9)) * 0.8;
    for (const l of left) {
      this.draw(MARGIN, l);
      this.y -= l.height;
    }
    const leftBottom = this.y;
    this.y = top;
    const startPage = this.page;
    for (const r of right) {
      this.ensure(r.l.height);
      this.draw(VALUE_X + r.depth * INDENT, r.l);
      this.y -= r.l.height;
    }
    if (this.page === startPage) this.y = Math.min(this.y, leftBottom);
    this.y -= 3;
  }

  /** Text broken into lines that fit `width`; words wider than the line are cut. */
  private wrap(
    text: string,
    font: PDFFont,
    size: number,
    color: RGB,
    height: number,
    width: number,
  ): Line[] {
    const out: Line[] = [];
    for (const para of text.split(/\r?\n/)) {
      const clean = pdfPrintable(para.replace(/\s+/g, ' ').trim());
      if (!clean) continue;
      const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
      // A line's width is the sum of its words' and spaces' widths, each measured once (the
      // font shapes every measured string: measuring the growing line again for each word
      // made a 2,000-entry letter take more than a minute).
      const space = unitWidth(font, ' ') * size;
      let current = '';
      let currentWidth = 0;
      for (const word of clean.split(' ')) {
        const wordWidth = unitWidth(font, word) * size;
        const candidateWidth = current ? currentWidth + space + wordWidth : wordWidth;
        if (candidateWidth <= width) {
          current = current ? `${current} ${word}` : word;
          currentWidth = candidateWidth;
          continue;
        }
        if (current) out.push(line(current, font, size, color, height));
        current = word;
        while (!fits(current)) {
          let cut = current.length - 1;
          while (cut > 1 && !fits(current.slice(0, cut))) cut--;
          out.push(line(current.slice(0, cut), font, size, color, height));
          current = current.slice(cut);
        }
        currentWidth = unitWidth(font, current) * size;
      }
      if (current) out.push(line(current, font, size, color, height));
    }
    return out;
  }

  /** The header (firm) and footer (client, date, page n of N) on every page. */
  decorate(header: string, page: (n: number, total: number) => string, footer: string): void {
    const size = 8;
    const total = this.pages.length;
    this.pages.forEach((p, i) => {
      const head = pdfPrintable(header);
      p.drawText(head, { x: MARGIN, y: PAGE[1] - 40, size, font: this.fonts.bold, color: BRAND });
      p.drawLine({
        start: { x: MARGIN, y: PAGE[1] - 46 },
        end: { x: PAGE[0] - MARGIN, y: PAGE[1] - 46 },
        thickness: 0.5,
        color: RULE,
      });
      p.drawLine({
        start: { x: MARGIN, y: 48 },
        end: { x: PAGE[0] - MARGIN, y: 48 },
        thickness: 0.5,
        color: RULE,
      });
      const foot = pdfPrintable(footer);
      p.drawText(foot, { x: MARGIN, y: 36, size, font: this.fonts.regular, color: MUTED });
      const num = pdfPrintable(page(i + 1, total));
      const numW = this.fonts.regular.widthOfTextAtSize(num, size);
      p.drawText(num, {
        x: PAGE[0] - MARGIN - numW,
        y: 36,
        size,
        font: this.fonts.regular,
        color: MUTED,
      });
    });
  }
}

/** Widths at size 1, per font and string: a dossier repeats its words many times. */
export const widths = new WeakMap<PDFFont, Map<string, number>>();
export function unitWidth(font: PDFFont, text: string): number {
  let known = widths.get(font);
  if (!known) widths.set(font, (known = new Map()));
  let w = known.get(text);
  if (w === undefined) {
    w = font.widthOfTextAtSize(text, 1);
    if (known.size < 50_000) known.set(text, w);
  }
  return w;
}

export const line = (
  text: string,
  font: PDFFont,
  size: number,
  color: RGB,
  height: number,
): Line => ({
  text: pdfPrintable(text),
  font,
  size,
  color,
  height,
});
