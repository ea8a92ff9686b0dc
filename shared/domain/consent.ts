/**
 * The consent register (docs/domain.md §5, §7): per client, which legal grounds allow which
 * processing, who gave consent and when, and when it was withdrawn.
 *
 * Legal frame, as the app applies it:
 * - Special categories (AVG art. 9) need a ground from art. 9(2). The register knows three:
 *   explicit consent (9(2)(a)); an obligation or right under employment or social-security
 *   law (9(2)(b), in the Netherlands UAVG art. 30, e.g. the Wet verbetering Poortwachter),
 *   which must name the provision; and vital interest (9(2)(c)) when the client cannot
 *   consent, which must state the circumstance.
 * - Sending a CV to employers rests on consent only, and only for the employers named.
 * - Under 16 (UAVG art. 5), under curatele or with a mentor, consent comes from the legal
 *   representative. A client born on 29 February turns 16 on 1 March in a common year: the
 *   later of the two possible days, so a representative is asked for rather than skipped.
 * - Withdrawal (AVG art. 7(3)) takes effect on its date, including a withdrawal today, and
 *   does not undo processing before it. Withdrawal is recorded, never deleted.
 *
 * Messages are i18n keys; shared/ knows no language.
 */
import { z } from 'zod';
import { parseDutchDate } from './dutch-date';
import { tryParseIsoDate, type IsoDate } from './iso-date';

export const CONSENT_REGISTER_KIND = 'consent-register';

export const REPRESENTATIONS = ['none', 'curatele', 'mentorschap'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];
export const BASES = ['consent', 'legal-obligation', 'vital-interest'] as const;
export type Basis = (typeof BASES)[number];
export const SCOPES = ['special-categories', 'share-employer', 'cv-to-employers', 'other'] as const;
export type Scope = (typeof SCOPES)[number];
export const METHODS = ['written', 'digital', 'verbal'] as const;
export type Method = (typeof METHODS)[number];
export const GIVEN_BY = ['client', 'representative'] as const;
export type GivenBy = (typeof GIVEN_BY)[number];
export const REPRESENTATIVE_ROLES = ['parent-guardian', 'curator', 'mentor'] as const;
export type RepresentativeRole = (typeof REPRESENTATIVE_ROLES)[number];

/** Age below which a legal representative consents (UAVG art. 5). */
export const CONSENT_AGE = 16;
export const MAX_EMPLOYERS = 50;

export interface Ground {
  id: string;
  basis: Basis;
  scope: Scope;
  /** The employers a CV may go to; only for 'cv-to-employers', never empty there. */
  employers: string[];
  /** The legal provision, the circumstance, or what "other" covers. */
  description: string;
  /** When consent was given, or from when the other ground applies. */
  givenOn: IsoDate;
  /** Consent only: how it was given. Null for the other bases, which nobody "gives". */
  method: Method | null;
  /** Consent only. */
  givenBy: GivenBy | null;
  /** Consent given by a representative only; '' otherwise. */
  representativeName: string;
  representativeRole: RepresentativeRole | null;
  /** The day consent was withdrawn or the ground ended; null while it stands. */
  withdrawnOn: IsoDate | null;
  /** ISO timestamp of when the coach recorded it. */
  recordedAt: string;
}

/** The record stored under CONSENT_REGISTER_KIND, one per client. */
export interface ConsentRegister {
  representation: Representation;
  grounds: Ground[];
}

export const emptyRegister = (): ConsentRegister => ({ representation: 'none', grounds: [] });

/** What the rules need to know about the client besides the register. */
export interface ConsentContext {
  /** ISO date of birth, or ''/undefined when unknown. */
  birthDate?: string | undefined;
  representation: Representation;
}

const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== undefined);

const groundSchema = z.object({
  id: z.string().min(1),
  basis: z.enum(BASES),
  scope: z.enum(SCOPES),
  employers: z.array(z.string()),
  description: z.string(),
  givenOn: isoDate,
  method: z.enum(METHODS).nullable(),
  givenBy: z.enum(GIVEN_BY).nullable(),
  representativeName: z.string(),
  representativeRole: z.enum(REPRESENTATIVE_ROLES).nullable(),
  withdrawnOn: isoDate.nullable(),
  recordedAt: z.string(),
});

/** What a stored register must look like; one of an unknown shape grants nothing. */
export const consentRegisterSchema = z.object({
  representation: z.enum(REPRESENTATIONS),
  grounds: z.array(groundSchema),
});

export const isConsentRegister = (data: unknown): data is ConsentRegister =>
  consentRegisterSchema.safeParse(data).success;

// ---------------------------------------------------------------------------------------
// Age and representation

function requireIso(date: string, what: string): void {
  if (tryParseIsoDate(date) === undefined) throw new RangeError(`${what} is not a YYYY-MM-DD date`);
}

