/**
 * The request register (Verzoeken, docs/domain.md §5): what a client (or their legal
 * representative) asked under AVG art. 15–21 and 7(3), when, how we checked who asked, by
 * when it must be answered, and how it was answered.
 *
 * Deadline rule, as the app applies it:
 * - AVG art. 12(3) gives one month from receipt. Periods in EU law are counted under
 *   Regulation 1182/71: the day of receipt is not counted (art. 3(1)), and a period in months
 *   ends on the day of the last month with the same date as the day of receipt, or on the
 *   last day of that month when it has no such date (art. 3(2)(c)). So 15 Jan → 15 Feb,
 *   31 Jan → 28 Feb (29 Feb in a leap year), 31 Aug → 30 Sep.
 * - A period in weeks ends on the same weekday (art. 3(2)(c)): 4 weeks is 28 days, 1 week 7.
 *   Firms whose privacy statement promises 4 weeks or 1 week (seeds 001, 002) pick that.
 * - Art. 3(4) would move an end on a weekend or public holiday to the next working day. The
 *   app does not: it shows the earlier, nominal day, so a coach who keeps to the badge is
 *   never late, whichever reading a supervisor takes.
 * - The term is stored with each request when it is registered: changing the firm's
 *   setting later does not move deadlines already promised.
 * - An extension (art. 12(3): "by two further months where necessary") runs from the end of
 *   the first period, in whole months by the same month rule, at most 2. Counting from the
 *   original deadline rather than from receipt gives the earlier date (31 Jan → 28 Feb →
 *   28 Apr, not 30 Apr): again the reading under which the coach is never late. The client
 *   must be told, with reasons, within the first period; a later date is flagged, not refused,
 *   because the register records what happened.
 *
 * Repeat requests: a request is flagged as a repeat when the same client made a request of
 * the same type received in the 6 months before it (the earlier one's receipt date plus
 * 6 months, by the month rule, is on or after this one's receipt date). Same type only:
 * privacy statement 002 art. 4.5 charges for "for the second time" the same kind of request,
 * and AVG art. 12(5) ties a fee to requests that are excessive "because of their repetitive
 * character"; a rectification after an access request is the ordinary course of exercising
 * one's rights and must not look like a repeat. Whether a fee is charged is the firm's
 * setting (feeForRepeat); the app only shows a note, it never charges.
 *
 * Messages are i18n keys; shared/ knows no language.
 */
import { z } from 'zod';
import { parseDutchDate } from './dutch-date';
import { REPRESENTATIVE_ROLES, type RepresentativeRole } from './consent';
import {
  addDays,
  dayNumber,
  formatIsoDate,
  parseIsoDate,
  tryParseIsoDate,
  type IsoDate,
} from './iso-date';
import type { DeadlineState } from './poortwachter-case';

export const REQUEST_KIND = 'data-subject-request';

