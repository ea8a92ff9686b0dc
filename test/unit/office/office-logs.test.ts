import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backends,
  SETUP_TIMEOUT,
  enrolDevice,
  firstAdmin,
  newClientId,
  signed,
  stamp,
  staffWithRole,
  startOffice,
  type Office,
} from './office-harness.ts';

/**
 * The service log holds no personal data: a client's name and number, a coach's name, a
 * staff member's login, client ids in paths, query values and refused values all carry a
 * marker, and no marker may appear in any log line.
 */
describe.each(backends())('office logs on $name', (backend) => {
  let o: Office;
  beforeAll(async () => {
    o = await startOffice(backend);
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  it('log every request by route and status, and no marker of what was sent', async () => {
    const admin = await firstAdmin(o);
    const planner = await staffWithRole(o, admin, 'planner');
    const device = await enrolDevice(o, admin, { coachName: 'MARKER-COACH-NAME' });
    const clientId = `oc_MARKER-CLIENT-ID-${Date.now()}`;
    const t = stamp(o.clock.t - 1, device.deviceId);
    const ok = await o.app.inject(
      signed(o, device, 'POST', '/api/sync/push', {
        changes: [
          {
            officeClientId: clientId,
            group: 'client',
            fields: {
              displayName: { value: 'MARKER-DISPLAY-NAME', hlc: t },
              clientNumber: { value: 'MARKER-CLIENT-NUMBER', hlc: t },
            },
          },
          {
            officeClientId: clientId,
            group: 'hours',
            fields: { '2026-03|marker-activity': { value: 3, hlc: t } },
          },
        ],
      }),
    );
    expect(ok.statusCode).toBe(200);
    // Refused on purpose: a field off the allowlist, an unsigned push, a bad sign-in.
    const refused = await o.app.inject(
      signed(o, device, 'POST', '/api/sync/push', {
        changes: [
          {
            officeClientId: newClientId(),
            group: 'client',
            fields: { bsn: { value: 'MARKER-BSN', hlc: t } },
          },
        ],
      }),
    );
    expect(refused.statusCode).toBe(400);
    await o.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      payload: { changes: [], note: 'MARKER-UNSIGNED' },
    });
    await o.app.inject({
      method: 'POST',
      url: '/api/staff/signin',
      payload: { login: 'MARKER-LOGIN', passphrase: 'MARKER-PASSPHRASE', totp: '123456' },
    });
    await o.app.inject({
      method: 'PUT',
      url: `/api/staff/clients/${clientId}/status`,
      headers: { cookie: planner.cookie },
      payload: { status: 'paused' },
    });
    await o.app.inject({
      method: 'GET',
      url: '/api/staff/hours?from=2026-03&to=MARKER-QUERY',
      headers: { cookie: planner.cookie },
    });
    await o.app.inject({
      method: 'GET',
      url: `/api/staff/MARKER-UNKNOWN-ROUTE`,
      headers: { cookie: planner.cookie },
    });
    await o.app.inject(signed(o, device, 'GET', '/api/sync/pull?since=0&limit=10'));

    const log = o.logs.join('');
    expect(log).toContain('"route":"/api/sync/push"');
    expect(log).toContain('"route":"/api/staff/clients/:id/status"');
    expect(log).toContain('"code":"not-allowlisted"');
    const markers = log.match(/MARKER[-A-Z]*/g) ?? [];
    expect(markers).toEqual([]);
    // Nor the staff login, the device's key, or a session token.
    expect(log).not.toContain(planner.login);
    expect(log).not.toContain(planner.cookie.split('=')[1]);
    expect(log).not.toContain(Buffer.from(device.sign.publicKey).toString('base64'));
  });
});