/** Whole years of age on a day, or undefined when the date of birth is unknown or later. */
export function ageOn(birthDateIso: string | undefined, onDateIso: IsoDate): number | undefined {
  requireIso(onDateIso, 'onDate');
  if (!birthDateIso || tryParseIsoDate(birthDateIso) === undefined) return undefined;
  if (birthDateIso > onDateIso) return undefined;
  const years = Number(onDateIso.slice(0, 4)) - Number(birthDateIso.slice(0, 4));
  // "MM-DD" strings compare like the days they name. A 29 February birthday compares as
  // later than 28 February, so in a common year the birthday falls on 1 March.
  return onDateIso.slice(5) >= birthDateIso.slice(5) ? years : years - 1;
}

export type RepresentationReason = 'minor' | 'curatele' | 'mentorschap';

/** Why consent must come from a legal representative on that day; empty when it need not. */
export function representationReasons(
  birthDateIso: string | undefined,
  representation: Representation,
  onDateIso: IsoDate,
): RepresentationReason[] {
  const reasons: RepresentationReason[] = [];
  const age = ageOn(birthDateIso, onDateIso);
  if (age !== undefined && age < CONSENT_AGE) reasons.push('minor');
  if (representation !== 'none') reasons.push(representation);
  return reasons;
}

/** Under 16 on that day (from the date of birth), or under curatele or mentorschap. */
export function representativeRequired(
  birthDateIso: string | undefined,
  representation: Representation,
  onDateIso: IsoDate,
): boolean {
  return representationReasons(birthDateIso, representation, onDateIso).length > 0;
}

const ROLE_FOR: Record<RepresentationReason, RepresentativeRole> = {
  minor: 'parent-guardian',
  curatele: 'curator',
  mentorschap: 'mentor',
};

/** Who may consent on the client's behalf for these reasons. */
export const rolesFor = (reasons: RepresentationReason[]): RepresentativeRole[] =>
  reasons.map((r) => ROLE_FOR[r]);

// ---------------------------------------------------------------------------------------
// Entering a ground

/** What the form holds. Dates as typed: dd-mm-jjjj or ISO. */
export interface GroundInput {
  basis: Basis;
  scope: Scope;
  employers: string[];
  description: string;
  givenOn: string;
  method: Method;
  givenBy: GivenBy;
  representativeName: string;
  representativeRole: RepresentativeRole | '';
}

/** A ground as the rules accept it, before it gets an id and a recording time. */
export type GroundFields = Omit<Ground, 'id' | 'recordedAt' | 'withdrawnOn'>;

export type GroundErrors = Partial<Record<keyof GroundInput, string>>;

export const emptyGroundInput = (): GroundInput => ({
  basis: 'consent',
  scope: 'special-categories',
  employers: [],
  description: '',
  givenOn: '',
  method: 'written',
  givenBy: 'client',
  representativeName: '',
  representativeRole: '',
});

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

const groundInputSchema = z.object({
  basis: z.enum(BASES),
  scope: z.enum(SCOPES),
  employers: z
    .array(text(150))
    .max(MAX_EMPLOYERS, 'consent.errors.tooManyEmployers')
    .transform((list) => dedupe(list.filter(Boolean))),
  description: text(500),
  givenOn: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .refine((s) => parseDutchDate(s) !== null, 'validation.date')
    .transform((s) => parseDutchDate(s) ?? s),
  method: z.enum(METHODS),
  givenBy: z.enum(GIVEN_BY),
  representativeName: text(150),
  representativeRole: z.enum(['', ...REPRESENTATIVE_ROLES]),
});

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = s.toLocaleLowerCase('nl');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rules on what a ground covers, shared by entry and by the check of stored grounds. */
function coverageIssues(g: {
  basis: Basis;
  scope: Scope;
  employers: string[];
  description: string;
}): GroundErrors {
  const errors: GroundErrors = {};
  if (g.scope === 'cv-to-employers') {
    if (g.basis !== 'consent') errors.basis = 'consent.errors.cvNeedsConsent';
    if (g.employers.length === 0) errors.employers = 'consent.errors.employersRequired';
  }
  if (g.basis === 'vital-interest' && g.scope !== 'special-categories')
    errors.scope = 'consent.errors.vitalInterestScope';
  if (!g.description) {
    if (g.basis === 'legal-obligation') errors.description = 'consent.errors.provisionRequired';
    else if (g.basis === 'vital-interest')
      errors.description = 'consent.errors.circumstanceRequired';
    else if (g.scope === 'other') errors.description = 'consent.errors.otherRequired';
  }
  return errors;
}

const REQUIRED_KEY: Record<RepresentationReason, string> = {
  minor: 'consent.errors.representativeRequiredMinor',
  curatele: 'consent.errors.representativeRequiredCuratele',
  mentorschap: 'consent.errors.representativeRequiredMentorschap',
};

/**
 * Checks a ground as entered. Field errors are i18n keys. The result keeps only what the
 * basis uses: the other bases get no method, giver or representative, and only a CV
 * ground keeps employers.
 */
