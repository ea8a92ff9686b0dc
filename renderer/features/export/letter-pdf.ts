import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { ConsentRegister, Ground } from '../../../shared/domain/consent';
import type { DocumentMeta } from '../../../shared/domain/documents';
import type { HealthFields } from '../../../shared/domain/health';
import type { DossierJson, ExportedRecord } from '../../../shared/export/format';
import {
  ALL_RECORD_KINDS,
  RECORD_KINDS,
  type DataCategory,
  type KindSpec,
  type Label,
  type RecordKind,
  type RetentionClass,
} from '../../../shared/records/registry';
import { embedPdfFonts, pdfPrintable, type PdfFontFiles, type PdfFonts } from '../ui/pdf-fonts';
import { fill, LETTER_TEXTS, type LetterLanguage, type LetterTexts } from './letter-texts';

export interface AccessLetterOptions {
  language: LetterLanguage;
  /** The font files, where they cannot be fetched (Node, the tests); see ui/pdf-fonts.ts. */
  fonts?: PdfFontFiles;
  /** The letter's date; the export's date when left out, so the letter matches its archive. */
  today?: Date;
}

/**
 * The letter for the exporter (DossierExporter.write's `letter`): the wizard passes
 * `accessLetter({ language })` and the exporter hands it the dossier it is writing.
 */
export const accessLetter =
  (opts: AccessLetterOptions) =>
  (dossier: DossierJson): Promise<Uint8Array> =>
    renderAccessLetter(dossier, opts);

// A4 in points, 2 cm margins; the header and footer sit inside the margins.
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const TOP = PAGE[1] - 70;
const BOTTOM = 64;
const FULL_W = PAGE[0] - 2 * MARGIN;
const LABEL_W = 150;
const VALUE_X = MARGIN + LABEL_W + 10;
const VALUE_W = PAGE[0] - MARGIN - VALUE_X;
const INDENT = 12;

const BRAND = rgb(15 / 255, 92 / 255, 99 / 255);
const INK = rgb(0.11, 0.16, 0.19);
const MUTED = rgb(0.36, 0.42, 0.45);
const RULE = rgb(0.8, 0.85, 0.86);

const spec = (kind: RecordKind) => RECORD_KINDS[kind] as KindSpec<unknown>;

/** A value as lines of text, each with its depth (nested objects and lists indent). */
interface ValueLine {
  text: string;
  depth: number;
}

/**
 * inzage.pdf: the answer to an access request (AVG art. 15). Pure: the dossier in, the
 * PDF's bytes out; no DOM, so it runs in the browser and in Node. The art. 15 information
 * comes first (purposes, categories, recipients, retention, origin, rights, complaint, no
 * automated decisions), then every record of the dossier, walked in the registry's order
 * and labelled by it: a new record kind appears here without touching this file.
 */
