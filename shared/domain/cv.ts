import { z } from 'zod';
import { randomBytes } from '../crypto/envelope';
import { TEXT_LIMITS } from './text-limits';

/** Record kind in the vault: one CV per client. */
export const CV_KIND = 'cv';
/** Unsaved CV edits, sealed on every pause and before a lock (one per client). */
export const CV_DRAFT_KIND = 'cv-draft';

/** CEFR levels, plus the mother tongue, which no CEFR level describes. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const LANGUAGE_LEVELS = ['moedertaal', ...CEFR_LEVELS] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Dutch driving licence categories, in the order the licence itself lists them. */
export const LICENCE_CATEGORIES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'T',
] as const;
export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];

/** An end date that has not come yet: the job or study still runs. */
export const PRESENT = 'heden';
const PRESENT_WORDS = new Set(['heden', 'nu', 'present', 'now']);

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * A month and year as coaches type them ("9-2015", "09/2015", "2015-09") or a bare year
 * ("2015": people often no longer know the month). Returns "YYYY-MM" or "YYYY", or null.
 */
export function parseMonthYear(text: string): string | null {
  const s = text.trim();
  let year: number;
  let month: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\s*[-/.\s]\s*(\d{4})$/.exec(s))) {
    month = Number(m[1]);
    year = Number(m[2]);
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    year = Number(m[1]);
    month = Number(m[2]);
  } else if ((m = /^(\d{4})$/.exec(s))) {
    year = Number(m[1]);
  } else {
    return null;
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === null) return String(year);
  if (month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Stored "YYYY-MM" back to what a coach types: "09-2015". */
export function formatMonthYearInput(value: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m ? `${m[2]}-${m[1]}` : value;
}

/** False only when both ends are known and the end lies before the start. */
export function periodInOrder(from: string, to: string): boolean {
  if (!from || !to || to === PRESENT) return true;
  const [fy = 0, fm] = from.split('-').map(Number);
  const [ty = 0, tm] = to.split('-').map(Number);
  if (fy !== ty) return fy < ty;
  // Same year and one side has no month: nothing to compare.
  return fm === undefined || tm === undefined || fm <= tm;
}

// Messages are i18n keys: shared/ knows no language.
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');
const itemId = z.string().regex(/^[0-9a-z-]{1,64}$/i);

const monthYear = z
  .string()
  .trim()
  .refine((s) => s === '' || parseMonthYear(s) !== null, 'cv.validation.monthYear')
  .transform((s) => (s === '' ? '' : (parseMonthYear(s) ?? s)));

const monthYearOrPresent = z
  .string()
  .trim()
  .refine(
    (s) => s === '' || PRESENT_WORDS.has(s.toLowerCase()) || parseMonthYear(s) !== null,
    'cv.validation.monthYear',
  )
  .transform((s) =>
    s === '' ? '' : PRESENT_WORDS.has(s.toLowerCase()) ? PRESENT : (parseMonthYear(s) ?? s),
  );

/**
 * A list item with a period. The form sends `current` (the "tot heden" tick box); the stored
 * item says `to: 'heden'` instead. Every schema here accepts its own output unchanged, so
 * one schema checks both what the coach typed and what the vault holds.
 */
const period = { from: monthYear, to: monthYearOrPresent, current: z.boolean().optional() };

function applyCurrent<T extends { to: string; current?: boolean }>({ current, ...rest }: T) {
  return { ...rest, to: current ? PRESENT : rest.to };
}

/**
 * "Tot" must not lie before "van". Checked even when other fields of the item fail, so the
 * coach sees every problem at once; skipped only when a date itself could not be read.
 */
const periodOrder = (fromKey: string, toKey: string) => ({
  path: [toKey],
  message: 'cv.validation.periodOrder',
  when: (payload: z.core.ParsePayload) =>
    !payload.issues.some((i) => !i.path?.length || i.path[0] === fromKey || i.path[0] === toKey),
});

const inOrder = (v: { from: string; to: string; current?: boolean }) =>
  periodInOrder(v.from, v.current ? PRESENT : v.to);

export const educationSchema = z
  .object({
    id: itemId,
    /** The course of study or title, e.g. "MBO Logistiek medewerker (niveau 2)". */
    title: required(200),
    institution: text(200),
    place: text(100),
    diploma: z.boolean(),
    notes: text(TEXT_LIMITS.cvItemNotes),
    ...period,
  })
  .refine(inOrder, periodOrder('from', 'to'))
  .transform(applyCurrent);

export const workSchema = z
  .object({
    id: itemId,
    jobTitle: required(200),
    employer: text(200),
    place: text(100),
    description: text(TEXT_LIMITS.cvItemDescription),
    ...period,
  })
  .refine(inOrder, periodOrder('from', 'to'))
  .transform(applyCurrent);

export const courseSchema = z
  .object({
    id: itemId,
    name: required(200),
    issuer: text(200),
    date: monthYear,
    /** Certificates such as VCA or a forklift licence expire; employers ask. */
    validUntil: monthYear,
  })
  .refine((v) => periodInOrder(v.date, v.validUntil), periodOrder('date', 'validUntil'));

export const skillSchema = z.object({
  id: itemId,
  name: required(100),
  description: text(300),
});

export const languageSchema = z.object({
  id: itemId,
  language: required(60),
  level: z.enum(LANGUAGE_LEVELS),
});

export const referenceSchema = z.object({
  id: itemId,
  name: required(100),
  relation: text(100),
  contact: text(200),
  /** Then the CV only says that references are available on request. */
  onRequestOnly: z.boolean(),
});

export const CV_LIST_KEYS = [
  'work',
  'education',
  'courses',
  'skills',
  'languages',
  'references',
] as const;
export type CvListKey = (typeof CV_LIST_KEYS)[number];

const itemSchemas = {
  work: workSchema,
  education: educationSchema,
  courses: courseSchema,
  skills: skillSchema,
  languages: languageSchema,
  references: referenceSchema,
} as const;

export type CvItems = { [K in CvListKey]: z.output<(typeof itemSchemas)[K]> };
export type CvItemInputs = { [K in CvListKey]: z.input<(typeof itemSchemas)[K]> };
export type Education = CvItems['education'];
export type WorkExperience = CvItems['work'];
export type Course = CvItems['courses'];
export type Skill = CvItems['skills'];
export type Language = CvItems['languages'];
export type Reference = CvItems['references'];

/** Which of the client's contact details the CV shows. The name always; never the BSN. */
export const CONTACT_OPTIONS = ['phone', 'email', 'address', 'birthDate'] as const;
export type ContactOption = (typeof CONTACT_OPTIONS)[number];

// Phone and e-mail are what an employer needs to answer; address and date of birth are
// left off unless the client wants them (a date of birth invites age discrimination).
const defaultInclude = (): Record<ContactOption, boolean> => ({
  phone: true,
  email: true,
  address: false,
  birthDate: false,
});

const defaultMobility = () => ({
  ownCar: false,
  publicTransport: false,
  bicycle: false,
  maxTravelMinutes: null as number | null,
});

/** Minutes as the coach types them (a string), or as stored (a number or null). */
const travelMinutes = z
  .union([z.number(), z.string(), z.null()])
  .transform((v, ctx): number | null => {
    const s = typeof v === 'string' ? v.trim() : v;
    if (s === '' || s === null) return null;
    const n = typeof s === 'number' ? s : /^\d{1,4}$/.test(s) ? Number(s) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 600) {
      ctx.addIssue({ code: 'custom', message: 'cv.validation.travelMinutes' });
      return z.NEVER;
    }
    return n;
  });

