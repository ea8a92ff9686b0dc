// The erasure certificate ("verklaring van verwijdering") as a PDF: what was erased, when,
// how, what was kept until when and why, and when the last backup holding it expires.
// Noto Sans embedded (features/ui/pdf-fonts.ts), as every PDF Koers makes.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ErasureEntry } from '../../../shared/domain/erasure';
import type { ErasurePlan } from '../../../shared/domain/erasure-plan';
import { embedPdfFonts, pdfPrintable, type PdfFontFiles, type PdfFonts } from '../ui/pdf-fonts';
import { CERTIFICATE_TEXTS, fill, type CertificateLanguage } from './certificate-texts';

export interface CertificateInput {
  entry: ErasureEntry;
  /** The plan the erasure carried out (counts per category; what was kept). */
  plan: ErasurePlan;
  /** On the certificate only: the coach hands it over at once, Koers does not keep it. */
  clientName: string;
  backupDays: number;
  lastBackupExpires: string;
  language: CertificateLanguage;
  /** Whether the vault moved to a fresh store (vault-store.ts); false where it cannot. */
  relocated?: boolean;
  firm?: string;
  coach?: string;
  /** The font files; fetched by the app when left out (tests pass them from disk). */
  fonts?: PdfFontFiles;
}

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const TOP = PAGE[1] - 64;
const BOTTOM = 64;
const WIDTH = PAGE[0] - 2 * MARGIN;
const BRAND = rgb(15 / 255, 92 / 255, 99 / 255);
const INK = rgb(0.11, 0.16, 0.19);
const MUTED = rgb(0.36, 0.42, 0.45);

/** A top-to-bottom layout with wrapping and page breaks; small on purpose (one letter). */
class Layout {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = TOP;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.pages.push(this.page);
    this.y = TOP;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const out: string[] = [];
    let line = '';
    for (const word of pdfPrintable(text).split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    if (line) out.push(line);
    return out;
  }

  text(text: string, opts: { font?: PDFFont; size?: number; color?: typeof INK; x?: number } = {}) {
    const font = opts.font ?? this.fonts.regular;
    const size = opts.size ?? 10.5;
    const x = opts.x ?? MARGIN;
    const height = size * 1.45;
    for (const l of this.wrap(text, font, size, WIDTH - (x - MARGIN))) {
      if (this.y - height < BOTTOM) this.newPage();
      this.page.drawText(l, { x, y: this.y - size, size, font, color: opts.color ?? INK });
      this.y -= height;
    }
  }

  gap(points: number): void {
    this.y -= points;
  }

  heading(text: string): void {
    if (this.y - 60 < BOTTOM) this.newPage();
    this.gap(10);
    this.text(text, { font: this.fonts.bold, size: 12.5, color: BRAND });
    this.gap(2);
  }

  bullet(text: string): void {
    const top = this.y;
    this.text(text, { x: MARGIN + 14 });
    const page = this.pages[this.pages.length - 1];
    if (page === this.page && this.y < top)
      this.page.drawText('•', {
        x: MARGIN + 3,
        y: top - 10.5,
        size: 10.5,
        font: this.fonts.regular,
        color: BRAND,
      });
  }

  footer(page: (n: number, total: number) => string, left: string): void {
    const total = this.pages.length;
    this.pages.forEach((p, i) => {
      const size = 8.5;
      p.drawText(pdfPrintable(left), {
        x: MARGIN,
        y: 36,
        size,
        font: this.fonts.regular,
        color: MUTED,
      });
      const right = page(i + 1, total);
      const w = this.fonts.regular.widthOfTextAtSize(right, size);
      p.drawText(right, {
        x: PAGE[0] - MARGIN - w,
        y: 36,
        size,
        font: this.fonts.regular,
        color: MUTED,
      });
    });
  }
}

const longDate = (iso: string, lang: CertificateLanguage): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

const time = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/** The certificate's bytes. Deterministic for the same input (fixed dates in the PDF). */
export async function renderErasureCertificate(input: CertificateInput): Promise<Uint8Array> {
  const lang = input.language;
  const t = CERTIFICATE_TEXTS[lang];
  const { entry, plan } = input;
  const erasedOn = new Date(entry.erasedAt);
  const doc = await PDFDocument.create();
  const fonts = await embedPdfFonts(doc, input.fonts);
  doc.setTitle(t.title);
  doc.setSubject(t.title);
  if (input.firm) doc.setAuthor(input.firm);
  doc.setCreator('Koers');
  doc.setProducer('Koers (pdf-lib)');
  doc.setLanguage(lang === 'en' ? 'en-GB' : 'nl-NL');
  doc.setCreationDate(erasedOn);
  doc.setModificationDate(erasedOn);

  const w = new Layout(doc, fonts);
  const date = longDate(entry.erasedAt, lang);
  w.text(t.title, { font: fonts.bold, size: 18, color: BRAND });
  w.gap(6);
  w.text(fill(t.to, { name: input.clientName }));
  w.text(fill(t.date, { date }));
  w.text(entry.requestId ? fill(t.request, { id: entry.requestId }) : t.noRequest);
  w.text(fill(t.reference, { id: entry.id }), { color: MUTED, size: 9.5 });
  w.gap(10);
  w.text(fill(t.salutation, { name: input.clientName }));
  w.gap(4);
  w.text(t.intro);

  w.heading(t.headings.what);
  w.text(t.what.intro);
  for (const e of plan.erased) {
    const label = t.categories[e.category];
    const counted = fill(e.count === 1 ? t.what.countedOne : t.what.counted, {
      label,
      count: e.count,
    });
    w.bullet(e.sealed ? `${counted}; ${t.what.sealed}` : counted);
  }

  w.heading(t.headings.when);
  w.text(fill(t.when, { date, time: time(entry.erasedAt) }));

  w.heading(t.headings.how);
  const how = input.relocated === false ? [...t.how.slice(0, -1), t.howKeysOnly] : t.how;
  for (const p of how) {
    w.text(p);
    w.gap(4);
  }

  w.heading(t.headings.kept);
  if (entry.kept.length === 0) w.text(t.kept.none);
  for (const k of entry.kept)
    w.bullet(
      fill(t.kept.item, {
        label: t.categories[k.category],
        until: longDate(k.until, lang),
        why: k.why[lang],
      }),
    );

  w.heading(t.headings.backups);
  w.text(
    fill(t.backups, { days: input.backupDays, date: longDate(input.lastBackupExpires, lang) }),
  );

  w.heading(t.headings.ledger);
  w.text(t.ledger);

  w.gap(16);
  w.text(t.closing);
  w.gap(4);
  if (input.coach) w.text(input.coach);
  if (input.firm) w.text(input.firm);
  w.footer((n, total) => fill(t.page, { n, total }), t.footer);
  return doc.save({ useObjectStreams: false });
}

/** The file name: no client name in it (file names end up in download lists and logs). */
export const certificateFileName = (entry: ErasureEntry, lang: CertificateLanguage): string =>
  `${CERTIFICATE_TEXTS[lang].fileName}-${entry.erasedAt.slice(0, 10)}.pdf`;
