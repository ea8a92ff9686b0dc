import { z } from 'zod';

/**
 * The office view's contract with the office service: the JSON of every staff route under
 * /api/staff/. The page (office/web) checks each answer with these schemas, so a service
 * that answers in another shape shows a clear error instead of a half-drawn screen; the
 * service can turn the same schemas into its routes' JSON Schemas (z.toJSONSchema).
 *
 * Sessions are cookies (HttpOnly, Secure, SameSite=Strict) set by sign-in; the page never
 * sees them. An error answer is `{ error, message? }` with the codes in STAFF_ERRORS.
 */

export const STAFF_ROLES = ['administrator', 'planner', 'privacy-officer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What each role may see in the office view (issue 14: administrator devices and staff, planner caseload, assignments and hours). */
export const ROLE_SCREENS = {
  administrator: ['devices', 'staff'],
  planner: ['caseload', 'deadlines', 'hours'],
  'privacy-officer': [],
} as const satisfies Record<StaffRole, readonly string[]>;
export type OfficeScreen = (typeof ROLE_SCREENS)[StaffRole][number];

/** Statuses a planner can give a client's trajectory; a value the view does not know is shown as it is. */
export const CLIENT_STATUSES = ['intake', 'active', 'paused', 'closed'] as const;

/** Error codes in `{ error }` answers. */
export const STAFF_ERRORS = [
  'invalid-credentials', // sign-in: passphrase or TOTP code wrong (never says which)
  'rate-limited', // 429, with retryAfterSeconds
  'unauthenticated', // 401: no session, or it expired
  'forbidden', // 403: the role may not do this
  'invalid-code', // setup: one-time code unknown, used or expired
  'invalid-input', // 400
  'not-found', // 404
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
/** An instant as ISO 8601 with time zone ("2026-11-30T09:12:00.000Z"). */
const instant = z.string().min(10);

export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
});

export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(STAFF_ROLES),
  /** False until the member has set a passphrase and TOTP with their setup code. */
  activated: z.boolean(),
  createdAt: instant,
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** GET /api/staff/session (200, or 401 when signed out); also the answer of sign-in. */
export const sessionResponseSchema = z.object({
  staff: staffMemberSchema,
  expiresAt: instant,
});
export type StaffSession = z.infer<typeof sessionResponseSchema>;

/** POST /api/staff/sign-in; 401 invalid-credentials, 429 rate-limited. */
export const signInRequestSchema = z.object({
  email: z.string().min(3).max(200),
  passphrase: z.string().min(1).max(1000),
  totp: z.string().regex(/^\d{6}$/),
});

/** POST /api/staff/sign-out: 204. */

/** GET /api/staff/setup: whether the first administrator still has to be made. */
export const setupStateResponseSchema = z.object({ firstAdministrator: z.boolean() });

/**
 * POST /api/staff/setup: spends a one-time setup code (the one the service printed for the
 * first administrator, or one an administrator made for a new member) and sets the
 * passphrase. `name` and `email` are required for the first administrator only; an invited
 * member already has them. The answer holds the TOTP secret once; the member proves it by
 * signing in with a code. 400 invalid-code when the code is unknown, used or expired.
 */
export const setupRequestSchema = z.object({
  setupCode: z.string().min(6).max(64),
  passphrase: z.string().min(12).max(1000),
  name: z.string().min(1).max(120).optional(),
  email: z.string().min(3).max(200).optional(),
});
export const setupResponseSchema = z.object({
  staff: staffMemberSchema,
  totpSecret: z.string(),
  otpauthUri: z.string().startsWith('otpauth://'),
});

export const coachSchema = z.object({ id: z.string(), name: z.string() });
export type Coach = z.infer<typeof coachSchema>;