const list = <S extends z.ZodType>(schema: S) => z.array(schema).max(200).default([]);

export const cvSchema = z.object({
  include: z
    .object({
      phone: z.boolean(),
      email: z.boolean(),
      address: z.boolean(),
      birthDate: z.boolean(),
    })
    .default(defaultInclude),
  profile: text(TEXT_LIMITS.cvProfile).default(''),
  work: list(workSchema),
  education: list(educationSchema),
  courses: list(courseSchema),
  skills: list(skillSchema),
  languages: list(languageSchema),
  licences: z
    .array(z.enum(LICENCE_CATEGORIES))
    .default([])
    .transform((l) => LICENCE_CATEGORIES.filter((c) => l.includes(c))),
  mobility: z
    .object({
      ownCar: z.boolean(),
      publicTransport: z.boolean(),
      bicycle: z.boolean(),
      maxTravelMinutes: travelMinutes,
    })
    .default(defaultMobility),
  references: list(referenceSchema),
});

export type Cv = z.output<typeof cvSchema>;
export type CvInput = z.input<typeof cvSchema>;

/** What the vault holds under CV_KIND. */
export interface CvRecord extends Cv {
  updatedAt: string;
}

export const emptyCv = (): Cv => ({
  include: defaultInclude(),
  profile: '',
  work: [],
  education: [],
  courses: [],
  skills: [],
  languages: [],
  licences: [],
  mobility: defaultMobility(),
  references: [],
});