export function validateGround(
  input: GroundInput,
  context: ConsentContext,
  todayIso: IsoDate,
): { ok: true; value: GroundFields } | { ok: false; errors: GroundErrors } {
  requireIso(todayIso, 'today');
  const parsed = groundInputSchema.safeParse(input);
  const errors: GroundErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof GroundInput;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  Object.assign(errors, coverageIssues(v));

  if (v.givenOn > todayIso) errors.givenOn = 'validation.dateInFuture';
  else if (context.birthDate && v.givenOn < context.birthDate)
    errors.givenOn = 'consent.errors.beforeBirth';

  const consent = v.basis === 'consent';
  if (consent && !errors.givenOn) {
    const reasons = representationReasons(context.birthDate, context.representation, v.givenOn);
    const first = reasons[0];
    if (v.givenBy === 'client' && first) errors.givenBy = REQUIRED_KEY[first];
    if (v.givenBy === 'representative') {
      if (!first) errors.givenBy = 'consent.errors.representativeNotAllowed';
      if (!v.representativeName) errors.representativeName = 'validation.required';
      if (!v.representativeRole) errors.representativeRole = 'validation.required';
      else if (first && !rolesFor(reasons).includes(v.representativeRole))
        errors.representativeRole = `consent.errors.roleMustBe.${ROLE_FOR[first]}`;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const byRepresentative = consent && v.givenBy === 'representative';
  return {
    ok: true,
    value: {
      basis: v.basis,
      scope: v.scope,
      employers: v.scope === 'cv-to-employers' ? v.employers : [],
      description: v.description,
      givenOn: v.givenOn,
      method: consent ? v.method : null,
      givenBy: consent ? v.givenBy : null,
      representativeName: byRepresentative ? v.representativeName : '',
      representativeRole: byRepresentative && v.representativeRole ? v.representativeRole : null,
    },
  };
}

/** A withdrawal date is a real day, not in the future, not before the ground was given. */
export function validateWithdrawal(
  ground: Ground,
  onIso: string,
  todayIso: IsoDate,
): string | null {
  if (ground.withdrawnOn) return 'consent.errors.alreadyWithdrawn';
  if (tryParseIsoDate(onIso) === undefined) return 'validation.date';
  if (onIso > todayIso) return 'validation.dateInFuture';
  if (onIso < ground.givenOn) return 'consent.errors.withdrawBeforeGiven';
  return null;
}

// ---------------------------------------------------------------------------------------
// Validity

export type GroundStatus =
  | { state: 'valid' }
  | { state: 'withdrawn'; on: IsoDate }
  /** reason: an i18n key saying why the ground does not count. */
  | { state: 'invalid'; reason: string };

/**
 * Whether a stored ground counts today. Consent the client gave while a representative was
 * required on that day does not; nor does the client's own consent while curatele or
 * mentorschap applies now (the register keeps only the current flag, so that is what counts).
 */
export function groundStatus(
  ground: Ground,
  context: ConsentContext,
  todayIso: IsoDate,
): GroundStatus {
  requireIso(todayIso, 'today');
  if (ground.withdrawnOn && ground.withdrawnOn <= todayIso)
    return { state: 'withdrawn', on: ground.withdrawnOn };
  if (ground.givenOn > todayIso) return { state: 'invalid', reason: 'consent.invalid.future' };
  if (Object.keys(coverageIssues(ground)).length > 0)
    return { state: 'invalid', reason: 'consent.invalid.incomplete' };
  if (ground.basis === 'consent') {
    if (ground.givenBy === null || ground.method === null)
      return { state: 'invalid', reason: 'consent.invalid.incomplete' };
    if (ground.givenBy === 'client') {
      const age = ageOn(context.birthDate, ground.givenOn);
      if (age !== undefined && age < CONSENT_AGE)
        return { state: 'invalid', reason: 'consent.invalid.minorAtGiven' };
      if (context.representation !== 'none')
        return { state: 'invalid', reason: `consent.invalid.${context.representation}` };
    }
    if (
      ground.givenBy === 'representative' &&
      (!ground.representativeName || !ground.representativeRole)
    )
      return { state: 'invalid', reason: 'consent.invalid.incomplete' };
  }
  return { state: 'valid' };
}

export const isGroundValid = (ground: Ground, context: ConsentContext, todayIso: IsoDate) =>
  groundStatus(ground, context, todayIso).state === 'valid';

/**
 * May this client's special-category data be processed today: is there a standing, valid
 * ground of any basis for 'special-categories'? The compartment opens only when there is.
 */
export function hasLegalGroundForSpecialCategories(
  register: ConsentRegister,
  context: Pick<ConsentContext, 'birthDate'>,
  todayIso: IsoDate,
): boolean {
  const full: ConsentContext = { ...context, representation: register.representation };
  return register.grounds.some(
    (g) => g.scope === 'special-categories' && isGroundValid(g, full, todayIso),
  );
}