export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'consent-withdrawal',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_CHANNELS = ['email', 'post', 'phone', 'in-person', 'portal'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUESTERS = ['client', 'representative'] as const;
export type Requester = (typeof REQUESTERS)[number];

/** How identity was established. An ID copy is never required (AVG art. 12(6) asks only
 *  for what is needed; AP guidance: showing a document suffices). */
export const ID_METHODS = [
  'document-shown',
  'known-client',
  'video-call',
  'contact-details',
  'other',
] as const;
export type IdMethod = (typeof ID_METHODS)[number];

export const ID_DOCUMENTS = [
  'none',
  'passport',
  'id-card',
  'driving-licence',
  'residence-permit',
] as const;
export type IdDocument = (typeof ID_DOCUMENTS)[number];

export const REQUEST_STATUSES = ['open', 'in-progress', 'done'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_OUTCOMES = ['granted', 'partly', 'refused'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

export const REQUEST_TERMS = ['1-month', '4-weeks', '1-week'] as const;
export type RequestTerm = (typeof REQUEST_TERMS)[number];
export const DEFAULT_REQUEST_TERM: RequestTerm = '1-month';

export const MAX_EXTENSION_MONTHS = 2;
export const REPEAT_WINDOW_MONTHS = 6;
/** Requests run for weeks, not months: "soon" is the last week. */
export const REQUEST_DUE_SOON_DAYS = 7;

/** The record stored under REQUEST_KIND, one per request. */
export interface DataSubjectRequest {
  type: RequestType;
  receivedOn: IsoDate;
  channel: RequestChannel;
  /** What the client asked, in their words or the coach's summary. */
  description: string;
  requester: Requester;
  /** Representative only (from the consent register or typed); '' otherwise. */
  representativeName: string;
  representativeRole: RepresentativeRole | null;
  idMethod: IdMethod;
  idDocument: IdDocument;
  idCheckedOn: IsoDate | null;
  idCheckedBy: string;
  /** The term in force when the request was registered. */
  term: RequestTerm;
  /** 0, 1 or 2 months. */
  extensionMonths: number;
  extensionReason: string;
  extensionToldOn: IsoDate | null;
  status: RequestStatus;
  outcome: RequestOutcome | null;
  /** The reasons for a partial or refused outcome (AVG art. 12(4)). */
  outcomeReasons: string;
  deliveredOn: IsoDate | null;
  deliveredHow: string;
  /** ISO timestamp of when the coach registered it. */
  recordedAt: string;
}

const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== undefined);

export const requestSchema = z.object({
  type: z.enum(REQUEST_TYPES),
  receivedOn: isoDate,
  channel: z.enum(REQUEST_CHANNELS),
  description: z.string(),
  requester: z.enum(REQUESTERS),
  representativeName: z.string(),
  representativeRole: z.enum(REPRESENTATIVE_ROLES).nullable(),
  idMethod: z.enum(ID_METHODS),
  idDocument: z.enum(ID_DOCUMENTS),
  idCheckedOn: isoDate.nullable(),
  idCheckedBy: z.string(),
  term: z.enum(REQUEST_TERMS),
  extensionMonths: z.number().int().min(0).max(MAX_EXTENSION_MONTHS),
  extensionReason: z.string(),
  extensionToldOn: isoDate.nullable(),
  status: z.enum(REQUEST_STATUSES),
  outcome: z.enum(REQUEST_OUTCOMES).nullable(),
  outcomeReasons: z.string(),
  deliveredOn: isoDate.nullable(),
  deliveredHow: z.string(),
  recordedAt: z.string(),
});

export const isDataSubjectRequest = (data: unknown): data is DataSubjectRequest =>
  requestSchema.safeParse(data).success;

// ---------------------------------------------------------------------------------------
// Deadlines

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/**
 * `months` calendar months after `date` under Regulation 1182/71 art. 3(2)(c): the same
 * date, or the last day of the target month when it has no such date.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  parseIsoDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate(dayNumber(year, month, Math.min(d, daysInMonth(year, month))));
}

/** The end of the first period for a request received on `receivedOn`. */
export function initialDeadline(receivedOn: IsoDate, term: RequestTerm): IsoDate {
  switch (term) {
    case '1-month':
      return addMonths(receivedOn, 1);
    case '4-weeks':
      return addDays(receivedOn, 28);
    case '1-week':
      return addDays(receivedOn, 7);
  }
}

/** The deadline in force: the first period plus any extension (at most 2 months). */
export function requestDeadline(
  r: Pick<DataSubjectRequest, 'receivedOn' | 'term' | 'extensionMonths'>,
): IsoDate {
  const first = initialDeadline(r.receivedOn, r.term);
  const months = Math.max(0, Math.min(MAX_EXTENSION_MONTHS, Math.trunc(r.extensionMonths)));
  return months === 0 ? first : addMonths(first, months);
}

/** Told about the extension after the first period ran out (art. 12(3) wants it within). */
export function extensionToldLate(
  r: Pick<DataSubjectRequest, 'receivedOn' | 'term' | 'extensionMonths' | 'extensionToldOn'>,
): boolean {
  if (r.extensionMonths === 0 || r.extensionToldOn === null) return false;
  return r.extensionToldOn > initialDeadline(r.receivedOn, r.term);
}

export interface RequestDeadline {
  due: IsoDate;
  /** Calendar days from today to the deadline; negative when it has passed. */
  daysLeft: number;
  /** 'done' once answered (status done or a delivered date), whatever the date. */
  state: DeadlineState;
}

/** Where a request stands on `today`. */
export function requestDeadlineState(
  r: Pick<DataSubjectRequest, 'receivedOn' | 'term' | 'extensionMonths' | 'status' | 'deliveredOn'>,
  today: IsoDate,
): RequestDeadline {
  const due = requestDeadline(r);
  const daysLeft = parseIsoDate(due) - parseIsoDate(today);
  const settled = r.status === 'done' || r.deliveredOn !== null;
  const state: DeadlineState = settled
    ? 'done'
    : daysLeft < 0
      ? 'overdue'
      : daysLeft <= REQUEST_DUE_SOON_DAYS
        ? 'due-soon'
        : 'upcoming';
  return { due, daysLeft, state };
}

export const isOpenRequest = (r: Pick<DataSubjectRequest, 'status' | 'deliveredOn'>): boolean =>
  r.status !== 'done' && r.deliveredOn === null;

// ---------------------------------------------------------------------------------------
// Repeats

/**
 * Whether `r` repeats a request of the same type by the same client received in the
 * 6 months before it. `others` are the client's other requests (the request itself, by id,
 * is skipped). Ties on the same day: the one registered first is the original.
 */
export function repeatOf<T extends { id: string; data: DataSubjectRequest }>(
  r: T,
  others: readonly T[],
): T | undefined {
  const earlier = others.filter(
    (o) =>
      o.id !== r.id &&
      o.data.type === r.data.type &&
      (o.data.receivedOn < r.data.receivedOn ||
        (o.data.receivedOn === r.data.receivedOn && o.data.recordedAt < r.data.recordedAt)) &&
      addMonths(o.data.receivedOn, REPEAT_WINDOW_MONTHS) >= r.data.receivedOn,
  );
  // The most recent earlier one: that is the one the coach will want to look at.
  return earlier.sort((a, b) => (a.data.receivedOn < b.data.receivedOn ? 1 : -1))[0];
}

// ---------------------------------------------------------------------------------------
// The form

/** What the dialog holds: dates as typed ("12-3-2026"), numbers as text. */
export interface RequestInput {
  type: RequestType;
  receivedOn: string;
  channel: RequestChannel;
  description: string;
  requester: Requester;
  representativeName: string;
  representativeRole: RepresentativeRole | '';
  idMethod: IdMethod;
  idDocument: IdDocument;
  idCheckedOn: string;
  idCheckedBy: string;
  extensionMonths: string;
  extensionReason: string;
  extensionToldOn: string;
  status: RequestStatus;
  outcome: RequestOutcome | '';
  outcomeReasons: string;
  deliveredOn: string;
  deliveredHow: string;
}

export type RequestErrors = Partial<Record<keyof RequestInput, string>>;

export const emptyRequestInput = (): RequestInput => ({
  type: 'access',
  receivedOn: '',
  channel: 'email',
  description: '',
  requester: 'client',
  representativeName: '',
  representativeRole: '',
  idMethod: 'document-shown',
  idDocument: 'none',
  idCheckedOn: '',
  idCheckedBy: '',
  extensionMonths: '0',
  extensionReason: '',
  extensionToldOn: '',
  status: 'open',
  outcome: '',
  outcomeReasons: '',
  deliveredOn: '',
  deliveredHow: '',
});

const orEmpty = (iso: IsoDate | null, format: (iso: string) => string) =>
  iso === null ? '' : format(iso);

/** A stored request back into the form. */
export function requestToInput(
  r: DataSubjectRequest,
  format: (iso: string) => string,
): RequestInput {
  return {
    type: r.type,
    receivedOn: format(r.receivedOn),
    channel: r.channel,
    description: r.description,
    requester: r.requester,
    representativeName: r.representativeName,
    representativeRole: r.representativeRole ?? '',
    idMethod: r.idMethod,
    idDocument: r.idDocument,
    idCheckedOn: orEmpty(r.idCheckedOn, format),
    idCheckedBy: r.idCheckedBy,
    extensionMonths: String(r.extensionMonths),
    extensionReason: r.extensionReason,
    extensionToldOn: orEmpty(r.extensionToldOn, format),
    status: r.status,
    outcome: r.outcome ?? '',
    outcomeReasons: r.outcomeReasons,
    deliveredOn: orEmpty(r.deliveredOn, format),
    deliveredHow: r.deliveredHow,
  };
}

const E = 'requests.errors';

/**
 * Checks the form. `term` is the request's own (for a new one: the firm's setting now);
 * `recordedAt` the original registration time when editing.
 */
export function validateRequest(
  input: RequestInput,
  ctx: { today: IsoDate; term: RequestTerm; recordedAt: string },
): { ok: true; value: DataSubjectRequest } | { ok: false; errors: RequestErrors } {
  const errors: RequestErrors = {};
  const date = (key: keyof RequestInput, text: string, required: boolean): IsoDate | null => {
    if (text.trim() === '') {
      if (required) errors[key] = `${E}.required`;
      return null;
    }
    const iso = parseDutchDate(text);
    if (iso === null) {
      errors[key] = `${E}.date`;
      return null;
    }
    if (iso > ctx.today) {
      errors[key] = `${E}.future`;
      return null;
    }
    return iso;
  };

  const receivedOn = date('receivedOn', input.receivedOn, true);
  const idCheckedOn = date('idCheckedOn', input.idCheckedOn, false);
  const extensionToldOn = date('extensionToldOn', input.extensionToldOn, false);
  const deliveredOn = date('deliveredOn', input.deliveredOn, false);
  if (receivedOn !== null) {
    for (const [key, d] of [
      ['idCheckedOn', idCheckedOn],
      ['extensionToldOn', extensionToldOn],
      ['deliveredOn', deliveredOn],
    ] as const) {
      if (d !== null && d < receivedOn) errors[key] = `${E}.beforeReceived`;
    }
  }

  if (input.requester === 'representative') {
    if (input.representativeName.trim() === '') errors.representativeName = `${E}.required`;
    if (input.representativeRole === '') errors.representativeRole = `${E}.required`;
  }
  if (idCheckedOn !== null && input.idCheckedBy.trim() === '') errors.idCheckedBy = `${E}.required`;

  const extensionMonths = Number(input.extensionMonths);
  if (
    !Number.isInteger(extensionMonths) ||
    extensionMonths < 0 ||
    extensionMonths > MAX_EXTENSION_MONTHS
  ) {
    errors.extensionMonths = `${E}.extension`;
  } else if (extensionMonths > 0) {
    if (input.extensionReason.trim() === '') errors.extensionReason = `${E}.required`;
    if (input.extensionToldOn.trim() === '' && !errors.extensionToldOn)
      errors.extensionToldOn = `${E}.required`;
  }

  const outcome = input.outcome === '' ? null : input.outcome;
  if ((outcome === 'partly' || outcome === 'refused') && input.outcomeReasons.trim() === '')
    errors.outcomeReasons = `${E}.reasons`;
  if (input.status === 'done' && outcome === null) errors.outcome = `${E}.outcomeNeeded`;
  if (deliveredOn !== null && input.deliveredHow.trim() === '')
    errors.deliveredHow = `${E}.required`;

  if (Object.keys(errors).length > 0 || receivedOn === null) return { ok: false, errors };
  const representative = input.requester === 'representative';
  const extended = extensionMonths > 0;
  return {
    ok: true,
    value: {
      type: input.type,
      receivedOn,
      channel: input.channel,
      description: input.description.trim(),
      requester: input.requester,
      representativeName: representative ? input.representativeName.trim() : '',
      representativeRole:
        representative && input.representativeRole !== '' ? input.representativeRole : null,
      idMethod: input.idMethod,
      idDocument: input.idDocument,
      idCheckedOn,
      idCheckedBy: input.idCheckedBy.trim(),
      term: ctx.term,
      extensionMonths,
      extensionReason: extended ? input.extensionReason.trim() : '',
      extensionToldOn: extended ? extensionToldOn : null,
      status: input.status,
      outcome,
      outcomeReasons: outcome === 'granted' ? '' : input.outcomeReasons.trim(),
      deliveredOn,
      deliveredHow: deliveredOn === null ? '' : input.deliveredHow.trim(),
      recordedAt: ctx.recordedAt,
    },
  };
}

/** Representatives named in the consent register, for the "who asked" picker. */
export function knownRepresentatives(
  grounds: readonly { representativeName: string; representativeRole: RepresentativeRole | null }[],
): { name: string; role: RepresentativeRole }[] {
  const seen = new Map<string, { name: string; role: RepresentativeRole }>();
  for (const g of grounds) {
    const name = g.representativeName.trim();
    if (name === '' || g.representativeRole === null) continue;
    seen.set(`${name}\u0000${g.representativeRole}`, { name, role: g.representativeRole });
  }
  return [...seen.values()];
}
