/**
 * Recipients and origin (docs/domain.md §5; privacy statement 003 art. 10.3): who received
 * which of a client's data, when, on which ground and how; and where each record came from.
 *
 * - The recipients register is one record per disclosure. It is filled by the app where it
 *   discloses (the access export, a CV PDF for an employer, a document sent) and by the coach
 *   for what went out another way.
 * - A CV goes to an employer on consent only (shared/domain/consent.ts): a standing, valid
 *   'cv-to-employers' ground naming that employer, or naming "alle werkgevers" / "*" (a
 *   general one). Without it the coach records the ground the CV goes out on, and that text
 *   travels with the recipient row, so the choice is on record rather than silent.
 * - Origin (herkomst) of a document sits in its own metadata; of other records in one
 *   per-client map, with a default per kind shown until the coach sets one.
 *
 * Messages are i18n keys; shared/ knows no language.
 */
import { z } from 'zod';
import type { DataCategory } from '../records/kind-spec';
import { isGroundValid, type ConsentContext, type ConsentRegister, type Ground } from './consent';
import { parseDutchDate } from './dutch-date';
import { tryParseIsoDate, type IsoDate } from './iso-date';

export const RECIPIENT_KIND = 'recipient';
export const RECORD_ORIGINS_KIND = 'record-origins';

export const ORIGINS = [
  'client',
  'coach',
  'uwv',
  'werkgever',
  'bedrijfsarts',
  'vorige-aanbieder',
  'anders',
] as const;
export type Origin = (typeof ORIGINS)[number];
export const originSchema = z.enum(ORIGINS);

export const RECIPIENT_CHANNELS = ['email', 'post', 'usb', 'portal', 'download', 'other'] as const;
export type RecipientChannel = (typeof RECIPIENT_CHANNELS)[number];

/** What a recipient can have received: the registry's categories that are about the client. */
export const SHAREABLE_CATEGORIES = [
  'personalia',
  'contact',
  'identification',
  'cv',
  'logbook',
  'poortwachter',
  'trajectory',
  'health',
  'other-special',
  'document',
  'consent',
  'request',
  'audit',
] as const satisfies readonly DataCategory[];
export type ShareableCategory = (typeof SHAREABLE_CATEGORIES)[number];

/** A general CV consent names these instead of one employer. */
const GENERAL_EMPLOYER = /^(\*|alle werkgevers|all employers)$/i;

const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== undefined);

/** The record stored under RECIPIENT_KIND, one per disclosure. */
export const recipientSchema = z.strictObject({
  /** Who received it: "cliënt zelf", an employer, UWV… */
  recipient: z.string().trim().min(1).max(200),
  categories: z.array(z.enum(SHAREABLE_CATEGORIES)).min(1),
  /** The day it went out. */
  sentOn: isoDate,
  /** A ground in the consent register, when it rests on one. */
  consentGroundId: z.string().nullable(),
  /** The legal basis in words (always filled: also a summary of the consent ground). */
  ground: z.string().trim().min(1).max(500),
  channel: z.enum(RECIPIENT_CHANNELS),
  /** What went out ("Cv als pdf", the document's name…). */
  description: z.string().max(500),
  /** How the row came about. */
  source: z.enum(['manual', 'export', 'cv-pdf', 'document']),
  /** The request an export answered (a request record id), or the document sent. */
  requestId: z.string().nullable(),
  documentId: z.string().nullable(),
  recordedAt: z.string(),
});
export type RecipientRow = z.output<typeof recipientSchema>;

export const isRecipientRow = (data: unknown): data is RecipientRow =>
  recipientSchema.safeParse(data).success;

/** The record stored under RECORD_ORIGINS_KIND, one per client. */
export const recordOriginsSchema = z.strictObject({
  entries: z.array(
    z.strictObject({
      /** A record of this client (its id is remapped by a portability import). */
      recordId: z.string().min(1),
      origin: originSchema,
      /** When "anders": from whom. */
      note: z.string().max(200),
    }),
  ),
});
export type RecordOrigins = z.output<typeof recordOriginsSchema>;
export const emptyOrigins = (): RecordOrigins => ({ entries: [] });

