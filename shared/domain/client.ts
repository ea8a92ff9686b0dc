import { z } from 'zod';
import { isValidBsn, normalizeBsn } from './bsn';
import { normalizePostcode } from './postcode';
import { checkPhone, normalizePhone, phoneMessage } from './phone';
import { parseDutchDate } from './dutch-date';
import { hasUnsafeCharacters, isInvisibleOnly } from './text-safety';

export const GENDERS = ['onbekend', 'man', 'vrouw', 'x'] as const;
export type Gender = (typeof GENDERS)[number];

// Messages are i18n keys (validation.*): shared/ knows no language, the UI translates.
// One-line fields end up in lists, letters, PDFs and file names: no control characters,
// direction overrides or invisible-only values (see text-safety.ts).
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine((s) => !hasUnsafeCharacters(s), 'validation.unsafeCharacters')
    .refine((s) => !isInvisibleOnly(s), 'validation.invisible');
/** Born after 1 January 1900: an earlier date is a typo (1890 for 1990), not a client. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
// Accepts ISO or Dutch "dd-mm-jjjj" and always yields ISO.
const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || parseDutchDate(s) !== null, 'validation.date')
  .transform((s) => (s === '' ? '' : (parseDutchDate(s) ?? s)));

export const clientInputSchema = z.object({
  voornaam: text(100),
  voorletters: text(20),
  tussenvoegsel: text(20),
  achternaam: text(100).min(1, 'validation.required'),
  geslacht: z.enum(GENDERS),
  geboortedatum: optionalDate
    .refine((s) => s === '' || s <= todayIso(), 'validation.dateInFuture')
    .refine((s) => s === '' || s > EARLIEST_BIRTH_DATE, 'validation.birthDateTooEarly'),
  geboorteplaats: text(100),
  straat: text(150),
  huisnummer: text(10),
  toevoeging: text(10),
  postcode: z
    .string()
    .trim()
    .refine((s) => s === '' || normalizePostcode(s) !== null, 'validation.postcode')
    .transform((s) => (s === '' ? '' : (normalizePostcode(s) ?? s))),
  woonplaats: text(100),
  telefoon: z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (s === '') return;
      const check = checkPhone(s);
      // The key says whether a country code is missing or the number does not fit its code;
      // the form asks checkPhone again for the code and country to show.
      if (!check.ok) ctx.addIssue({ code: 'custom', message: phoneMessage(check).key });
    })
    .transform((s) => (s === '' ? '' : (normalizePhone(s) ?? s))),
  email: z
    .string()
    .trim()
    .refine((s) => s === '' || z.email().safeParse(s).success, 'validation.email'),
  clientnummer: text(40),
  bsn: z
    .string()
    .trim()
    .refine((s) => s === '' || isValidBsn(s), 'validation.bsn')
    .transform((s) => (s === '' ? '' : normalizeBsn(s))),
});

export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientFields = z.output<typeof clientInputSchema>;

export interface Client extends ClientFields {
  id: string;
  archived: boolean;
  /** ISO timestamp; kept so retention can count from it later. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const emptyClientInput = (): ClientInput => ({
  voornaam: '',
  voorletters: '',
  tussenvoegsel: '',
  achternaam: '',
  geslacht: 'onbekend',
  geboortedatum: '',
  geboorteplaats: '',
  straat: '',
  huisnummer: '',
  toevoeging: '',
  postcode: '',
  woonplaats: '',
  telefoon: '',
  email: '',
  clientnummer: '',
  bsn: '',
});

export type FieldErrors = Partial<Record<keyof ClientInput, string>>;

export function validateClient(
  input: ClientInput,
): { ok: true; value: ClientFields } | { ok: false; errors: FieldErrors } {
  const parsed = clientInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof ClientInput;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** "Jan de Vries" and "Vries, Jan de": in client-name.ts, which the caseload loads alone. */
export { displayName, sortName } from './client-name';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