export async function renderAccessLetter(
  dossier: DossierJson,
  opts: AccessLetterOptions,
): Promise<Uint8Array> {
  const lang = opts.language;
  const t = LETTER_TEXTS[lang];
  const today = opts.today ?? new Date(dossier.exportedAt);
  const doc = await PDFDocument.create();
  const fonts = await embedPdfFonts(doc, opts.fonts);
  const firm =
    dossier.firm || (lang === 'nl' ? 'uw re-integratiebureau' : 'your reintegration firm');
  const name = dossier.client.name;
  const dateText = longDate(today, lang);
  doc.setTitle(`${t.title}: ${name}`);
  doc.setAuthor(dossier.firm);
  doc.setSubject(t.title);
  doc.setCreator('Koers');
  doc.setProducer('Koers (pdf-lib)');
  doc.setLanguage(lang === 'en' ? 'en-GB' : 'nl-NL');
  doc.setCreationDate(today);
  doc.setModificationDate(today);

  const w = new Writer(doc, fonts);
  const present = presentKinds(dossier);
  const has = (k: RecordKind) => present.includes(k);
  const first = <T>(k: RecordKind): T | undefined => dossier.records[k]?.[0]?.data as T | undefined;

  // Title block.
  w.text(t.title, fonts.bold, 18, BRAND, 24);
  w.gap(4);
  w.text(fill(t.to, { name }), fonts.regular, 10.5, INK, 15);
  w.text(fill(t.date, { date: dateText }), fonts.regular, 10.5, INK, 15);
  if (dossier.coach) w.text(fill(t.coach, { coach: dossier.coach }), fonts.regular, 10.5, INK, 15);
  w.text(
    dossier.requestId ? fill(t.request, { id: dossier.requestId }) : t.noRequest,
    fonts.regular,
    10.5,
    INK,
    15,
  );
  w.gap(10);
  w.paragraph(fill(t.salutation, { name }));
  w.gap(4);
  w.paragraph(fill(t.intro, { firm }));

  // 1. Purposes, and the grounds on record.
  const consent = first<ConsentRegister>('consent-register');
  w.heading(t.headings.purposes);
  w.paragraph(t.purposes.intro);
  w.bullet(t.purposes.coaching);
  if (has('poortwachter-case') || has('poortwachter-case-sealed'))
    w.bullet(t.purposes.poortwachter);
  if (has('uwv-trajectory')) w.bullet(t.purposes.trajectory);
  if (has('cv')) w.bullet(t.purposes.cv);
  w.bullet(t.purposes.legal);
  w.bullet(t.purposes.accountability);
  w.gap(4);
  const grounds = consent?.grounds ?? [];
  if (grounds.length) {
    w.paragraph(t.purposes.groundsIntro);
    for (const g of grounds) w.bullet(groundText(g, t, lang));
  } else w.paragraph(t.purposes.noGrounds);

  // 2. Categories present in this dossier, from the registry.
  w.heading(t.headings.categories);
  w.paragraph(t.categories.intro);
  for (const c of categoriesOf(dossier, present)) {
    const notes = [fill(t.categories.counted, { n: String(c.count) })];
    if (c.special) notes.push(t.categories.special);
    w.bullet(`${t.categoryLabels[c.category]} (${notes.join('; ')})`);
  }

  // 3. Recipients: what the dossier records, and no more.
  w.heading(t.headings.recipients);
  w.paragraph(t.recipients.intro);
  for (const g of grounds) {
    const withdrawn = g.withdrawnOn
      ? fill(t.recipients.withdrawn, { date: shortDate(g.withdrawnOn) })
      : '';
    const vars = {
      date: shortDate(g.givenOn),
      withdrawn,
      basis: t.bases[g.basis] ?? g.basis,
      description: g.description,
    };
    if (g.scope === 'cv-to-employers' && g.employers.length)
      w.bullet(fill(t.recipients.cvEmployers, { ...vars, employers: g.employers.join(', ') }));
    else if (g.scope === 'share-employer') w.bullet(fill(t.recipients.employer, vars));
    else if (g.scope === 'other' && g.description) w.bullet(fill(t.recipients.other, vars));
  }
  const docs = documentsOf(dossier);
  for (const d of docs.filter((x) => x.meta.direction === 'verzonden'))
    w.bullet(
      fill(t.recipients.sent, {
        to: d.meta.counterparty || '?',
        file: d.meta.fileName,
        date: shortDate(d.meta.date),
      }),
    );
  if (has('poortwachter-case') || has('poortwachter-case-sealed'))
    w.bullet(t.recipients.poortwachter);
  if (has('uwv-trajectory')) w.bullet(t.recipients.trajectory);
  w.bullet(t.recipients.client);
  w.gap(4);
  w.paragraph(t.recipients.noRegister);

  // 4. Retention per category, from the registry's retention classes (domain.md §6).
  w.heading(t.headings.retention);
  w.paragraph(t.retention.intro);
  for (const c of categoriesOf(dossier, present)) {
    const periods = c.retention.map((r) => t.retention.classes[r]);
    w.bullet(`${t.categoryLabels[c.category]}: ${periods.join('; ')}.`);
  }
  w.gap(4);
  w.paragraph(t.retention.backups);

  // 5. Origin: as far as the dossier records it.
  w.heading(t.headings.origin);
  w.paragraph(t.origin.intro);
  w.bullet(t.origin.client);
  for (const d of docs.filter((x) => x.meta.direction === 'ontvangen'))
    w.bullet(
      fill(t.origin.received, {
        from: d.meta.counterparty || '?',
        file: d.meta.fileName,
        date: shortDate(d.meta.date),
      }),
    );
  if (has('poortwachter-case') || has('poortwachter-case-sealed')) w.bullet(t.origin.poortwachter);
  if (has('health')) {
    w.bullet(t.origin.health);
    const physician = first<HealthFields>('health')?.occupationalPhysician;
    if (physician) w.bullet(fill(t.origin.physician, { name: physician }));
  }
  if (has('uwv-trajectory')) w.bullet(t.origin.trajectory);
  w.gap(4);
  w.paragraph(t.origin.honest);

  // 6. Rights, each under its own name.
  w.heading(t.headings.rights);
  w.paragraph(fill(t.rights.intro, { firm }));
  for (const r of t.rights.items) {
    w.subheading(r.term);
    w.paragraph(r.text, INDENT);
  }
  w.gap(4);
  w.paragraph(t.rights.how);

  // 7, 8.
  w.heading(t.headings.complaint);
  w.paragraph(t.complaint);
  w.heading(t.headings.automated);
  w.paragraph(t.automated);
  w.gap(12);
  w.paragraph(t.closing);
  w.paragraph(`${dossier.coach ? `${dossier.coach}, ` : ''}${firm}`);

  // 9. The data itself, on a fresh page.
  w.newPage();
  w.heading(t.headings.data);
  w.paragraph(t.data.intro);
  const paths = new Map(dossier.documents.map((d) => [d.id, d.path]));
  for (const kind of present) {
    const s = spec(kind);
    const records = sortRecords(dossier.records[kind] ?? []);
    w.subheading(s.export.title[lang], 16);
    if (s.compartment) w.text(t.data.sealed, fonts.italic, 9.5, MUTED, 14);
    const labels = (s.export.fields ?? {}) as Record<string, Label>;
    records.forEach((r, i) => {
      if (records.length > 1)
        w.recordTitle(
          fill(t.data.record, {
            title: s.export.title[lang],
            n: String(i + 1),
            total: String(records.length),
          }),
        );
      const keys = [...Object.keys(labels), ...Object.keys(r.data).filter((k) => !(k in labels))];
      for (const key of keys) {
        const lines = valueLines(r.data[key], t, lang, 0);
        if (lines.length) w.field(labels[key]?.[lang] ?? humanize(key), lines);
      }
      const path = paths.get(r.id);
      if (path) w.field(t.data.inArchive, [{ text: path, depth: 0 }]);
      w.gap(6);
    });
  }

  w.subheading(t.data.auditTitle, 16);
  if (dossier.audit.length) {
    w.paragraph(t.data.auditIntro);
    for (const e of [...dossier.audit].sort((a, b) => a.seq - b.seq)) {
      const lines: ValueLine[] = [{ text: t.auditActions[e.action] ?? e.action, depth: 0 }];
      if (e.purpose) lines.push({ text: fill(t.data.purpose, { purpose: e.purpose }), depth: 0 });
      if (e.detail) lines.push({ text: e.detail, depth: 0 });
      // What happened, as codes (which consent scope…), where the entry records them; their
      // `kind` repeats the action above.
      if ('facts' in e && e.facts && typeof e.facts === 'object') {
        const facts = Object.entries(e.facts).filter(([k]) => k !== 'kind');
        lines.push(...valueLines(Object.fromEntries(facts), t, lang, 0));
      }
      w.field(dateTime(e.at, lang), lines);
    }
  } else w.paragraph(t.data.noAudit);

  w.subheading(t.data.omittedTitle, 16);
  if (dossier.omitted.length)
    for (const o of dossier.omitted)
      w.bullet(
        fill(t.data.omittedItem, {
          title: isKnownKind(o.kind) ? spec(o.kind).export.title[lang] : o.kind,
          id: o.id,
          reason: o.reason,
        }),
      );
  else w.paragraph(t.data.omittedNone);

  w.decorate(
    fill(t.header, { firm }),
    (n, total) => fill(t.page, { n: String(n), total: String(total) }),
    `${name} · ${dateText}`,
  );
  return doc.save();
}