/** Field errors keyed by their path: "profile", "mobility.maxTravelMinutes", "work.2.jobTitle". */
export type CvErrors = Record<string, string>;

export function validateCv(
  input: CvInput,
): { ok: true; value: Cv } | { ok: false; errors: CvErrors } {
  const parsed = cvSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: CvErrors = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}

/**
 * A stored CV, read leniently: a field that does not pass (an older or newer version wrote
 * it) falls back to its default instead of hiding the whole CV.
 */
export function readCv(raw: unknown): Cv {
  const parsed = cvSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(cvSchema.shape)) {
    const one = field.safeParse(source[key]);
    out[key] = one.success ? one.data : field.parse(undefined);
  }
  return out as Cv;
}

export type ItemErrors = Record<string, string>;

export function validateItem<K extends CvListKey>(
  key: K,
  input: CvItemInputs[K],
): { ok: true; value: CvItems[K] } | { ok: false; errors: ItemErrors } {
  const parsed = itemSchemas[key].safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as CvItems[K] };
  const errors: ItemErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { ok: false, errors };
}

/** A random id that stays with the item through edits and moves (React keys, sync merges). */
export const newItemId = (): string =>
  Array.from(randomBytes(12), (b) => b.toString(16).padStart(2, '0')).join('');

/** A blank form for a new item. */
export function emptyItemInput<K extends CvListKey>(key: K): CvItemInputs[K] {
  const id = newItemId();
  const period = { from: '', to: '', current: false };
  const blank: CvItemInputs = {
    work: { id, jobTitle: '', employer: '', place: '', description: '', ...period },
    education: { id, title: '', institution: '', place: '', diploma: false, notes: '', ...period },
    courses: { id, name: '', issuer: '', date: '', validUntil: '' },
    skills: { id, name: '', description: '' },
    languages: { id, language: '', level: 'B1' },
    references: { id, name: '', relation: '', contact: '', onRequestOnly: false },
  };
  return blank[key];
}

/** A stored item as its form shows it: periods as "mm-jjjj", "heden" as the tick box. */
export function itemToInput<K extends CvListKey>(key: K, item: CvItems[K]): CvItemInputs[K] {
  const out: Record<string, unknown> = { ...item };
  for (const field of ['from', 'date', 'validUntil']) {
    if (typeof out[field] === 'string') out[field] = formatMonthYearInput(out[field]);
  }
  if (key === 'work' || key === 'education') {
    const to = out.to as string;
    out.current = to === PRESENT;
    out.to = to === PRESENT ? '' : formatMonthYearInput(to);
  }
  return out as CvItemInputs[K];
}

// ---- reordering ------------------------------------------------------------------------

/** A copy of `list` with the item at `from` moved to `to` (clamped to the list). */
export function moveIndex<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, Math.trunc(to)));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** Moves the item with this id to an index; an unknown id leaves the order as it was. */
export const moveToIndex = <T extends { id: string }>(list: readonly T[], id: string, to: number) =>
  moveIndex(
    list,
    list.findIndex((i) => i.id === id),
    to,
  );

export const moveUp = <T extends { id: string }>(list: readonly T[], id: string) => {
  const i = list.findIndex((x) => x.id === id);
  return i <= 0 ? [...list] : moveIndex(list, i, i - 1);
};

export const moveDown = <T extends { id: string }>(list: readonly T[], id: string) => {
  const i = list.findIndex((x) => x.id === id);
  return i < 0 ? [...list] : moveIndex(list, i, i + 1);
};
