import { PDFDocument } from 'pdf-lib';
import type { ConsentRegister } from '../../../shared/domain/consent';
import type { HealthFields } from '../../../shared/domain/health';
import type { DossierJson } from '../../../shared/export/format';
import { type Label, type RecordKind } from '../../../shared/records/registry';
import { embedPdfFonts, type PdfFontFiles } from '../ui/pdf-fonts';
import { fill, LETTER_TEXTS, type LetterLanguage } from './letter-texts';
import {
  spec,
  type ValueLine,
  categoriesOf,
  dateTime,
  documentsOf,
  groundText,
  humanize,
  isKnownKind,
  longDate,
  presentKinds,
  shortDate,
  sortRecords,
  valueLines,
} from './letter-values';
import { BRAND, INDENT, INK, MUTED, Writer } from './letter-writer';

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
