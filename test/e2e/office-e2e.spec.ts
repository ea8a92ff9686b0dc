import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import {
  APP_URL,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
} from './app';

/**
 * Issue 14 end to end: the REAL office service (`office/src/main.ts`, embedded database in a
 * temporary folder, a port of this run's range) and Koers in Chromium. The administrator and
 * the planner use the staff API from the test. Koers enrols in Instellingen → Kantoor, works
 * offline, syncs; the office shows caseload, deadlines and hours; the planner's status comes
 * back to Koers.
 *
 * The build's CSP allows the page's own origin only (no second build with
 * KOERS_OFFICE_ORIGIN), so the coach enrols the app's own origin and page.route hands every
 * /api/devices and /api/sync request, unchanged and still signed, to the real service. That
 * also is where the network is "blocked" (route.abort). The CSP for a separate office origin
 * is covered by the CSP unit tests.
 */

const OFFICE_PORT = Number(process.env.KOERS_E2E_PORT ?? 4173) + 3;
const OFFICE = `http://127.0.0.1:${OFFICE_PORT}`;
const STAFF_PASS = 'correct paard batterij nietje kantoor';

let office: ChildProcess;
let dataDir: string;
let output = '';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'koers-office-e2e-'));
  office = spawn('node_modules/.bin/tsx', ['office/src/main.ts'], {
    env: { ...process.env, PORT: String(OFFICE_PORT), KOERS_OFFICE_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  office.stdout?.on('data', (b: Buffer) => (output += b.toString('utf8')));
  office.stderr?.on('data', (b: Buffer) => (output += b.toString('utf8')));
  // Ready when it answers (PGlite takes seconds on a busy machine).
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${OFFICE}/api/openapi.json`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(() => {
  office?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Staff {
  cookie: string;
}

async function api(method: string, path: string, body?: unknown, staff?: Staff) {
  const res = await fetch(`${OFFICE}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(staff ? { cookie: staff.cookie } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return { json: JSON.parse(text || 'null') as unknown, headers: res.headers };
}

/** Sets up a staff member from a one-time code and signs in with passphrase and TOTP. */
async function staffFrom(code: string, login: string): Promise<Staff> {
  const setup = await api('POST', '/api/staff/setup', {
    code,
    login,
    name: `Medewerker ${login}`,
    passphrase: STAFF_PASS,
  });
  const { totpSecret } = setup.json as { totpSecret: string };
  const signin = await api('POST', '/api/staff/signin', {
    login,
    passphrase: STAFF_PASS,
    totp: generateSync({ secret: totpSecret }),
  });
  const cookie = (signin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^koers_office_session=/);
  return { cookie };
}

/** The office, reached through the app's origin; `online: false` blocks the network. */
async function routeToOffice(page: Page, net: { online: boolean }) {
  await page.route(/\/api\/(devices|sync)\//, async (route) => {
    if (!net.online) return route.abort('internetdisconnected');
    const req = route.request();
    const url = new URL(req.url());
    const res = await fetch(`${OFFICE}${url.pathname}${url.search}`, {
      method: req.method(),
      headers: req.headers(),
      ...(req.method() === 'POST' ? { body: req.postData() ?? '' } : {}),
    });
    return route.fulfill({
      status: res.status,
      contentType: 'application/json',
      body: await res.text(),
    });
  });
}

/** The office view served by the service, signed in with a staff member's session cookie. */
async function officeViewAs(koers: Page, staff: Staff, screen: string): Promise<Page> {
  const browser = koers.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 800 },
  });
  const [name, value] = staff.cookie.split('=') as [string, string];
  await context.addCookies([
    { name, value, url: OFFICE, httpOnly: true, secure: true, sameSite: 'Strict' },
  ]);
  const page = await context.newPage();
  await page.goto(`${OFFICE}/#/${screen}`);
  return page;
}

const shot = (page: Page, name: string, locator = page.locator('body')) =>
  locator.screenshot({
    path: shouldUpdateScreenshots
      ? `${SCREENSHOT_DIR}${name}.png`
      : test.info().outputPath(`${name}.png`),
  });

async function writeEntry(page: Page, summary: string, minutes: string) {
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  const form = page.getByRole('form', { name: /Nieuw contact/ });
  await expect(form).toBeVisible();
  await form.getByLabel('Duur (minuten)').fill(minutes);
  await form.getByLabel('Verslag van het gesprek').fill(summary);
  await form.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(form).toBeHidden();
}