// ---------------------------------------------------------------------------------------
// What the dossier holds

const isKnownKind = (k: string): k is RecordKind => Object.hasOwn(RECORD_KINDS, k);

/** The kinds with records in this dossier, in the registry's order. */
function presentKinds(dossier: DossierJson): RecordKind[] {
  return ALL_RECORD_KINDS.filter(
    (k) => spec(k).export.section !== 'none' && (dossier.records[k]?.length ?? 0) > 0,
  );
}

interface CategoryInfo {
  category: DataCategory;
  count: number;
  special: boolean;
  retention: RetentionClass[];
}

function categoriesOf(dossier: DossierJson, present: RecordKind[]): CategoryInfo[] {
  const out = new Map<DataCategory, CategoryInfo>();
  for (const k of present) {
    const s = spec(k);
    const c = out.get(s.category) ?? {
      category: s.category,
      count: 0,
      special: false,
      retention: [],
    };
    c.count += dossier.records[k]?.length ?? 0;
    c.special ||= s.compartment;
    if (!c.retention.includes(s.retention)) c.retention.push(s.retention);
    out.set(s.category, c);
  }
  if (dossier.audit.length)
    out.set('audit', {
      category: 'audit',
      count: dossier.audit.length,
      special: false,
      retention: ['audit'],
    });
  return [...out.values()];
}

/** Every document of the dossier (plain and sealed), with what is known about it. */
function documentsOf(dossier: DossierJson): { id: string; meta: DocumentMeta }[] {
  return ALL_RECORD_KINDS.filter((k) => spec(k).carry === 'file').flatMap((k) =>
    (dossier.records[k] ?? []).map((r) => ({ id: r.id, meta: r.data as unknown as DocumentMeta })),
  );
}

