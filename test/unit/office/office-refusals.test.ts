import type { InjectOptions } from 'fastify';
import nacl from 'tweetnacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../office/src/db/schema.ts';
import {
  backends,
  SETUP_TIMEOUT,
  dumpTables,
  enrolDevice,
  firstAdmin,
  newClientId,
  signed,
  signIn,
  stamp,
  staffWithRole,
  startOffice,
  totpNow,
  type Office,
  type StaffSession,
  type TestDevice,
} from './office-harness.ts';

/**
 * Every endpoint, tried the ways an attacker or a broken client would: each attempt is
 * refused, and a dump of every table before and after shows that nothing changed.
 */
describe.each(backends())('office refusals on $name', (backend) => {
  let o: Office;
  let admin: StaffSession;
  let staff: Record<StaffRole, StaffSession>;
  let anna: TestDevice;
  let bram: TestDevice;
  let bramsClient: string;

  beforeAll(async () => {
    o = await startOffice(backend);
    admin = await firstAdmin(o);
    staff = {
      administrator: admin,
      planner: await staffWithRole(o, admin, 'planner'),
      'privacy-officer': await staffWithRole(o, admin, 'privacy-officer'),
    };
    anna = await enrolDevice(o, admin, { coachName: 'Anna' });
    bram = await enrolDevice(o, admin, { coachName: 'Bram' });
    bramsClient = newClientId();
    const res = await o.app.inject(
      signed(o, bram, 'POST', '/api/sync/push', {
        changes: [
          {
            officeClientId: bramsClient,
            group: 'trajectory',
            fields: { phase: { value: 'plan', hlc: stamp(o.clock.t - 1, bram.deviceId) } },
          },
        ],
      }),
    );
    expect(res.statusCode).toBe(200);
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  /** Runs the request and proves it was refused with `status` and changed nothing. */
  async function refusedUnchanged(req: InjectOptions, status: number, except: string[] = []) {
    const before = await dumpTables(o.db, except);
    const res = await o.app.inject(req);
    expect(res.statusCode, res.body).toBe(status);
    expect(await dumpTables(o.db, except)).toBe(before);
    return res;
  }

  const pushBody = (device: TestDevice, clientId = newClientId()) => ({
    changes: [
      {
        officeClientId: clientId,
        group: 'contact',
        fields: {
          lastContact: { value: '2026-03-09', hlc: stamp(o.clock.t - 1, device.deviceId) },
        },
      },
    ],
  });
  const endpoints = [
    { name: 'push', method: 'POST' as const, url: '/api/sync/push', body: () => pushBody(anna) },
    {
      name: 'pull',
      method: 'GET' as const,
      url: '/api/sync/pull?since=0&limit=10',
      body: () => undefined,
    },
  ];

  describe.each(endpoints)('signed device endpoint $name', (ep) => {
    it('refuses a request without a signature, or missing any one header', async () => {
      await refusedUnchanged(
        { method: ep.method, url: ep.url, ...(ep.body() ? { payload: ep.body() } : {}) },
        401,
      );
      for (const h of ['device', 'timestamp', 'nonce', 'bodySha256', 'signature'] as const)
        await refusedUnchanged(signed(o, anna, ep.method, ep.url, ep.body(), { omit: [h] }), 401);
    });

    it('refuses a signature made with another key', async () => {
      const other = nacl.sign.keyPair();
      await refusedUnchanged(
        signed(o, anna, ep.method, ep.url, ep.body(), { signWith: other.secretKey }),
        401,
      );
      // Bram's real key, claiming to be Anna's device.
      await refusedUnchanged(
        signed(o, anna, ep.method, ep.url, ep.body(), { signWith: bram.sign.secretKey }),
        401,
      );
    });

    it('refuses an altered body, path or query', async () => {
      const body = ep.body();
      if (body) {
        const altered = JSON.stringify({ ...body, changes: [] });
        await refusedUnchanged(
          signed(o, anna, ep.method, ep.url, body, { sentBody: altered }),
          400,
        );
      }
      const req = signed(o, anna, ep.method, ep.url, body);
      await refusedUnchanged(
        { ...req, url: `${ep.url}${ep.url.includes('?') ? '&' : '?'}x=1` },
        401,
      );
    });

    it('refuses a replayed nonce, even after the first request succeeded', async () => {
      const req = signed(o, anna, ep.method, ep.url, ep.body());
      expect((await o.app.inject(req)).statusCode).toBe(200);
      await refusedUnchanged(req, 409);
    });

    it('refuses a timestamp more than 5 minutes off, either way', async () => {
      await refusedUnchanged(
        signed(o, anna, ep.method, ep.url, ep.body(), { timestamp: o.clock.t - 5 * 60_000 - 1 }),
        401,
      );
      await refusedUnchanged(
        signed(o, anna, ep.method, ep.url, ep.body(), { timestamp: o.clock.t + 5 * 60_000 + 1 }),
        401,
      );
    });

    it('refuses an unknown device', async () => {
      await refusedUnchanged(
        signed(o, anna, ep.method, ep.url, ep.body(), { deviceId: 'd_nobody' }),
        401,
      );
    });
  });

  it("refuses coach A's device pushing coach B's client, and never shows it to A", async () => {
    await refusedUnchanged(
      signed(o, anna, 'POST', '/api/sync/push', pushBody(anna, bramsClient)),
      403,
    );
    // Mixed with a client of her own: the whole push is refused, her change too.
    const mixed = pushBody(anna);
    mixed.changes.push(...pushBody(anna, bramsClient).changes);
    await refusedUnchanged(signed(o, anna, 'POST', '/api/sync/push', mixed), 403);
    const pulled = await o.app.inject(signed(o, anna, 'GET', '/api/sync/pull?since=0&limit=1000'));
    expect(pulled.body).not.toContain(bramsClient);
  });

  it('refuses a revoked device on its next request, push and pull', async () => {
    const lost = await enrolDevice(o, admin, { coachId: anna.coachId });
    expect(
      (await o.app.inject(signed(o, lost, 'POST', '/api/sync/push', pushBody(lost)))).statusCode,
    ).toBe(200);
    const revoke = await o.app.inject({
      method: 'POST',
      url: `/api/staff/devices/${lost.deviceId}/revoke`,
      headers: { cookie: admin.cookie },
    });
    expect(revoke.statusCode).toBe(200);
    await refusedUnchanged(signed(o, lost, 'POST', '/api/sync/push', pushBody(lost)), 403);
    await refusedUnchanged(signed(o, lost, 'GET', '/api/sync/pull?since=0'), 403);
  });

  it('refuses enrolment with an unknown, spent or expired code', async () => {
    const keys = () => ({
      signPublicKey: Buffer.from(nacl.sign.keyPair().publicKey).toString('base64'),
      boxPublicKey: Buffer.from(nacl.box.keyPair().publicKey).toString('base64'),
      label: 'Laptop',
    });
    const rate = ['rate_limits']; // attempts are counted on purpose (see http/rate-limit.ts)
    await refusedUnchanged(
      { method: 'POST', url: '/api/devices/enrol', payload: { code: 'AAAA-BBBB-CCCC', ...keys() } },
      401,
      rate,
    );
    const mk = async () =>
      (
        await o.app.inject({
          method: 'POST',
          url: '/api/staff/enrolment-codes',
          headers: { cookie: admin.cookie },
          payload: { coachId: anna.coachId },
        })
      ).json<{ code: string }>().code;
    const code = await mk();
    expect(
      (
        await o.app.inject({
          method: 'POST',
          url: '/api/devices/enrol',
          payload: { code, ...keys() },
        })
      ).statusCode,
    ).toBe(200);
    await refusedUnchanged(
      { method: 'POST', url: '/api/devices/enrol', payload: { code, ...keys() } },
      401,
      rate,
    );
    const late = await mk();
    o.clock.t += 10 * 60_000 + 1;
    await refusedUnchanged(
      { method: 'POST', url: '/api/devices/enrol', payload: { code: late, ...keys() } },
      401,
      rate,
    );
  });

  it('refuses sign-in without TOTP, with a wrong or a reused code, or a wrong passphrase', async () => {
    const p = staff.planner;
    const rate = ['rate_limits'];
    const signin = (payload: object) => ({
      method: 'POST' as const,
      url: '/api/staff/signin',
      payload,
    });
    await refusedUnchanged(signin({ login: p.login, passphrase: p.passphrase }), 400, rate);
    await refusedUnchanged(
      signin({ login: p.login, passphrase: p.passphrase, totp: '' }),
      401,
      rate,
    );
    await refusedUnchanged(
      signin({ login: p.login, passphrase: p.passphrase, totp: '000000' }),
      401,
      rate,
    );
    o.clock.t += 30_000;
    const code = totpNow(p.totpSecret, o.clock.t);
    await refusedUnchanged(
      signin({ login: p.login, passphrase: 'wrong passphrase!!', totp: code }),
      401,
      rate,
    );
    expect(
      (await o.app.inject(signin({ login: p.login, passphrase: p.passphrase, totp: code })))
        .statusCode,
    ).toBe(200);
    await refusedUnchanged(
      signin({ login: p.login, passphrase: p.passphrase, totp: code }),
      401,
      rate,
    );
  });

  const client = () => bramsClient;
  const staffRoutes: {
    method: 'GET' | 'POST' | 'PUT';
    path: string;
    url: () => string;
    payload?: () => object;
    roles: StaffRole[];
  }[] = [
    {
      method: 'GET',
      path: '/api/staff/me',
      url: () => '/api/staff/me',
      roles: ['administrator', 'planner', 'privacy-officer'],
    },
    {
      method: 'POST',
      path: '/api/staff/invites',
      url: () => '/api/staff/invites',
      payload: () => ({ role: 'planner' }),
      roles: ['administrator'],
    },
    {
      method: 'GET',
      path: '/api/staff/members',
      url: () => '/api/staff/members',
      roles: ['administrator'],
    },
    {
      method: 'POST',
      path: '/api/staff/members/{id}/disable',
      url: () => `/api/staff/members/${staff.planner.id}/disable`,
      roles: ['administrator'],
    },
    {
      method: 'GET',
      path: '/api/staff/coaches',
      url: () => '/api/staff/coaches',
      roles: ['administrator', 'planner'],
    },
    {
      method: 'POST',
      path: '/api/staff/enrolment-codes',
      url: () => '/api/staff/enrolment-codes',
      payload: () => ({ coachName: 'Carla' }),
      roles: ['administrator'],
    },
    {
      method: 'GET',
      path: '/api/staff/devices',
      url: () => '/api/staff/devices',
      roles: ['administrator'],
    },
    {
      method: 'POST',
      path: '/api/staff/devices/{id}/revoke',
      url: () => `/api/staff/devices/${anna.deviceId}/revoke`,
      roles: ['administrator'],
    },
    {
      method: 'GET',
      path: '/api/staff/caseload',
      url: () => '/api/staff/caseload',
      roles: ['planner'],
    },
    {
      method: 'PUT',
      path: '/api/staff/clients/{id}/coach',
      url: () => `/api/staff/clients/${client()}/coach`,
      payload: () => ({ coachId: anna.coachId }),
      roles: ['planner'],
    },
    {
      method: 'PUT',
      path: '/api/staff/clients/{id}/status',
      url: () => `/api/staff/clients/${client()}/status`,
      payload: () => ({ status: 'paused' }),
      roles: ['planner'],
    },
    { method: 'GET', path: '/api/staff/hours', url: () => '/api/staff/hours', roles: ['planner'] },
    {
      method: 'GET',
      path: '/api/staff/hours.csv',
      url: () => '/api/staff/hours.csv',
      roles: ['planner'],
    },
    {
      method: 'GET',
      path: '/api/staff/deadlines',
      url: () => '/api/staff/deadlines',
      roles: ['planner'],
    },
    {
      method: 'GET',
      path: '/api/staff/audit-heads',
      url: () => '/api/staff/audit-heads',
      roles: ['privacy-officer'],
    },
  ];

  it('tries every staff route: the list above covers the whole API', async () => {
    const doc = (await o.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const open = new Set(['/api/staff/setup', '/api/staff/signin', '/api/staff/signout']);
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/staff/') && !open.has(p))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const tried = staffRoutes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(tried)).toEqual(new Set(documented));
  });

  it.each(staffRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    'refuses %s without a session, with an ended one, and for the wrong role',
    async (_name, r) => {
      const req = (cookie?: string) => ({
        method: r.method,
        url: r.url(),
        ...(cookie ? { headers: { cookie } } : {}),
        ...(r.payload ? { payload: r.payload() } : {}),
      });
      await refusedUnchanged(req(), 401);
      await refusedUnchanged(req('koers_office_session=forged-token-value'), 401);
      for (const role of ['administrator', 'planner', 'privacy-officer'] as const)
        if (!r.roles.includes(role)) await refusedUnchanged(req(staff[role].cookie), 403);
    },
  );

  it('ends every session of a disabled staff member', async () => {
    const p = await staffWithRole(o, admin, 'planner');
    await o.app.inject({
      method: 'POST',
      url: `/api/staff/members/${p.id}/disable`,
      headers: { cookie: admin.cookie },
    });
    await refusedUnchanged(
      { method: 'GET', url: '/api/staff/caseload', headers: { cookie: p.cookie } },
      401,
    );
    await expect(signIn(o, p.login, p.passphrase, p.totpSecret)).rejects.toThrow(/401/);
  });
});

describe.each(backends())('office rate limits on $name', (backend) => {
  let o: Office;
  beforeAll(async () => {
    o = await startOffice(backend, {
      limits: {
        signin: { max: 3, windowMs: 60_000 },
        setup: { max: 3, windowMs: 60_000 },
        enrol: { max: 3, windowMs: 60_000 },
      },
    });
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  it('refuses the fourth sign-in and enrolment attempt in a window, then lets one through later', async () => {
    const attempt = (url: string, payload: object) =>
      o.app.inject({ method: 'POST', url, payload });
    const signin = { login: 'nobody', passphrase: 'x'.repeat(12), totp: '123456' };
    const enrol = {
      code: 'AAAA-BBBB-CCCC',
      signPublicKey: 'A'.repeat(43) + '=',
      boxPublicKey: 'A'.repeat(43) + '=',
      label: 'x',
    };
    for (const [url, payload] of [
      ['/api/staff/signin', signin],
      ['/api/devices/enrol', enrol],
    ] as const) {
      for (let i = 0; i < 3; i++) expect((await attempt(url, payload)).statusCode).toBe(401);
      expect((await attempt(url, payload)).statusCode).toBe(429);
    }
    o.clock.t += 60_000;
    expect((await attempt('/api/staff/signin', signin)).statusCode).toBe(401);
  });
});
