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
  type StaffSession,
  type TestDevice,
} from './office-harness.ts';

interface PullBody {
  changes: {
    officeClientId: string;
    group: string;
    fields: Record<string, { value: unknown; hlc: string }>;
    seq: number;
  }[];
  next: number;
  more: boolean;
}

describe.each(backends())('office sync on $name', (backend) => {
  let o: Office;
  let admin: StaffSession;
  let planner: StaffSession;
  let anna: TestDevice;

  beforeAll(async () => {
    o = await startOffice(backend);
    admin = await firstAdmin(o);
    planner = await staffWithRole(o, admin, 'planner');
    anna = await enrolDevice(o, admin, { coachName: 'Anna de Vries' });
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  const push = (device: TestDevice, changes: unknown[]) =>
    o.app.inject(signed(o, device, 'POST', '/api/sync/push', { changes }));
  const pull = async (device: TestDevice, since = 0, limit = 500) => {
    const res = await o.app.inject(
      signed(o, device, 'GET', `/api/sync/pull?since=${since}&limit=${limit}`),
    );
    expect(res.statusCode).toBe(200);
    return res.json<PullBody>();
  };

  it('keeps one row per client and group, and a retried push changes nothing', async () => {
    const id = newClientId();
    const t = o.clock.t - 1000;
    const change = {
      officeClientId: id,
      group: 'trajectory',
      fields: { phase: { value: 'intake', hlc: stamp(t, anna.deviceId) } },
    };
    expect((await push(anna, [change])).statusCode).toBe(200);
    const first = await pull(anna);
    const mine = first.changes.filter((c) => c.officeClientId === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.fields.phase?.value).toBe('intake');

    // The same change again (a retry after a lost answer): no new row, no new sequence.
    expect((await push(anna, [change])).statusCode).toBe(200);
    const again = await pull(anna, first.next);
    expect(again.changes.filter((c) => c.officeClientId === id)).toHaveLength(0);

    // A newer value of the same field replaces it: still one row.
    await push(anna, [
      { ...change, fields: { phase: { value: 'plan', hlc: stamp(t + 10, anna.deviceId) } } },
    ]);
    const later = await pull(anna);
    const rows = later.changes.filter((c) => c.officeClientId === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fields.phase?.value).toBe('plan');
  });

  it("assigns a new client to the pushing device's coach: the caseload shows it", async () => {
    const id = newClientId();
    await push(anna, [
      {
        officeClientId: id,
        group: 'client',
        fields: {
          clientNumber: { value: 'K-0042', hlc: stamp(o.clock.t - 5, anna.deviceId) },
          displayName: { value: 'Jan Jansen', hlc: stamp(o.clock.t - 5, anna.deviceId) },
        },
      },
    ]);
    const res = await o.app.inject({
      method: 'GET',
      url: '/api/staff/caseload',
      headers: { cookie: planner.cookie },
    });
    expect(res.statusCode).toBe(200);
    const coach = res
      .json<{ coachId: string; clients: { officeClientId: string; displayName: string }[] }[]>()
      .find((c) => c.coachId === anna.coachId);
    expect(coach?.clients.find((c) => c.officeClientId === id)?.displayName).toBe('Jan Jansen');
  });

  it("the planner's status wins where newer; an older device value comes back as a conflict", async () => {
    const id = newClientId();
    const made = o.clock.t - 60_000;
    await push(anna, [
      {
        officeClientId: id,
        group: 'trajectory',
        fields: { status: { value: 'active', hlc: stamp(made, anna.deviceId) } },
      },
    ]);
    const set = await o.app.inject({
      method: 'PUT',
      url: `/api/staff/clients/${id}/status`,
      headers: { cookie: planner.cookie },
      payload: { status: 'paused' },
    });
    expect(set.statusCode).toBe(200);

    // The device, offline, changed the status before the planner did: its value loses.
    const res = await push(anna, [
      {
        officeClientId: id,
        group: 'trajectory',
        fields: { status: { value: 'completed', hlc: stamp(made + 1, anna.deviceId) } },
      },
    ]);
    const body = res.json<{
      conflicts: { field: string; office: { value: unknown }; device: { value: unknown } }[];
    }>();
    expect(body.conflicts).toEqual([
      expect.objectContaining({
        field: 'status',
        office: expect.objectContaining({ value: 'paused' }),
        device: expect.objectContaining({ value: 'completed' }),
      }),
    ]);
    const rows = (await pull(anna)).changes.filter((c) => c.officeClientId === id);
    expect(rows[0]?.fields.status?.value).toBe('paused');

    // A change the coach makes after the planner's wins, and the planner's value is logged.
    o.clock.t += 1000;
    await push(anna, [
      {
        officeClientId: id,
        group: 'trajectory',
        fields: { status: { value: 'stopped', hlc: stamp(o.clock.t, anna.deviceId) } },
      },
    ]);
    const after = (await pull(anna)).changes.filter((c) => c.officeClientId === id);
    expect(after[0]?.fields.status?.value).toBe('stopped');
    const logged = await o.db
      .selectFrom('sync_conflicts')
      .selectAll()
      .where('office_client_id', '=', id)
      .execute();
    expect(logged.map((l) => l.loser).sort()).toEqual(['device', 'office']);
  });

  it('pages a pull by sequence without losing or repeating a row', async () => {
    const ids = Array.from({ length: 7 }, newClientId);
    await push(
      anna,
      ids.map((id) => ({
        officeClientId: id,
        group: 'contact',
        fields: { lastContact: { value: '2026-03-01', hlc: stamp(o.clock.t - 1, anna.deviceId) } },
      })),
    );
    const seen: string[] = [];
    let since = 0;
    for (let guard = 0; guard < 100; guard++) {
      const page = await pull(anna, since, 3);
      seen.push(...page.changes.map((c) => `${c.officeClientId}/${c.group}`));
      since = page.next;
      if (!page.more) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(`${id}/contact`);
  });

  it("after a handover the new coach's device pulls the client, the old one can no longer push it", async () => {
    const bram = await enrolDevice(o, admin, { coachName: 'Bram Bakker' });
    const id = newClientId();
    await push(anna, [
      {
        officeClientId: id,
        group: 'client',
        fields: { clientNumber: { value: 'K-7', hlc: stamp(o.clock.t - 1, anna.deviceId) } },
      },
    ]);
    const bramBefore = await pull(bram);
    const moved = await o.app.inject({
      method: 'PUT',
      url: `/api/staff/clients/${id}/coach`,
      headers: { cookie: planner.cookie },
      payload: { coachId: bram.coachId },
    });
    expect(moved.statusCode).toBe(200);
    const rows = (await pull(bram, bramBefore.next)).changes.filter((c) => c.officeClientId === id);
    expect(rows[0]?.fields.coachId?.value).toBe(bram.coachId);
    expect(rows[0]?.fields.clientNumber?.value).toBe('K-7');
    const refused = await push(anna, [
      {
        officeClientId: id,
        group: 'client',
        fields: { clientNumber: { value: 'K-8', hlc: stamp(o.clock.t, anna.deviceId) } },
      },
    ]);
    expect(refused.statusCode).toBe(403);
  });

  it('refuses a field off the allowlist, a coach set by a device, and a stamp in the future', async () => {
    const id = newClientId();
    const now = o.clock.t;
    for (const fields of [
      { bsn: { value: '123456782', hlc: stamp(now, anna.deviceId) } },
      { coachId: { value: 'c_someone', hlc: stamp(now, anna.deviceId) } },
      { displayName: { value: 'x'.repeat(500), hlc: stamp(now, anna.deviceId) } },
      { displayName: { value: 'Piet', hlc: stamp(now + 3_600_000, anna.deviceId) } },
    ]) {
      const res = await push(anna, [{ officeClientId: id, group: 'client', fields }]);
      expect(res.statusCode).toBe(400);
    }
    const row = await o.db
      .selectFrom('clients')
      .select('office_client_id')
      .where('office_client_id', '=', id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('reports hours per coach and month, as JSON and CSV, and the deadlines due', async () => {
    const id = newClientId();
    const t = stamp(o.clock.t - 1, anna.deviceId);
    await push(anna, [
      {
        officeClientId: id,
        group: 'client',
        fields: { displayName: { value: '=Formule', hlc: t } },
      },
      {
        officeClientId: id,
        group: 'hours',
        fields: {
          '2026-03|coaching': { value: 4.5, hlc: t },
          '2026-02|intake': { value: 2, hlc: t },
        },
      },
      {
        officeClientId: id,
        group: 'deadlines',
        fields: {
          'pw-probleemanalyse': { value: { due: '2026-03-01', done: null }, hlc: t },
          'pw-plan-van-aanpak': { value: { due: '2026-03-20', done: null }, hlc: t },
          'pw-eerstejaarsevaluatie': { value: { due: '2026-12-01', done: null }, hlc: t },
          'pw-ziekmelding': { value: { due: '2026-02-01', done: '2026-02-01' }, hlc: t },
        },
      },
    ]);
    const hours = await o.app.inject({
      method: 'GET',
      url: '/api/staff/hours?from=2026-03&to=2026-03',
      headers: { cookie: planner.cookie },
    });
    expect(hours.json()).toContainEqual({
      coachId: anna.coachId,
      coachName: 'Anna de Vries',
      month: '2026-03',
      activity: 'coaching',
      hours: 4.5,
    });
    expect(hours.json<{ month: string }[]>().every((h) => h.month === '2026-03')).toBe(true);
    const csv = await o.app.inject({
      method: 'GET',
      url: '/api/staff/hours.csv',
      headers: { cookie: planner.cookie },
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('"Anna de Vries","2026-03","coaching","4.50"');

    const due = await o.app.inject({
      method: 'GET',
      url: '/api/staff/deadlines',
      headers: { cookie: planner.cookie },
    });
    const d = due.json<{
      today: string;
      overdue: { step: string; officeClientId: string }[];
      upcoming: { step: string; officeClientId: string }[];
    }>();
    expect(d.today).toBe('2026-03-10');
    const mine = (l: { step: string; officeClientId: string }[]) =>
      l.filter((x) => x.officeClientId === id).map((x) => x.step);
    expect(mine(d.overdue)).toEqual(['pw-probleemanalyse']);
    expect(mine(d.upcoming)).toEqual(['pw-plan-van-aanpak']);
  });
});
