import type { Ground } from '../../../shared/domain/consent';
import type { DocumentMeta } from '../../../shared/domain/documents';
import type { DossierJson, ExportedRecord } from '../../../shared/export/format';
import {
  ALL_RECORD_KINDS,
  RECORD_KINDS,
  type DataCategory,
  type KindSpec,
  type RecordKind,
  type RetentionClass,
} from '../../../shared/records/registry';
import { fill, type LetterLanguage, type LetterTexts } from './letter-texts';

// What the dossier holds, turned into the letter's words: used by letter-pdf.ts.

export const spec = (kind: RecordKind) => RECORD_KINDS[kind] as KindSpec<unknown>;

/** A value as lines of text, each with its depth (nested objects and lists indent). */
export interface ValueLine {
  text: string;
  depth: number;
}

export const isKnownKind = (k: string): k is RecordKind => Object.hasOwn(RECORD_KINDS, k);

/** The kinds with records in this dossier, in the registry's order. */
export function presentKinds(dossier: DossierJson): RecordKind[] {
  return ALL_RECORD_KINDS.filter(
    (k) => spec(k).export.section !== 'none' && (dossier.records[k]?.length ?? 0) > 0,
  );
}

export interface CategoryInfo {
  category: DataCategory;
  count: number;
  special: boolean;
  retention: RetentionClass[];
}

export function categoriesOf(dossier: DossierJson, present: RecordKind[]): CategoryInfo[] {
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
export function documentsOf(dossier: DossierJson): { id: string; meta: DocumentMeta }[] {
  return ALL_RECORD_KINDS.filter((k) => spec(k).carry === 'file').flatMap((k) =>
    (dossier.records[k] ?? []).map((r) => ({ id: r.id, meta: r.data as unknown as DocumentMeta })),
  );
}

/** By the record's own date or time when it has one (a logbook), else by id. */
export function sortRecords(records: ExportedRecord[]): ExportedRecord[] {
  const when = (r: ExportedRecord) => {
    const v = r.data.at ?? r.data.date ?? '';
    return typeof v === 'string' ? v : '';
  };
  return [...records].sort((a, b) => when(a).localeCompare(when(b)) || a.id.localeCompare(b.id));
}

export function groundText(g: Ground, t: LetterTexts, lang: LetterLanguage): string {
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

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
export const ZONED_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** "2026-09-01" as "01-09-2026"; anything else unchanged. */
export function shortDate(iso: string): string {
  return ISO_DATE.test(iso) ? iso.split('-').reverse().join('-') : iso;
}

export function longDate(d: Date, lang: LetterLanguage): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}

/** A stored time as the client reads it: Dutch time, dd-mm-yyyy hh:mm. */
export function dateTime(s: string, lang: LetterLanguage): string {
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
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.every(isEmpty)) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

export const isScalar = (v: unknown) => v === null || typeof v !== 'object';

export function scalar(v: unknown, t: LetterTexts, lang: LetterLanguage): string {
  if (typeof v === 'boolean') return v ? t.data.yes : t.data.no;
  if (typeof v === 'string') {
    const code = Object.hasOwn(t.codes, v) ? t.codes[v] : undefined;
    return code ?? (ISO_DATE.test(v) ? shortDate(v) : dateTime(v, lang));
  }
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return v === null || v === undefined ? '' : JSON.stringify(v);
}

/** Empty values give no lines; lists and objects give one indented line per element. */
export function valueLines(
  v: unknown,
  t: LetterTexts,
  lang: LetterLanguage,
  depth: number,
): ValueLine[] {
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