/** One client as the office holds it: the minimal projection's client, trajectory, contact and status groups. */
export const caseloadClientSchema = z.object({
  officeClientId: z.string(),
  clientNumber: z.string(),
  displayName: z.string(),
  coachId: z.string().nullable(),
  trajectoryType: z.string().nullable(),
  phase: z.string().nullable(),
  status: z.string().nullable(),
  orderNumber: z.string().nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  grantedHours: z.number().nullable(),
  lastContact: isoDate.nullable(),
  restricted: z.boolean(),
  erasure: z.enum(['none', 'ordered', 'done']),
});
export type CaseloadClient = z.infer<typeof caseloadClientSchema>;

/** GET /api/staff/caseload (planner). */
export const caseloadResponseSchema = z.object({
  coaches: z.array(coachSchema),
  clients: z.array(caseloadClientSchema),
});

/**
 * PATCH /api/staff/clients/:officeClientId (planner): a new status or coach. The service
 * stamps it with its clock; it reaches the coach's device at the next pull.
 */
export const clientChangeRequestSchema = z
  .object({ status: z.enum(CLIENT_STATUSES).optional(), coachId: z.string().optional() })
  .refine((c) => c.status !== undefined || c.coachId !== undefined);
export const clientChangeResponseSchema = z.object({ client: caseloadClientSchema });

export const deadlineSchema = z.object({
  officeClientId: z.string(),
  clientNumber: z.string(),
  displayName: z.string(),
  coachId: z.string().nullable(),
  coachName: z.string().nullable(),
  /** A Poortwachter step id ("plan-van-aanpak") or a UWV milestone ("uwv:voortgang-1"). */
  stepId: z.string(),
  due: isoDate,
  done: isoDate.nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** GET /api/staff/deadlines (planner): every open deadline; `today` is the office's date. */
export const deadlinesResponseSchema = z.object({
  today: isoDate,
  deadlines: z.array(deadlineSchema),
});

export const hoursRowSchema = z.object({
  officeClientId: z.string(),
  clientNumber: z.string(),
  displayName: z.string(),
  coachId: z.string().nullable(),
  coachName: z.string().nullable(),
  orderNumber: z.string().nullable(),
  month,
  activity: z.string(),
  hours: z.number().nonnegative(),
});
export type HoursRow = z.infer<typeof hoursRowSchema>;

/** GET /api/staff/hours?from=YYYY-MM&to=YYYY-MM (planner, both months included). */
export const hoursResponseSchema = z.object({ rows: z.array(hoursRowSchema) });

export const deviceSchema = z.object({
  deviceId: z.string(),
  label: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  fingerprint: z.string(),
  enrolledAt: instant,
  lastSeenAt: instant.nullable(),
  revokedAt: instant.nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** GET /api/staff/devices (administrator). */
export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) });
/** POST /api/staff/devices/:deviceId/revoke (administrator): the device's next request is refused. */
export const revokeResponseSchema = z.object({ device: deviceSchema });

/** GET /api/staff/coaches (administrator, planner). */
export const coachesResponseSchema = z.object({ coaches: z.array(coachSchema) });
/** POST /api/staff/coaches (administrator). */
export const newCoachRequestSchema = z.object({ name: z.string().trim().min(1).max(120) });
export const newCoachResponseSchema = z.object({ coach: coachSchema });

/** POST /api/staff/enrolment-codes (administrator): a one-time code, valid 10 minutes. */
export const enrolmentCodeRequestSchema = z.object({ coachId: z.string() });
export const enrolmentCodeResponseSchema = z.object({
  code: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  expiresAt: instant,
});

/** GET /api/staff/staff (administrator). */
export const staffListResponseSchema = z.object({ staff: z.array(staffMemberSchema) });
/** POST /api/staff/staff (administrator): the member's one-time setup code comes back once. */
export const newStaffRequestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().min(3).max(200),
  role: z.enum(STAFF_ROLES),
});
export const newStaffResponseSchema = z.object({
  staff: staffMemberSchema,
  setupCode: z.string(),
  expiresAt: instant,
});
