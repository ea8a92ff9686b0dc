import { z } from 'zod';
import { parseDutchDate } from './dutch-date';

export const CONTACT_TYPES = ['face-to-face', 'phone', 'video', 'email', 'other'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Record kinds in the vault: the current version of an entry, and each earlier version. */
export const LOGBOOK_KIND = 'logbook';
export const LOGBOOK_VERSION_KIND = 'logbook-version';
export const LOGBOOK_DRAFT_KIND = 'logbook-draft';

export const logbookInputSchema = z.object({
  /** Local date and time of the contact, "YYYY-MM-DDTHH:mm". */
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.dateTime')
    .refine((s) => parseDutchDate(s.slice(0, 10)) !== null, 'validation.dateTime'),
  durationMinutes: z
    .number()
    .int('validation.minutes')
    .min(0, 'validation.minutes')
    .max(24 * 60, 'validation.minutes'),
  contactType: z.enum(CONTACT_TYPES),
  participants: z.string().trim().max(500, 'validation.tooLong'),
  summary: z.string().trim().min(1, 'validation.required').max(20_000, 'validation.tooLong'),
  agreements: z.string().trim().max(10_000, 'validation.tooLong'),
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