test('office end to end: enrol, work offline, the office sees caseload, deadlines and hours, the planner status comes back', async ({
  app,
}) => {
  test.setTimeout(600_000);
  const { page } = app;
  const firstCode = /first administrator \(24 hours\): (\S+)/.exec(output)?.[1];
  expect(firstCode, output).toBeTruthy();
  const admin = await staffFrom(firstCode as string, 'beheerder');
  const invite = await api('POST', '/api/staff/invites', { role: 'planner' }, admin);
  const planner = await staffFrom((invite.json as { code: string }).code, 'planner');
  const enrol = await api(
    'POST',
    '/api/staff/enrolment-codes',
    { coachName: 'Anouk de Boer' },
    admin,
  );
  const enrolCode = (enrol.json as { code: string }).code;

  const net = { online: true };
  await routeToOffice(page, net);
  await page.goto(APP_URL);
  await createVault(page);

  // Enrol in Instellingen → Kantoor; the check words are the ones the office shows.
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Instellingen' });
  const section = dialog.getByRole('region', { name: 'Kantoor' });
  await section.getByLabel('Adres van het kantoor').fill(new URL(APP_URL).origin);
  await section.getByLabel('Eenmalige code').fill(enrolCode);
  await section.getByRole('button', { name: 'Aanmelden bij het kantoor' }).click();
  await expect(section.getByText(/Aangemeld bij .* als Anouk de Boer\./)).toBeVisible();
  const words = (await section.getByTestId('office-fingerprint').textContent()) ?? '';
  const devices = (await api('GET', '/api/staff/devices', undefined, admin).then(
    (r) => r.json,
  )) as { fingerprint: string }[];
  expect(devices.map((d) => d.fingerprint)).toContain(words.trim());
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'office-e2e-01-koers-enrolled', section);
  // The administrator's side: the office view's devices screen, in a browser of its own.
  const officeView = await officeViewAs(page, admin, 'devices');
  await expect(officeView.getByText(words.trim())).toBeVisible();
  await shot(officeView, 'office-e2e-01-office-devices');
  await officeView.context().close();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // Offline: two clients and logbook entries; the header says changes wait.
  net.online = false;
  await createClient(page, {
    voornaam: 'Elif',
    achternaam: 'Yılmaz',
    clientnummer: 'K-2026-017',
    bsn: '111222333',
  });
  await writeEntry(page, 'Gesprek over de rugklachten', '90');
  await createClient(page, { voornaam: 'Piet', achternaam: 'Kuipers', clientnummer: 'K-2026-018' });
  await writeEntry(page, 'Sollicitatiebrief besproken', '45');
  const header = page.locator('header.app-header .sync-status');
  await header.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(header).toContainText(/Offline — \d+ wijzigingen wachten/);
  await shot(page, 'office-e2e-02-offline', page.locator('header.app-header'));

  // Reconnect: the queue goes to the real service.
  net.online = true;
  await header.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(header.getByRole('status')).toHaveText(/^Gesynchroniseerd om \d\d:\d\d$/);
  await shot(page, 'office-e2e-03-synced', page.locator('header.app-header'));
  expect(output).not.toContain('111222333');

  // The office: caseload, hours (90 + 45 minutes this month), and no BSN anywhere.
  const caseload = (await api('GET', '/api/staff/caseload', undefined, planner)).json as {
    coachName: string;
    clients: { officeClientId: string; displayName: string | null; status: string | null }[];
  }[];
  const anouk = caseload.find((c) => c.coachName === 'Anouk de Boer');
  expect(anouk?.clients.map((c) => c.displayName).sort()).toEqual(['Elif Yılmaz', 'Piet Kuipers']);
  expect(JSON.stringify(caseload)).not.toContain('111222333');
  const hours = (await api('GET', '/api/staff/hours', undefined, planner)).json as {
    hours: number;
  }[];
  expect(hours.reduce((n, h) => n + h.hours, 0)).toBeCloseTo(2.25, 2);
  const deadlines = (await api('GET', '/api/staff/deadlines', undefined, planner)).json as {
    today: string;
  };
  expect(deadlines.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const caseloadView = await officeViewAs(page, planner, 'caseload');
  await expect(caseloadView.getByRole('rowheader', { name: 'Piet Kuipers' })).toBeVisible();
  await expect(caseloadView.getByRole('rowheader', { name: 'Elif Yılmaz' })).toBeVisible();
  await shot(caseloadView, 'office-e2e-04-office-caseload');
  await caseloadView.context().close();

  // The planner pauses Piet's trajectory; Koers shows it after the next sync.
  const piet = anouk?.clients.find((c) => c.displayName === 'Piet Kuipers');
  await api(
    'PUT',
    `/api/staff/clients/${piet?.officeClientId}/status`,
    { status: 'paused' },
    planner,
  );
  await header.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(header.getByRole('status')).toHaveText(/^Gesynchroniseerd om \d\d:\d\d$/);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(section.getByText(/Piet Kuipers.*gepauzeerd/)).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'office-e2e-05-status-from-office', section);
});
