import type { z } from 'zod';
import {
  caseloadResponseSchema,
  coachesResponseSchema,
  deadlinesResponseSchema,
  devicesResponseSchema,
  enrolmentCodeResponseSchema,
  errorResponseSchema,
  hoursResponseSchema,
  inviteResponseSchema,
  meResponseSchema,
  membersResponseSchema,
  okResponseSchema,
  setupResponseSchema,
  setupStateResponseSchema,
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
  | 'login-taken'
  | 'weak-passphrase'
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
  'login-taken': 'error.loginTaken',
  'weak-passphrase': 'setup.tooShort',
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
  if (code === 'bad-code') return 'invalid-code';
  if (code === 'login-taken') return 'login-taken';
  if (code === 'weak-passphrase') return 'weak-passphrase';
  if (status === 401) return signingIn ? 'invalid-credentials' : 'session-expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 409 || status === 422) return 'invalid-input';
  return 'server';
}

interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT';
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
    schema: S,
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
      const retry = Number(response.headers.get('retry-after')) || undefined;
      const kind = kindOf(response.status, code, options.signingIn === true);
      if (kind === 'session-expired') onSessionExpired();
      throw new OfficeError(kind, retry);
    }
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new OfficeError('bad-answer');
    return parsed.data;
  }

  const post = (body: unknown): CallOptions => ({ method: 'POST', body });
  const put = (body: unknown): CallOptions => ({ method: 'PUT', body });
  const id = encodeURIComponent;

  return {
    // A 401 here only means "not signed in yet": no expiry message at start.
    me: () => call('/api/staff/me', meResponseSchema, { signingIn: true }),
    /** Whether the first administrator is still to be made; a service without the route says no. */
    setupState: async () => {
      try {
        return await call('/api/staff/setup-state', setupStateResponseSchema);
      } catch (error) {
        if (error instanceof OfficeError && error.kind === 'not-found') {
          return { firstAdministrator: false };
        }
        throw error;
      }
    },
    signIn: (login: string, passphrase: string, totp: string) =>
      call('/api/staff/signin', meResponseSchema, {
        ...post({ login, passphrase, totp }),
        signingIn: true,
      }),
    signOut: () => call('/api/staff/signout', okResponseSchema, post({})),
    setup: (body: { code: string; login: string; name: string; passphrase: string }) =>
      call('/api/staff/setup', setupResponseSchema, { ...post(body), signingIn: true }),
    caseload: () => call('/api/staff/caseload', caseloadResponseSchema),
    setStatus: (officeClientId: string, status: string) =>
      call(`/api/staff/clients/${id(officeClientId)}/status`, okResponseSchema, put({ status })),
    setCoach: (officeClientId: string, coachId: string) =>
      call(`/api/staff/clients/${id(officeClientId)}/coach`, okResponseSchema, put({ coachId })),
    deadlines: () => call('/api/staff/deadlines', deadlinesResponseSchema),
    hours: (from: string, to: string) =>
      call(`/api/staff/hours?from=${id(from)}&to=${id(to)}`, hoursResponseSchema),
    devices: () => call('/api/staff/devices', devicesResponseSchema),
    revokeDevice: (deviceId: string) =>
      call(`/api/staff/devices/${id(deviceId)}/revoke`, okResponseSchema, post({})),
    coaches: () => call('/api/staff/coaches', coachesResponseSchema),
    /** For a known coach by id, or a new one by name (the service adds the coach). */
    enrolmentCode: (coach: { coachId: string } | { coachName: string }) =>
      call('/api/staff/enrolment-codes', enrolmentCodeResponseSchema, post(coach)),
    members: () => call('/api/staff/members', membersResponseSchema),
    disableMember: (memberId: string) =>
      call(`/api/staff/members/${id(memberId)}/disable`, okResponseSchema, post({})),
    invite: (role: StaffRole) => call('/api/staff/invites', inviteResponseSchema, post({ role })),
  };
}

export type OfficeApi = ReturnType<typeof officeApi>;
