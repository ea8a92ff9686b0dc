import type { Page, Route } from '@playwright/test';
import type {
  CaseloadClient,
  Coach,
  Deadline,
  Device,
  HoursRow,
  StaffMember,
  StaffRole,
} from '../../shared/sync/staff-api';

/**
 * A stand-in for the office service's staff routes (shapes in shared/sync/staff-api.ts, as
 * office/src on branch h-office answers them), answered in the browser with page.route: the
 * page under test is the real built office view, served by the real view plugin; only
 * /api/... is faked. It keeps state, so a revoke or a new status shows on the next read, and
 * records every request so a test can prove that bad input sent nothing.
 */

/** The office's "now" in the tests; the page's clock is set to the same instant. */
export const OFFICE_NOW = new Date('2026-11-30T09:00:00+01:00');
const NOW = OFFICE_NOW.getTime();
export const OFFICE_TODAY = '2026-11-30';
export const STAFF_PASSPHRASE = 'koffie molen zonnig plein';
export const GOOD_TOTP = '428913';
export const SETUP_CODE = 'K7Q2-9XPM-4TRW';
export const ENROLMENT_CODE = 'HX4K-72QD-9MPT';
export const INVITE_CODE = 'P3LM-Q8ZR-2WXC';

const day = (offset: number) => {
  const d = new Date(`${OFFICE_TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

const member = (id: string, name: string, login: string, role: StaffRole): StaffMember => ({
  id,
  login,
  name,
  role,
  createdAt: Date.parse('2026-09-01T08:00:00Z'),
  disabled: false,
});

export const STAFF = {
  admin: member('s_anna', 'Anna Bakker', 'anna', 'administrator'),
  planner: member('s_piet', 'Piet Visser', 'piet', 'planner'),
  privacy: member('s_priya', 'Priya Ramdin', 'priya', 'privacy-officer'),
};

const COACHES: { id: string; name: string }[] = [
  { id: 'c_sanne', name: 'Sanne de Vries' },
  { id: 'c_mo', name: 'Mohammed El Amrani' },
  { id: 'c_lotte', name: 'Lotte Jansen' },
];

type MockClient = CaseloadClient & { coachId: string };

const client = (
  n: number,
  displayName: string,
  coachId: string,
  more: Partial<CaseloadClient> = {},
): MockClient => ({
  officeClientId: `oc_${n}7f3a9c2e`,
  clientNumber: `K-2026-${String(n).padStart(3, '0')}`,
  displayName,
  coachId,
  trajectoryType: 'werkfit',
  phase: 'execution',
  status: 'active',
  lastContact: day(-3 - n),
  restricted: false,
  ...more,
});

const CLIENTS: MockClient[] = [
  client(1, 'Jan de Boer', 'c_sanne'),
  client(2, 'Fatima Yilmaz', 'c_sanne', { trajectoryType: 'naar-werk', phase: 'plan' }),
  client(3, 'Kees Smit', 'c_sanne', { trajectoryType: 'jobcoaching', status: 'paused' }),
  client(4, 'Emma Peters', 'c_mo', {
    trajectoryType: 'iro',
    phase: 'intake',
    status: 'registered',
  }),
  client(5, 'Ricardo Martis', 'c_mo', { restricted: true }),
  client(6, 'Wilma Hendriks', 'c_lotte', { trajectoryType: 'naar-werk', phase: 'plan' }),
  client(7, 'Noah Willems', 'c_lotte', {
    phase: 'closed',
    status: 'completed',
    lastContact: day(-20),
  }),
  client(8, 'Sofie Claes', 'c_lotte', { trajectoryType: null, phase: null, status: null }),
];

const coachName = (id: string) => COACHES.find((c) => c.id === id)?.name ?? '';

const deadline = (c: MockClient, step: string, offset: number): Deadline => ({
  officeClientId: c.officeClientId,
  clientNumber: c.clientNumber,
  displayName: c.displayName,
  coachName: coachName(c.coachId),
  step,
  due: day(offset),
});

const at = (i: number) => CLIENTS[i] as MockClient;

/** As the service answers: already split, done steps and those after today + 14 left out. */
const DEADLINES = {
  overdue: [deadline(at(0), 'pw:plan-van-aanpak', -9), deadline(at(4), 'uwv:voortgang-1', -2)],
  upcoming: [
    deadline(at(5), 'pw:42e-weeksmelding', 10),
    deadline(at(2), 'uwv:verantwoording-2', 0),
    deadline(at(0), 'pw:evaluatie-plan-van-aanpak-1', 14),
    deadline(at(3), 'uwv:plan', 3),
  ],
};

const hours = (coachId: string, month: string, activity: string, h: number): HoursRow => ({
  coachId,
  coachName: coachName(coachId),
  month,
  activity,
  hours: h,
});

/** Summed per coach, month and activity, as GET /api/staff/hours answers. */
const HOURS: HoursRow[] = [
  hours('c_sanne', '2026-08', 'coaching', 9), // before the default period
  hours('c_sanne', '2026-09', 'coaching', 6),
  hours('c_sanne', '2026-10', 'coaching', 10.5),
  hours('c_sanne', '2026-11', 'coaching', 4.25),
  hours('c_sanne', '2026-11', 'jobcoaching', 12),
  hours('c_sanne', '2026-11', 'rapportage', 1.5),
  hours('c_mo', '2026-09', 'coaching', 2),
  hours('c_mo', '2026-10', 'coaching', 8),
  hours('c_mo', '2026-11', 'coaching', 5),
  hours('c_lotte', '2026-09', 'rapportage', 3),
  hours('c_lotte', '2026-11', 'coaching', 2.5),
];

const DEVICES: Device[] = [
  {
    id: 'dev-1',
    label: 'Laptop Sanne',
    coachId: 'c_sanne',
    coachName: 'Sanne de Vries',
    fingerprint: 'tulp kompas haring molen zadel',
    enrolledAt: Date.parse('2026-09-02T10:14:00Z'),
    lastSeenAt: Date.parse('2026-11-30T07:42:00Z'),
    revokedAt: null,
  },
  {
    id: 'dev-2',
    label: 'Laptop Mohammed',
    coachId: 'c_mo',
    coachName: 'Mohammed El Amrani',
    fingerprint: 'gieter anker baken vijver tegel',
    enrolledAt: Date.parse('2026-09-05T13:30:00Z'),
    lastSeenAt: Date.parse('2026-11-29T16:05:00Z'),
    revokedAt: null,
  },
  {
    id: 'dev-3',
    label: 'Oude laptop Lotte',
    coachId: 'c_lotte',
    coachName: 'Lotte Jansen',
    fingerprint: 'kaars duin fluit mossel rivier',
    enrolledAt: Date.parse('2026-03-11T09:00:00Z'),
    lastSeenAt: Date.parse('2026-10-01T11:20:00Z'),
    revokedAt: Date.parse('2026-10-02T08:00:00Z'),
  },
];

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface MockOffice {
  requests: RecordedRequest[];
  /** Every request fails at the network level, as when the service is down. */
  offline: boolean;
  /** The session ends at the office: the next staff request answers 401. */
  expireSession: () => void;
  signedIn: StaffMember | null;
  firstAdministrator: boolean;
  clients: MockClient[];
  devices: Device[];
  staff: StaffMember[];
  coaches: { id: string; name: string }[];
}

const json = (route: Route, status: number, body: unknown) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
const refuse = (route: Route, status: number, error: string) =>
  json(route, status, { error, message: error });

/**
 * Fakes the service for `page`. `signedIn` starts with a session (skips the sign-in form);
 * `withSetupState: false` answers /api/staff/setup-state with 404, as the service does today.
 */
export async function mockOffice(
  page: Page,
  options: { signedIn?: StaffMember; firstAdministrator?: boolean; withSetupState?: boolean } = {},
): Promise<MockOffice> {
  const office: MockOffice = {
    requests: [],
    offline: false,
    expireSession: () => {
      office.signedIn = null;
    },
    signedIn: options.signedIn ?? null,
    firstAdministrator: options.firstAdministrator ?? false,
    clients: structuredClone(CLIENTS),
    devices: structuredClone(DEVICES),
    staff: Object.values(STAFF).map((m) => structuredClone(m)),
    coaches: structuredClone(COACHES),
  };
  let nextId = 100;

  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname;
    const method = request.method();
    const body: unknown = request.postData() ? request.postDataJSON() : undefined;
    office.requests.push({ method, path: path + url.search, body });
    if (office.offline) return route.abort('connectionrefused');
    const b = (body ?? {}) as Record<string, string>;
    const me = () => ({ ...office.signedIn, officeName: 'Re-integratie Oost' });

    if (path === '/api/staff/setup-state') {
      if (options.withSetupState === false) return refuse(route, 404, 'not-found');
      return json(route, 200, { firstAdministrator: office.firstAdministrator });
    }
    if (path === '/api/staff/setup' && method === 'POST') {
      if (b.code !== SETUP_CODE && b.code !== INVITE_CODE) return refuse(route, 401, 'bad-code');
      if ((b.passphrase ?? '').length < 12) return refuse(route, 400, 'weak-passphrase');
      if (office.staff.some((m) => m.login === b.login)) return refuse(route, 409, 'login-taken');
      const role = b.code === SETUP_CODE ? 'administrator' : 'planner';
      const made = member(`s_${nextId++}`, b.name ?? '', b.login ?? '', role);
      office.staff.push(made);
      office.firstAdministrator = false;
      return json(route, 200, {
        staffId: made.id,
        role,
        totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
        otpauthUri: `otpauth://totp/Re-integratie%20Oost:${made.login}?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Re-integratie%20Oost`,
      });
    }
    if (path === '/api/staff/signin' && method === 'POST') {
      const who = office.staff.find((m) => m.login === b.login && !m.disabled);
      if (!who || b.passphrase !== STAFF_PASSPHRASE || b.totp !== GOOD_TOTP) {
        return refuse(route, 401, 'bad-credentials');
      }
      office.signedIn = who;
      return json(route, 200, me());
    }
    if (!office.signedIn) return refuse(route, 401, 'signed-out');
    const role = office.signedIn.role;
    const may = (...roles: StaffRole[]) => roles.includes(role);
    const wrongRole = () => refuse(route, 403, 'wrong-role');

    if (path === '/api/staff/me') return json(route, 200, me());
    if (path === '/api/staff/signout') {
      office.signedIn = null;
      return json(route, 200, { ok: true });
    }
    if (path === '/api/staff/caseload') {
      if (!may('planner')) return wrongRole();
      return json(
        route,
        200,
        office.coaches.map((c) => ({
          coachId: c.id,
          coachName: c.name,
          clients: office.clients
            .filter((k) => k.coachId === c.id)
            .map(({ coachId: _coach, ...k }) => k),
        })),
      );
    }
    const clientPut = /^\/api\/staff\/clients\/([^/]+)\/(status|coach)$/.exec(path);
    if (clientPut && method === 'PUT') {
      if (!may('planner')) return wrongRole();
      const k = office.clients.find((x) => x.officeClientId === clientPut[1]);
      if (!k) return refuse(route, 404, 'not-found');
      if (clientPut[2] === 'status') k.status = b.status ?? null;
      else if (office.coaches.some((c) => c.id === b.coachId)) k.coachId = b.coachId ?? '';
      else return refuse(route, 404, 'not-found');
      return json(route, 200, { ok: true });
    }
    if (path === '/api/staff/deadlines') {
      if (!may('planner')) return wrongRole();
      return json(route, 200, { today: OFFICE_TODAY, until: day(14), ...DEADLINES });
    }
    if (path === '/api/staff/hours') {
      if (!may('planner')) return wrongRole();
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      return json(
        route,
        200,
        HOURS.filter((h) => h.month >= from && h.month <= to),
      );
    }
    if (path === '/api/staff/devices') {
      if (!may('administrator')) return wrongRole();
      return json(route, 200, office.devices);
    }
    const revoke = /^\/api\/staff\/devices\/([^/]+)\/revoke$/.exec(path);
    if (revoke && method === 'POST') {
      if (!may('administrator')) return wrongRole();
      const d = office.devices.find((x) => x.id === revoke[1] && x.revokedAt === null);
      if (!d) return refuse(route, 404, 'not-found');
      d.revokedAt = NOW;
      return json(route, 200, { ok: true });
    }
    if (path === '/api/staff/coaches') {
      if (!may('administrator', 'planner')) return wrongRole();
      const list: Coach[] = office.coaches.map((c) => ({
        ...c,
        devices: office.devices.filter((d) => d.coachId === c.id && d.revokedAt === null).length,
        clients: office.clients.filter((k) => k.coachId === c.id).length,
      }));
      return json(route, 200, list);
    }
    if (path === '/api/staff/enrolment-codes' && method === 'POST') {
      if (!may('administrator')) return wrongRole();
      let coach = office.coaches.find((c) => c.id === b.coachId);
      if (b.coachId && !coach) return refuse(route, 404, 'not-found');
      if (!coach) {
        coach = { id: `c_${nextId++}`, name: b.coachName ?? '' };
        office.coaches.push(coach);
      }
      return json(route, 200, {
        code: ENROLMENT_CODE,
        expiresAt: NOW + 10 * 60_000,
        coachId: coach.id,
        coachName: coach.name,
      });
    }
    if (path === '/api/staff/members') {
      if (!may('administrator')) return wrongRole();
      return json(route, 200, office.staff);
    }
    const disable = /^\/api\/staff\/members\/([^/]+)\/disable$/.exec(path);
    if (disable && method === 'POST') {
      if (!may('administrator')) return wrongRole();
      if (disable[1] === office.signedIn.id) return refuse(route, 400, 'self');
      const m = office.staff.find((x) => x.id === disable[1] && !x.disabled);
      if (!m) return refuse(route, 404, 'not-found');
      m.disabled = true;
      return json(route, 200, { ok: true });
    }
    if (path === '/api/staff/invites' && method === 'POST') {
      if (!may('administrator')) return wrongRole();
      return json(route, 200, { code: INVITE_CODE, expiresAt: NOW + 24 * 3600_000 });
    }
    return refuse(route, 404, 'not-found');
  });
  return office;
}

/** Requests that change something: what a user action sent. */
export const writes = (office: MockOffice): RecordedRequest[] =>
  office.requests.filter((r) => r.method !== 'GET');
