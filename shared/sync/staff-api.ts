import { z } from 'zod';
import { TRAJECTORY_STATUSES } from './office-fields.ts';

/**
 * The staff routes of the office service (/api/staff/...) as the office view reads them.
 * The service (office/src, branch h-office) declares the same shapes with its own zod
 * schemas for Fastify and the OpenAPI document; the page checks every answer against these,
 * so a service that answers in another shape shows a clear error instead of a half-drawn
 * screen. Objects are not strict: a field the service adds later does no harm.
 *
 * Sessions are a cookie (HttpOnly, Secure, SameSite=Strict) set by sign-in; the page never
 * sees it. A refusal is `{ error, message }` with a stable code (STAFF_ERRORS). Times are
 * ms since the epoch, dates YYYY-MM-DD.
 */

export const STAFF_ROLES = ['administrator', 'planner', 'privacy-officer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What each role sees in the office view (issue 14: administrator devices and staff, planner caseload, assignments and hours). */
export const ROLE_SCREENS = {
  administrator: ['devices', 'staff'],
  planner: ['caseload', 'deadlines', 'hours'],
  'privacy-officer': [],
} as const satisfies Record<StaffRole, readonly string[]>;
export type OfficeScreen = (typeof ROLE_SCREENS)[StaffRole][number];

/** The statuses a planner may set (PUT /api/staff/clients/:id/status). */
export const CLIENT_STATUSES = TRAJECTORY_STATUSES;

/** Codes in `{ error }` the page tells apart; anything else is explained by its HTTP status. */
export const STAFF_ERRORS = [
  'bad-credentials', // 401 at sign-in: login, passphrase or code wrong (never says which)
  'signed-out', // 401: no session, or it ended
  'wrong-role', // 403
  'bad-code', // 401 at setup: one-time code unknown, used or expired
  'login-taken', // 409 at setup
  'weak-passphrase', // 400 at setup
  'rate-limited', // 429
  'invalid', // 400: the request does not match its schema
  'not-found', // 404
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const ms = z.number().int();

export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string().optional(),
});

/** GET /api/staff/me (401 when signed out), and the answer of POST /api/staff/signin. */
export const meResponseSchema = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  officeName: z.string(),
});
export type StaffSession = z.infer<typeof meResponseSchema>;

/** A login name as the service accepts it. */
export const LOGIN_PATTERN = /^[a-z0-9._@-]{3,64}$/;

/** POST /api/staff/signin: 401 bad-credentials, 429 rate-limited. POST /api/staff/signout: { ok }. */
export const signInRequestSchema = z.object({
  login: z.string().max(64),
  passphrase: z.string().max(1024),
  totp: z.string().max(12),
});

/**
 * GET /api/staff/setup-state: whether the first administrator still has to be made, so the
 * page opens on setup. Not in the service yet (see the office view's report); the page
 * treats a 404 as "no".
 */
export const setupStateResponseSchema = z.object({ firstAdministrator: z.boolean() });

/**
 * POST /api/staff/setup: spends a one-time code (the first administrator's, printed by the
 * service at its first start, or an invite an administrator made) and sets login, name and
 * passphrase. The TOTP secret comes back once; signing in with a code proves it was set up.
 */
export const setupRequestSchema = z.object({
  code: z.string().min(6).max(64),
  login: z.string().regex(LOGIN_PATTERN),
  name: z.string().min(1).max(80),
  passphrase: z.string().min(12).max(1024),
});
export const setupResponseSchema = z.object({
  staffId: z.string(),
  role: z.enum(STAFF_ROLES),
  totpSecret: z.string(),
  otpauthUri: z.string().startsWith('otpauth://'),
});

export const caseloadClientSchema = z.object({
  officeClientId: z.string(),
  clientNumber: z.string().nullable(),
  displayName: z.string().nullable(),
  trajectoryType: z.string().nullable(),
  phase: z.string().nullable(),
  status: z.string().nullable(),
  lastContact: isoDate.nullable(),
  restricted: z.boolean(),
});
export type CaseloadClient = z.infer<typeof caseloadClientSchema>;

/** GET /api/staff/caseload (planner): every coach with their clients. */
export const caseloadResponseSchema = z.array(
  z.object({
    coachId: z.string(),
    coachName: z.string(),
    clients: z.array(caseloadClientSchema),
  }),
);
export type CaseloadGroup = z.infer<typeof caseloadResponseSchema>[number];

/**
 * PUT /api/staff/clients/:id/status { status } and PUT /api/staff/clients/:id/coach
 * { coachId } (planner): office-side changes, stamped by the service; they reach the
 * coach's device at its next pull. Both answer { ok }.
 */
export const okResponseSchema = z.object({ ok: z.boolean() });

export const deadlineSchema = z.object({
  officeClientId: z.string(),
  clientNumber: z.string().nullable(),
  displayName: z.string().nullable(),
  coachName: z.string(),
  /** A Poortwachter step or UWV milestone id (see office/web/src/step-labels.ts). */
  step: z.string(),
  due: isoDate,
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** GET /api/staff/deadlines (planner): open deadlines, overdue and due up to `until` (today + 14). */
export const deadlinesResponseSchema = z.object({
  today: isoDate,
  until: isoDate,
  overdue: z.array(deadlineSchema),
  upcoming: z.array(deadlineSchema),
});

export const hoursRowSchema = z.object({
  coachId: z.string(),
  coachName: z.string(),
  month,
  activity: z.string(),
  hours: z.number().nonnegative(),
});
export type HoursRow = z.infer<typeof hoursRowSchema>;

/** GET /api/staff/hours?from=YYYY-MM&to=YYYY-MM (planner; both months included). */
export const hoursResponseSchema = z.array(hoursRowSchema);

export const deviceSchema = z.object({
  id: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  label: z.string(),
  fingerprint: z.string(),
  enrolledAt: ms,
  lastSeenAt: ms.nullable(),
  revokedAt: ms.nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** GET /api/staff/devices (administrator). POST /api/staff/devices/:id/revoke answers { ok }. */
export const devicesResponseSchema = z.array(deviceSchema);

export const coachSchema = z.object({
  id: z.string(),
  name: z.string(),
  devices: z.number().int(),
  clients: z.number().int(),
});
export type Coach = z.infer<typeof coachSchema>;

/** GET /api/staff/coaches (administrator, planner). */
export const coachesResponseSchema = z.array(coachSchema);

/**
 * POST /api/staff/enrolment-codes (administrator) with { coachId } for a known coach or
 * { coachName } for a new one: a one-time code, valid 10 minutes.
 */
export const enrolmentCodeResponseSchema = z.object({
  code: z.string(),
  expiresAt: ms,
  coachId: z.string(),
  coachName: z.string(),
});

export const memberSchema = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  createdAt: ms,
  disabled: z.boolean(),
});
export type StaffMember = z.infer<typeof memberSchema>;

/** GET /api/staff/members (administrator). POST /api/staff/members/:id/disable answers { ok }. */
export const membersResponseSchema = z.array(memberSchema);

/** POST /api/staff/invites { role } (administrator): a one-time setup code, valid 24 hours. */
export const inviteResponseSchema = z.object({ code: z.string(), expiresAt: ms });