/** By the record's own date or time when it has one (a logbook), else by id. */
function sortRecords(records: ExportedRecord[]): ExportedRecord[] {
  const when = (r: ExportedRecord) => {
    const v = r.data.at ?? r.data.date ?? '';
    return typeof v === 'string' ? v : '';
  };
  return [...records].sort((a, b) => when(a).localeCompare(when(b)) || a.id.localeCompare(b.id));
}

function groundText(g: Ground, t: LetterTexts, lang: LetterLanguage): string {
  const parts = [
    `${t.bases[g.basis] ?? g.basis}: ${t.scopes[g.scope] ?? g.scope}`,
    g.employers.length ? `(${g.employers.join(', ')})` : '',
    g.description ? `– ${g.description}` : '',
    lang === 'nl' ? `vanaf ${shortDate(g.givenOn)}` : `from ${shortDate(g.givenOn)}`,
    g.withdrawnOn ? fill(t.recipients.withdrawn, { date: shortDate(g.withdrawnOn) }).slice(2) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

// ---------------------------------------------------------------------------------------
// Values as text

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const ZONED_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** "2026-09-01" as "01-09-2026"; anything else unchanged. */
function shortDate(iso: string): string {
  return ISO_DATE.test(iso) ? iso.split('-').reverse().join('-') : iso;
}

function longDate(d: Date, lang: LetterLanguage): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}

/** A stored time as the client reads it: Dutch time, dd-mm-yyyy hh:mm. */
function dateTime(s: string, lang: LetterLanguage): string {
  const local = LOCAL_DATETIME.exec(s);
  if (local) return `${shortDate(local[1] ?? '')} ${local[2] ?? ''}`;
  if (!ZONED_DATETIME.test(s)) return s;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return s;
  const parts = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).formatToParts(d);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('day')}-${p('month')}-${p('year')} ${p('hour')}:${p('minute')}`;
}

/** "firstDay" as "First day": for nested fields the registry does not label. */
function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.every(isEmpty)) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

const isScalar = (v: unknown) => v === null || typeof v !== 'object';

function scalar(v: unknown, t: LetterTexts, lang: LetterLanguage): string {
  if (typeof v === 'boolean') return v ? t.data.yes : t.data.no;
  if (typeof v === 'string') {
    const code = Object.hasOwn(t.codes, v) ? t.codes[v] : undefined;
    return code ?? (ISO_DATE.test(v) ? shortDate(v) : dateTime(v, lang));
  }
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return v === null || v === undefined ? '' : JSON.stringify(v);
}

/** Empty values give no lines; lists and objects give one indented line per element. */
function valueLines(v: unknown, t: LetterTexts, lang: LetterLanguage, depth: number): ValueLine[] {
  if (isEmpty(v)) return [];
  if (isScalar(v)) {
    return scalar(v, t, lang)
      .split(/\r?\n/)
      .map((text) => ({ text, depth }));
  }
  if (Array.isArray(v)) {
    const items = v.filter((x) => !isEmpty(x));
    if (items.every(isScalar))
      return [{ text: items.map((x) => scalar(x, t, lang)).join(', '), depth }];
    return items.flatMap((item) => {
      const lines = valueLines(item, t, lang, depth);
      // Each element of a list starts with a bullet; its further lines line up under it.
      return lines.map((l, i) =>
        i === 0 ? { ...l, text: `• ${l.text}` } : { ...l, depth: l.depth + 1 },
      );
    });
  }
  const out: ValueLine[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    // An item's internal id (a CV job's, a ground's) means nothing on paper; dossier.json has it.
    if (isEmpty(x) || (k === 'id' && typeof x === 'string')) continue;
    const name = (Object.hasOwn(t.nested, k) ? t.nested[k] : undefined) ?? humanize(k);
    if (isScalar(x) || (Array.isArray(x) && x.every(isScalar))) {
      const [firstLine, ...rest] = valueLines(x, t, lang, depth);
      out.push({ text: `${name}: ${firstLine?.text ?? ''}`, depth }, ...rest);
    } else out.push({ text: `${name}:`, depth }, ...valueLines(x, t, lang, depth + 1));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Layout

interface Line {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
  height: number;
}

/** Lays out top to bottom; a block that does not fit starts a new page. */
class Writer {
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
const widths = new WeakMap<PDFFont, Map<string, number>>();
function unitWidth(font: PDFFont, text: string): number {
  let known = widths.get(font);
  if (!known) widths.set(font, (known = new Map()));
  let w = known.get(text);
  if (w === undefined) {
    w = font.widthOfTextAtSize(text, 1);
    if (known.size < 50_000) known.set(text, w);
  }
  return w;
}

const line = (text: string, font: PDFFont, size: number, color: RGB, height: number): Line => ({
  text: pdfPrintable(text),
  font,
  size,
  color,
  height,
});
