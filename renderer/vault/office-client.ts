import type { z } from 'zod';
import { fromBase64 } from '../../shared/crypto/sign';
import {
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type GroupChange,
} from '../../shared/sync/protocol';
import { signRequest } from '../../shared/sync/request-signing';
import type { OfficeRequest, OfficeResponse, OfficeTransport } from '../../shared/sync/transport';
import type { Enrolment, SyncErrorCode } from './sync-store';

export type { OfficeRequest, OfficeResponse, OfficeTransport };

/** A request the office refused or could not answer, with what the coach can do about it. */
export class OfficeError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly status?: number,
  ) {
    super(`Office sync failed: ${code}${status ? ` (${status})` : ''}`);
  }
}

export const PULL_LIMIT = 500;

function errorFor(status: number, body: string): OfficeError {
  if (status === 401 || status === 403) {
    // The service says why in its error body; the device tells the coach what to do.
    if (/revoked/i.test(body)) return new OfficeError('revoked', status);
    if (/timestamp|clock|skew/i.test(body)) return new OfficeError('clock', status);
    return new OfficeError('refused', status);
  }
  return new OfficeError(status >= 500 ? 'server' : 'bad-response', status);
}

async function call(transport: OfficeTransport, r: OfficeRequest): Promise<string> {
  let res: OfficeResponse;
  try {
    res = await transport(r);
  } catch {
    throw new OfficeError('offline');
  }
  if (res.status < 200 || res.status >= 300) throw errorFor(res.status, res.body);
  return res.body;
}

function parse<S extends z.ZodType>(schema: S, body: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new OfficeError('bad-response');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new OfficeError('bad-response');
  return parsed.data;
}

/** POST /api/devices/enrol: not signed, the one-time code is the proof. */
export async function enrolDevice(
  transport: OfficeTransport,
  origin: string,
  request: { code: string; signPublicKey: string; boxPublicKey: string; label: string },
): Promise<z.output<typeof enrolResponseSchema>> {
  const body = JSON.stringify(request);
  const text = await call(transport, {
    method: 'POST',
    url: `${origin}/api/devices/enrol`,
    headers: { 'content-type': 'application/json' },
    body,
  });
  return parse(enrolResponseSchema, text);
}

/** The signed requests of an enrolled device. */
export class OfficeClient {
  constructor(
    private readonly transport: OfficeTransport,
    private readonly enrolment: Enrolment,
    private readonly now: () => number,
  ) {}

  private async signed(method: 'GET' | 'POST', path: string, body: string): Promise<string> {
    const secret = fromBase64(this.enrolment.signSecretKey);
    try {
      const headers = await signRequest(
        { method, path, body },
        { deviceId: this.enrolment.deviceId, signSecretKey: secret },
        this.now(),
      );
      if (method === 'POST') headers['content-type'] = 'application/json';
      return await call(this.transport, {
        method,
        url: `${this.enrolment.officeUrl}${path}`,
        headers,
        body,
      });
    } finally {
      secret.fill(0);
    }
  }

  async push(
    changes: GroupChange[],
    auditHead?: { seq: number; hash: string },
  ): Promise<z.output<typeof pushResponseSchema>> {
    const body = JSON.stringify(auditHead ? { changes, auditHead } : { changes });
    return parse(pushResponseSchema, await this.signed('POST', '/api/sync/push', body));
  }

  async pull(since: number): Promise<z.output<typeof pullResponseSchema>> {
    const path = `/api/sync/pull?since=${since}&limit=${PULL_LIMIT}`;
    return parse(pullResponseSchema, await this.signed('GET', path, ''));
  }
}