// ---------------------------------------------------------------------------------------
// Manual rows

export interface RecipientInput {
  recipient: string;
  categories: ShareableCategory[];
  sentOn: string;
  ground: string;
  channel: RecipientChannel;
  description: string;
}

export const emptyRecipientInput = (): RecipientInput => ({
  recipient: '',
  categories: [],
  sentOn: '',
  ground: '',
  channel: 'email',
  description: '',
});

export type RecipientErrors = Partial<Record<keyof RecipientInput, string>>;

/** Checks a row as the coach entered it. Dates dd-mm-jjjj or ISO; errors are i18n keys. */
export function validateRecipient(
  input: RecipientInput,
  todayIso: IsoDate,
):
  | { ok: true; value: Omit<RecipientInput, 'sentOn'> & { sentOn: IsoDate } }
  | { ok: false; errors: RecipientErrors } {
  const errors: RecipientErrors = {};
  const recipient = input.recipient.trim();
  const ground = input.ground.trim();
  const description = input.description.trim();
  if (!recipient) errors.recipient = 'validation.required';
  else if (recipient.length > 200) errors.recipient = 'validation.tooLong';
  if (input.categories.length === 0) errors.categories = 'recipients.errors.categories';
  if (!ground) errors.ground = 'validation.required';
  else if (ground.length > 500) errors.ground = 'validation.tooLong';
  if (description.length > 500) errors.description = 'validation.tooLong';
  const sentOn = input.sentOn.trim() ? parseDutchDate(input.sentOn.trim()) : null;
  if (!input.sentOn.trim()) errors.sentOn = 'validation.required';
  else if (!sentOn) errors.sentOn = 'validation.date';
  else if (sentOn > todayIso) errors.sentOn = 'validation.dateInFuture';
  if (!(RECIPIENT_CHANNELS as readonly string[]).includes(input.channel))
    errors.channel = 'validation.required';
  if (Object.keys(errors).length > 0 || !sentOn) return { ok: false, errors };
  const categories = SHAREABLE_CATEGORIES.filter((c) => input.categories.includes(c));
  return {
    ok: true,
    value: { recipient, categories, sentOn, ground, channel: input.channel, description },
  };
}

// ---------------------------------------------------------------------------------------
// The CV and the consent register

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * The consent ground that lets the CV go to this employer today: a standing, valid
 * 'cv-to-employers' consent naming the employer (case and spacing aside) or naming all
 * employers. One naming the employer wins over a general one. Null when there is none.
 */
export function cvConsentFor(
  register: ConsentRegister,
  employer: string,
  context: Pick<ConsentContext, 'birthDate'>,
  todayIso: IsoDate,
): Ground | null {
  const wanted = norm(employer);
  if (!wanted) return null;
  const full: ConsentContext = { ...context, representation: register.representation };
  const standing = register.grounds.filter(
    (g) => g.scope === 'cv-to-employers' && isGroundValid(g, full, todayIso),
  );
  return (
    standing.find((g) => g.employers.some((e) => norm(e) === wanted)) ??
    standing.find((g) => g.employers.some((e) => GENERAL_EMPLOYER.test(e.trim()))) ??
    null
  );
}

/** Every category of client data, for the access export's row ("alle categorieën"). */
export const ALL_SHAREABLE: ShareableCategory[] = [...SHAREABLE_CATEGORIES];

/** Where a record of a kind comes from until the coach says otherwise. */
export function defaultOrigin(kind: string): Origin {
  if (kind.startsWith('logbook')) return 'coach';
  if (kind === 'uwv-trajectory') return 'uwv';
  if (kind.startsWith('poortwachter')) return 'werkgever';
  return 'client';
}
