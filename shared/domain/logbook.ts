import { z } from 'zod';
import { parseDutchDate } from './dutch-date';
import { fold } from './text-fold';
import { TEXT_LIMITS } from './text-limits';

export const CONTACT_TYPES = ['face-to-face', 'phone', 'video', 'email', 'other'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Record kinds in the vault: the current version of an entry, and each earlier version. */
export const LOGBOOK_KIND = 'logbook';
export const LOGBOOK_VERSION_KIND = 'logbook-version';
export const LOGBOOK_DRAFT_KIND = 'logbook-draft';
/**
 * The same three, sealed in the special-category compartment (AVG art. 9): entries the
 * coach chose to seal, or whose text the detector flagged. Readable only while the
 * compartment is opened for the client.
 */
export const LOGBOOK_SEALED_KIND = 'logbook-sealed';
export const LOGBOOK_SEALED_VERSION_KIND = 'logbook-sealed-version';
export const LOGBOOK_SEALED_DRAFT_KIND = 'logbook-sealed-draft';
/**
 * Per client: when each contact was and how long it took, kept beside the entries in the
 * same transaction. Overviews across all clients (dashboard, hours) open one small record
 * per client instead of every entry.
 */
export const LOGBOOK_INDEX_KIND = 'logbook-index';

/**
 * entry id -> [at, durationMinutes] or [at, durationMinutes, followUpDate]: when, how long
 * and the follow-up date ("Vervolg", ISO) when there is one, for the dashboard's hours and
 * agenda without opening every entry. Sealed with the vault key like the rest of the index:
 * a sealed entry's time and follow-up date are no more special than that a contact took place.
 */
export type ContactTuple = [string, number] | [string, number, string];

export interface LogbookIndex {
  contacts: Record<string, ContactTuple>;
  /** 2: every plain entry's tuple carries its follow-up date. Absent on older indexes. */
  v?: 2;
}

/** The index tuple of an entry's fields. */
export const contactTuple = (e: {
  at: string;
  durationMinutes: number;
  followUpDate: string;
}): ContactTuple =>
  e.followUpDate ? [e.at, e.durationMinutes, e.followUpDate] : [e.at, e.durationMinutes];

export const logbookInputSchema = z.object({
  /** Local date and time of the contact, "YYYY-MM-DDTHH:mm". */
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'validation.dateTime')
    .refine((s) => parseDutchDate(s.slice(0, 10)) !== null, 'validation.dateTime'),
  durationMinutes: z
    .number()
    .int('validation.minutes')
    .min(0, 'validation.minutes')
    .max(24 * 60, 'validation.minutes'),
  contactType: z.enum(CONTACT_TYPES),
  participants: z.string().trim().max(TEXT_LIMITS.logbookParticipants, 'validation.tooLong'),
  summary: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(TEXT_LIMITS.logbookSummary, 'validation.tooLong'),
  agreements: z.string().trim().max(TEXT_LIMITS.logbookAgreements, 'validation.tooLong'),
  followUpDate: z
    .string()
    .trim()
    .refine((s) => s === '' || parseDutchDate(s) !== null, 'validation.date')
    .transform((s) => (s === '' ? '' : (parseDutchDate(s) ?? s))),
});

export type LogbookInput = z.input<typeof logbookInputSchema>;
export type LogbookFields = z.output<typeof logbookInputSchema>;

/** The current version of an entry as stored under LOGBOOK_KIND. */
export interface LogbookEntry extends LogbookFields {
  /** 1 for the first save; every edit adds one and keeps the previous as a version row. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A superseded version, stored under LOGBOOK_VERSION_KIND; never changed after writing. */
export interface LogbookVersion extends LogbookEntry {
  entryId: string;
}

export type LogbookValidation =
  | { ok: true; value: LogbookFields }
  | { ok: false; errors: Partial<Record<keyof LogbookInput, string>> };

export function validateLogbook(input: LogbookInput): LogbookValidation {
  const parsed = logbookInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<keyof LogbookInput, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof LogbookInput;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A fresh entry: now, rounded down to the minute, a face-to-face contact of an hour. */
export function newLogbookInput(now: Date): LogbookInput {
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    at: `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`,
    durationMinutes: 60,
    contactType: 'face-to-face',
    participants: '',
    summary: '',
    agreements: '',
    followUpDate: '',
  };
}

export interface LogbookFilter {
  query: string;
  contactType: ContactType | 'all';
  /** Inclusive ISO dates; '' for open. */
  from: string;
  to: string;
}

type Sortable = { id: string; data: { at: string; createdAt?: string } };

/**
 * Logbook order: newest contact first. Contacts are noted to the minute, so two entries of
 * the same minute are common (a call, then the e-mail after it); those follow their creation
 * stamp, the later one first like the list as a whole. The random id only breaks what is
 * left (two entries created in the same millisecond), so the order is never random.
 */
export const newestFirst = (a: Sortable, b: Sortable): number =>
  b.data.at.localeCompare(a.data.at) ||
  (b.data.createdAt ?? '').localeCompare(a.data.createdAt ?? '') ||
  b.id.localeCompare(a.id);

/** Searchable text of an entry, folded once so each keystroke is a plain substring scan. */
export const logbookHaystack = (e: LogbookFields): string =>
  fold([e.summary, e.agreements, e.participants].join('\n'));

/**
 * Entries are expected newest first; the filter keeps that order. The folded search text
 * is built on the first search, not when the dossier opens, and cached on the item.
 */
export function filterLogbook<T extends { data: LogbookFields; haystack?: string }>(
  entries: readonly T[],
  f: LogbookFilter,
): T[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (f.contactType !== 'all' && e.data.contactType !== f.contactType) return false;
    const day = e.data.at.slice(0, 10);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (words.length === 0) return true;
    const haystack = (e.haystack ??= logbookHaystack(e.data));
    return words.every((w) => haystack.includes(w));
  });
}

/** What the coach types, as typed: kept verbatim in a draft so nothing is "corrected" away. */
export interface LogbookFormValues {
  /** dd-mm-jjjj */
  date: string;
  /** HH:mm */
  time: string;
  durationMinutes: string;
  contactType: ContactType;
  participants: string;
  summary: string;
  agreements: string;
  /** dd-mm-jjjj or empty */
  followUpDate: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dutch = (iso: string) =>
  iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '';

export function newLogbookForm(now: Date): LogbookFormValues {
  return {
    date: `${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    durationMinutes: '60',
    contactType: 'face-to-face',
    participants: '',
    summary: '',
    agreements: '',
    followUpDate: '',
  };
}

export function entryToForm(e: LogbookFields): LogbookFormValues {
  return {
    date: dutch(e.at.slice(0, 10)),
    time: e.at.slice(11, 16),
    durationMinutes: String(e.durationMinutes),
    contactType: e.contactType,
    participants: e.participants,
    summary: e.summary,
    agreements: e.agreements,
    followUpDate: dutch(e.followUpDate),
  };
}

export function formToInput(f: LogbookFormValues): LogbookInput {
  const day = parseDutchDate(f.date) ?? 'invalid';
  const time = /^\d{1,2}[:.]\d{2}$/.test(f.time.trim())
    ? f.time.trim().replace('.', ':').padStart(5, '0')
    : 'xx:xx';
  const minutes = f.durationMinutes.trim() === '' ? 0 : Number(f.durationMinutes.replace(',', '.'));
  return {
    at: `${day}T${time}`,
    durationMinutes: Number.isFinite(minutes) ? minutes : -1,
    contactType: f.contactType,
    participants: f.participants,
    summary: f.summary,
    agreements: f.agreements,
    followUpDate: f.followUpDate,
  };
}
