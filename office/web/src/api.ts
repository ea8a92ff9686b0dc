import type { z } from 'zod';
import {
  caseloadResponseSchema,
  clientChangeResponseSchema,
  coachesResponseSchema,
  deadlinesResponseSchema,
  devicesResponseSchema,
  enrolmentCodeResponseSchema,
  errorResponseSchema,
  hoursResponseSchema,
  newCoachResponseSchema,
  newStaffResponseSchema,
  revokeResponseSchema,
  sessionResponseSchema,
  setupResponseSchema,
  setupStateResponseSchema,
  staffListResponseSchema,
  type StaffRole,
} from '../../../shared/sync/staff-api';
import type { MessageKey } from './messages';

/** Why a call failed, in the terms the page explains to the user. */
export type OfficeErrorKind =
  | 'unreachable'
  | 'session-expired'
  | 'invalid-credentials'
  | 'rate-limited'
  | 'forbidden'
  | 'invalid-code'
  | 'invalid-input'
  | 'not-found'
  | 'server'
  | 'bad-answer';

export class OfficeError extends Error {
  constructor(
    readonly kind: OfficeErrorKind,
    readonly retryAfterSeconds?: number,
  ) {
    super(kind);
  }
}

const MESSAGE: Record<OfficeErrorKind, MessageKey> = {
  unreachable: 'error.unreachable',
  'session-expired': 'error.sessionExpired',
  'invalid-credentials': 'error.invalidCredentials',
  'rate-limited': 'error.rateLimited',
  forbidden: 'error.forbidden',
  'invalid-code': 'error.invalidCode',
  'invalid-input': 'error.invalidInput',
  'not-found': 'error.notFound',
  server: 'error.server',
  'bad-answer': 'error.badAnswer',
};

/** The message for any failure, in the page's language. */
export function errorText(
  error: unknown,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): string {
  if (!(error instanceof OfficeError)) return t('error.server');
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  return t(MESSAGE[error.kind], { minutes });
}

function kindOf(status: number, code: string | undefined, signingIn: boolean): OfficeErrorKind {
  if (status === 429) return 'rate-limited';
  if (code === 'invalid-code') return 'invalid-code';
  if (status === 401) return signingIn ? 'invalid-credentials' : 'session-expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 409 || status === 422) return 'invalid-input';
  return 'server';
}

interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  body?: unknown;
  /** A 401 here means wrong credentials, not an expired session. */
  signingIn?: boolean;
}

/**
 * The staff API as the page uses it. `onSessionExpired` runs on any 401 outside sign-in,
 * so the page returns to the sign-in screen with the reason, whatever screen asked.
 */
export function officeApi(onSessionExpired: () => void) {
  async function call<S extends z.ZodType>(
    path: string,
    schema: S | null,
    options: CallOptions = {},
  ): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await fetch(path, {
        method: options.method ?? 'GET',
        credentials: 'same-origin',
        headers:
          options.body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw new OfficeError('unreachable');
    }
    // A reverse proxy in front of a stopped service answers 502/503/504 itself.
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new OfficeError('unreachable');
    }
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(await response.json().catch(() => null));
      const code = parsed.success ? parsed.data.error : undefined;
      const retry =
        (parsed.success ? parsed.data.retryAfterSeconds : undefined) ??
        (Number(response.headers.get('retry-after')) || undefined);
      const kind = kindOf(response.status, code, options.signingIn === true);
      if (kind === 'session-expired') onSessionExpired();
      throw new OfficeError(kind, retry);
    }
    if (schema === null) return undefined as z.infer<S>;
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new OfficeError('bad-answer');
    return parsed.data;
  }

  return {
    // A 401 here only means "not signed in yet": no expiry message at start.
    session: () => call('/api/staff/session', sessionResponseSchema, { signingIn: true }),
    signIn: (email: string, passphrase: string, totp: string) =>
      call('/api/staff/sign-in', sessionResponseSchema, {
        method: 'POST',
        body: { email, passphrase, totp },
        signingIn: true,
      }),
    signOut: () => call('/api/staff/sign-out', null, { method: 'POST', body: {} }),
    setupState: () => call('/api/staff/setup', setupStateResponseSchema),
    setup: (body: { setupCode: string; passphrase: string; name?: string; email?: string }) =>
      call('/api/staff/setup', setupResponseSchema, { method: 'POST', body, signingIn: true }),
    caseload: () => call('/api/staff/caseload', caseloadResponseSchema),
    changeClient: (officeClientId: string, change: { status?: string; coachId?: string }) =>
      call(`/api/staff/clients/${encodeURIComponent(officeClientId)}`, clientChangeResponseSchema, {
        method: 'PATCH',
        body: change,
      }),
    deadlines: () => call('/api/staff/deadlines', deadlinesResponseSchema),
    hours: (from: string, to: string) =>
      call(
        `/api/staff/hours?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        hoursResponseSchema,
      ),
    devices: () => call('/api/staff/devices', devicesResponseSchema),
    revokeDevice: (deviceId: string) =>
      call(`/api/staff/devices/${encodeURIComponent(deviceId)}/revoke`, revokeResponseSchema, {
        method: 'POST',
        body: {},
      }),
    coaches: () => call('/api/staff/coaches', coachesResponseSchema),
    addCoach: (name: string) =>
      call('/api/staff/coaches', newCoachResponseSchema, { method: 'POST', body: { name } }),
    enrolmentCode: (coachId: string) =>
      call('/api/staff/enrolment-codes', enrolmentCodeResponseSchema, {
        method: 'POST',
        body: { coachId },
      }),
    staff: () => call('/api/staff/staff', staffListResponseSchema),
    addStaff: (body: { name: string; email: string; role: StaffRole }) =>
      call('/api/staff/staff', newStaffResponseSchema, { method: 'POST', body }),
  };
}

export type OfficeApi = ReturnType<typeof officeApi>;
