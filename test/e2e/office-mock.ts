import type { Page, Route } from '@playwright/test';
import type {
  CaseloadClient,
  Coach,
  Deadline,
  Device,
  HoursRow,
  StaffMember,
} from '../../shared/sync/staff-api';

/**
 * A stand-in for the office service's staff API (shared/sync/staff-api.ts), answered in the
 * browser with page.route: the page under test is the real built office view, served by the
 * real view plugin; only /api/staff/... is faked. It keeps state, so a revoke or a new status
 * shows on the next read, and records every request so a test can prove that bad input
 * sent nothing.
 */

/** The office's "now" in the tests; the page's clock is set to the same instant. */
export const OFFICE_NOW = new Date('2026-11-30T09:00:00+01:00');
export const OFFICE_TODAY = '2026-11-30';
export const STAFF_PASSPHRASE = 'koffie molen zonnig plein';
export const GOOD_TOTP = '428913';
export const SETUP_CODE = 'K7Q2-9XPM-4T';
export const ENROLMENT_CODE = 'HX4K-72QD';

const day = (offset: number) => {
  const d = new Date(`${OFFICE_TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

const member = (
  id: string,
  name: string,
  email: string,
  role: StaffMember['role'],
): StaffMember => ({ id, name, email, role, activated: true, createdAt: '2026-09-01T08:00:00Z' });

export const STAFF = {
  admin: member('s1', 'Anna Bakker', 'anna@kantoor.example', 'administrator'),
  planner: member('s2', 'Piet Visser', 'piet@kantoor.example', 'planner'),
  privacy: member('s3', 'Priya Ramdin', 'priya@kantoor.example', 'privacy-officer'),
};

const COACHES: Coach[] = [
  { id: 'c1', name: 'Sanne de Vries' },
  { id: 'c2', name: 'Mohammed El Amrani' },
  { id: 'c3', name: 'Lotte Jansen' },
];

const client = (
  n: number,
  displayName: string,
  coachId: string | null,
  more: Partial<CaseloadClient> = {},
): CaseloadClient => ({
  officeClientId: `oc-${n}-7f3a9c`,
  clientNumber: `K-2026-${String(n).padStart(3, '0')}`,
  displayName,
  coachId,
  trajectoryType: 'werkfit',
  phase: 'Uitvoering',
  status: 'active',
  orderNumber: `UWV-${4400 + n}`,
  startDate: '2026-06-01',
  endDate: '2027-03-01',
  grantedHours: 40,
  lastContact: day(-3 - n),
  restricted: false,
  erasure: 'none',
  ...more,
});

const CLIENTS: CaseloadClient[] = [
  client(1, 'Jan de Boer', 'c1'),
  client(2, 'Fatima Yilmaz', 'c1', { trajectoryType: 'naar-werk', phase: 'Plaatsing' }),
  client(3, 'Kees Smit', 'c1', {
    trajectoryType: 'jobcoaching',
    phase: 'Nazorg',
    status: 'paused',
  }),
  client(4, 'Emma Peters', 'c2', { trajectoryType: 'iro', phase: 'Intake', status: 'intake' }),
  client(5, 'Ricardo Martis', 'c2', { restricted: true }),
  client(6, 'Wilma Hendriks', 'c3', { trajectoryType: 'naar-werk', phase: 'Oriëntatie' }),
  client(7, 'Noah Willems', 'c3', {
    status: 'closed',
    endDate: '2026-11-15',
    lastContact: day(-20),
  }),
  client(8, 'Sofie Claes', null, { trajectoryType: null, phase: null, status: 'intake' }),
];

const deadline = (
  c: CaseloadClient,
  stepId: string,
  offset: number,
  done: string | null = null,
): Deadline => ({
  officeClientId: c.officeClientId,
  clientNumber: c.clientNumber,
  displayName: c.displayName,
  coachId: c.coachId,
  coachName: COACHES.find((x) => x.id === c.coachId)?.name ?? null,
  stepId,
  due: day(offset),
  done,
});

const at = (i: number) => CLIENTS[i] as CaseloadClient;

const DEADLINES: Deadline[] = [
  deadline(at(0), 'plan-van-aanpak', -9),
  deadline(at(4), 'uwv:voortgang-1', -2),
  deadline(at(1), 'probleemanalyse', -5, day(-6)), // done: never listed
  deadline(at(2), 'uwv:verantwoording-2', 0),
  deadline(at(3), 'uwv:plan', 3),
  deadline(at(5), '42e-weeksmelding', 10),
  deadline(at(0), 'evaluatie-plan-van-aanpak-1', 14),
  deadline(at(5), 'eerstejaarsevaluatie', 15), // one day past the horizon
  deadline(at(1), 'uwv:eind', 40),
];

const hours = (c: CaseloadClient, month: string, activity: string, h: number): HoursRow => ({
  officeClientId: c.officeClientId,
  clientNumber: c.clientNumber,
  displayName: c.displayName,
  coachId: c.coachId,
  coachName: COACHES.find((x) => x.id === c.coachId)?.name ?? null,
  orderNumber: c.orderNumber,
  month,
  activity,
  hours: h,
});

const HOURS: HoursRow[] = [
  hours(at(0), '2026-09', 'Coaching', 6),
  hours(at(0), '2026-10', 'Coaching', 7.5),
  hours(at(0), '2026-11', 'Coaching', 4.25),
  hours(at(1), '2026-10', 'Coaching', 3),
  hours(at(1), '2026-11', 'Rapportage', 1.5),
  hours(at(2), '2026-11', 'Jobcoaching op de werkplek', 12),
  hours(at(3), '2026-09', 'Coaching', 2),
  hours(at(3), '2026-11', 'Coaching', 5),
  hours(at(4), '2026-10', 'Coaching', 8),
  hours(at(5), '2026-11', 'Coaching', 2.5),
  hours(at(6), '2026-09', 'Rapportage', 3),
  hours(at(0), '2026-08', 'Coaching', 9), // before the default period
];

const DEVICES: Device[] = [
  {
    deviceId: 'dev-1',
    label: 'Laptop Sanne',
    coachId: 'c1',
    coachName: 'Sanne de Vries',
    fingerprint: 'tulp kompas haring molen zadel',
    enrolledAt: '2026-09-02T10:14:00Z',
    lastSeenAt: '2026-11-30T07:42:00Z',
    revokedAt: null,
  },
  {
    deviceId: 'dev-2',
    label: 'Laptop Mohammed',
    coachId: 'c2',
    coachName: 'Mohammed El Amrani',
    fingerprint: 'gieter anker baken vijver tegel',
    enrolledAt: '2026-09-05T13:30:00Z',
    lastSeenAt: '2026-11-29T16:05:00Z',
    revokedAt: null,
  },
  {
    deviceId: 'dev-3',
    label: 'Oude laptop Lotte',
    coachId: 'c3',
    coachName: 'Lotte Jansen',
    fingerprint: 'kaars duin fluit mossel rivier',
    enrolledAt: '2026-03-11T09:00:00Z',
    lastSeenAt: '2026-10-01T11:20:00Z',
    revokedAt: '2026-10-02T08:00:00Z',
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
  /** The next staff request answers 401, as when the session expired at the office. */
  expireSession: () => void;
  signedIn: StaffMember | null;
  firstAdministrator: boolean;
  clients: CaseloadClient[];
  devices: Device[];
  staff: StaffMember[];
  coaches: Coach[];
}

const json = (route: Route, status: number, body: unknown) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });

/** Fakes the staff API for `page`. `signedIn` starts with a session (skips the sign-in form). */
export async function mockOffice(
  page: Page,
  options: { signedIn?: StaffMember; firstAdministrator?: boolean } = {},
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
    staff: Object.values(STAFF).map((s) => structuredClone(s)),
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
    const session = () => ({
      staff: office.signedIn,
      expiresAt: new Date(OFFICE_NOW.getTime() + 8 * 3600_000).toISOString(),
    });

    if (path === '/api/staff/setup' && method === 'GET') {
      return json(route, 200, { firstAdministrator: office.firstAdministrator });
    }
    if (path === '/api/staff/setup' && method === 'POST') {
      if (b.setupCode !== SETUP_CODE) return json(route, 400, { error: 'invalid-code' });
      if ((b.passphrase ?? '').length < 12) return json(route, 400, { error: 'invalid-input' });
      const made = member(
        `s${nextId++}`,
        b.name ?? 'Nieuw',
        b.email ?? 'nieuw@kantoor.example',
        'administrator',
      );
      office.staff.push(made);
      office.firstAdministrator = false;
      return json(route, 200, {
        staff: made,
        totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
        otpauthUri: `otpauth://totp/Koers%20Kantoor:${encodeURIComponent(made.email)}?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Koers%20Kantoor`,
      });
    }
    if (path === '/api/staff/sign-in' && method === 'POST') {
      const who = office.staff.find((s) => s.email === b.email);
      if (!who || b.passphrase !== STAFF_PASSPHRASE || b.totp !== GOOD_TOTP) {
        return json(route, 401, { error: 'invalid-credentials' });
      }
      office.signedIn = who;
      return json(route, 200, session());
    }
    if (!office.signedIn) return json(route, 401, { error: 'unauthenticated' });
    const role = office.signedIn.role;
    const only = (r: StaffMember['role']) => role === r;
    const forbidden = () => json(route, 403, { error: 'forbidden' });

    if (path === '/api/staff/session') return json(route, 200, session());
    if (path === '/api/staff/sign-out') {
      office.signedIn = null;
      return route.fulfill({ status: 204 });
    }
    if (path === '/api/staff/caseload') {
      if (!only('planner')) return forbidden();
      return json(route, 200, { coaches: office.coaches, clients: office.clients });
    }
    const clientPatch = /^\/api\/staff\/clients\/([^/]+)$/.exec(path);
    if (clientPatch && method === 'PATCH') {
      if (!only('planner')) return forbidden();
      const c = office.clients.find(
        (x) => x.officeClientId === decodeURIComponent(clientPatch[1] ?? ''),
      );
      if (!c) return json(route, 404, { error: 'not-found' });
      if (b.status) c.status = b.status;
      if (b.coachId) c.coachId = b.coachId;
      return json(route, 200, { client: c });
    }
    if (path === '/api/staff/deadlines') {
      if (!only('planner')) return forbidden();
      return json(route, 200, { today: OFFICE_TODAY, deadlines: DEADLINES });
    }
    if (path === '/api/staff/hours') {
      if (!only('planner')) return forbidden();
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      return json(route, 200, { rows: HOURS.filter((h) => h.month >= from && h.month <= to) });
    }
    if (path === '/api/staff/devices') {
      if (!only('administrator')) return forbidden();
      return json(route, 200, { devices: office.devices });
    }
    const revoke = /^\/api\/staff\/devices\/([^/]+)\/revoke$/.exec(path);
    if (revoke && method === 'POST') {
      if (!only('administrator')) return forbidden();
      const d = office.devices.find((x) => x.deviceId === decodeURIComponent(revoke[1] ?? ''));
      if (!d) return json(route, 404, { error: 'not-found' });
      d.revokedAt = OFFICE_NOW.toISOString();
      return json(route, 200, { device: d });
    }
    if (path === '/api/staff/coaches' && method === 'GET') {
      if (!only('administrator') && !only('planner')) return forbidden();
      return json(route, 200, { coaches: office.coaches });
    }
    if (path === '/api/staff/coaches' && method === 'POST') {
      if (!only('administrator')) return forbidden();
      const coach = { id: `c${nextId++}`, name: b.name ?? '' };
      office.coaches.push(coach);
      return json(route, 200, { coach });
    }
    if (path === '/api/staff/enrolment-codes' && method === 'POST') {
      if (!only('administrator')) return forbidden();
      const coach = office.coaches.find((c) => c.id === b.coachId);
      if (!coach) return json(route, 400, { error: 'invalid-input' });
      return json(route, 200, {
        code: ENROLMENT_CODE,
        coachId: coach.id,
        coachName: coach.name,
        expiresAt: new Date(OFFICE_NOW.getTime() + 10 * 60_000).toISOString(),
      });
    }
    if (path === '/api/staff/staff' && method === 'GET') {
      if (!only('administrator')) return forbidden();
      return json(route, 200, { staff: office.staff });
    }
    if (path === '/api/staff/staff' && method === 'POST') {
      if (!only('administrator')) return forbidden();
      const made: StaffMember = {
        ...member(`s${nextId++}`, b.name ?? '', b.email ?? '', b.role as StaffMember['role']),
        activated: false,
        createdAt: OFFICE_NOW.toISOString(),
      };
      office.staff.push(made);
      return json(route, 200, {
        staff: made,
        setupCode: 'P3LM-Q8ZR-2W',
        expiresAt: new Date(OFFICE_NOW.getTime() + 24 * 3600_000).toISOString(),
      });
    }
    return json(route, 404, { error: 'not-found' });
  });
  return office;
}

/** Requests other than the page's own start-up reads: what a user action sent. */
export const writes = (office: MockOffice): RecordedRequest[] =>
  office.requests.filter((r) => r.method !== 'GET');
