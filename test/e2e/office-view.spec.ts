import { chromium, expect, test as base, type Browser, type Page } from '@playwright/test';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { officeView, OFFICE_WEB_DIST } from '../../office/web/server/view-plugin';
import { axeFindings, formatFindings } from './axe';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { SCREENSHOT_DIR, shouldUpdateScreenshots } from './app';
import {
  ENROLMENT_CODE,
  GOOD_TOTP,
  INVITE_CODE,
  mockOffice,
  OFFICE_NOW,
  SETUP_CODE,
  STAFF,
  STAFF_PASSPHRASE,
  writes,
  type MockOffice,
} from './office-mock';

/**
 * The office view (office/web) in Debian's Chromium: the built page served by the real view
 * plugin on a Fastify of its own, the staff API faked in the browser (office-mock.ts). The
 * page's clock and time zone are the office's, so dates, "09:10" and the screenshots are
 * the same on every machine.
 */

const port = Number(process.env.KOERS_E2E_PORT ?? 4173) + 2;
const OFFICE_URL = `http://127.0.0.1:${port}/`;

let server: FastifyInstance;
let browser: Browser;

const test = base.extend<{ page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in the first argument; this one has none.
  page: async ({}, use) => {
    const context = await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.clock.install({ time: OFFICE_NOW });
    await use(page);
    await context.close();
  },
});

test.beforeAll(async () => {
  if (!existsSync(`${OFFICE_WEB_DIST}/index.html`)) {
    throw new Error('The office view is not built: run `npm run build:office-web` first.');
  }
  server = Fastify();
  await server.register(officeView);
  await server.listen({ port, host: '127.0.0.1' });
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium: set KOERS_CHROMIUM or install Debian chromium');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectAxeClean(page: Page, screen: string) {
  const findings = await axeFindings(page, screen);
  expect(findings, formatFindings(findings)).toEqual([]);
}

async function signIn(page: Page, login: string, totp = GOOD_TOTP) {
  await page.getByLabel('Inlognaam').fill(login);
  await page.getByLabel('Wachtwoordzin').fill(STAFF_PASSPHRASE);
  await page.getByLabel('Code uit uw authenticator-app').fill(totp);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen' });

async function openAs(page: Page, who: keyof typeof STAFF, hash = ''): Promise<MockOffice> {
  const office = await mockOffice(page, { signedIn: STAFF[who] });
  await page.goto(`${OFFICE_URL}${hash}`);
  return office;
}

test('sign-in: a malformed code asks nothing, a wrong one is refused in Dutch, the planner sees only planning', async ({
  page,
}) => {
  const office = await mockOffice(page);
  await page.goto(OFFICE_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  // The page is served with its own strict policy.
  const response = await page.request.get(OFFICE_URL);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expectAxeClean(page, 'sign-in');

  await signIn(page, 'piet', '12ab');
  await expect(page.getByRole('alert')).toHaveText('Vul de 6 cijfers uit uw authenticator-app in.');
  expect(writes(office)).toEqual([]);

  await signIn(page, 'piet', '000000');
  await expect(page.getByRole('alert')).toHaveText('Inlognaam, wachtwoordzin of code klopt niet.');
  expect(office.signedIn).toBeNull();
  // The code field is emptied for the next try.
  await expect(page.getByLabel('Code uit uw authenticator-app')).toHaveValue('');

  await signIn(page, 'piet');
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  await expect(page.getByText('Aangemeld als Piet Visser (planner)')).toBeVisible();
  await expect(page.getByText('Koers Kantoor · Re-integratie Oost')).toBeVisible();
  await expect(nav(page).getByRole('link')).toHaveText(['Caseload', 'Deadlines', 'Uren']);
  expect(writes(office).at(-1)).toEqual({
    method: 'POST',
    path: '/api/staff/signin',
    body: { login: 'piet', passphrase: STAFF_PASSPHRASE, totp: GOOD_TOTP },
  });

  // A planner who types the devices address still gets a planner's screen, and no device list.
  await page.goto(`${OFFICE_URL}#/devices`);
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  expect(office.requests.some((r) => r.path.startsWith('/api/staff/devices'))).toBe(false);

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  expect(office.signedIn).toBeNull();
});

test('first administrator: the one-time code, a login and a passphrase, then the TOTP secret once', async ({
  page,
}) => {
  const office = await mockOffice(page, { firstAdministrator: true });
  await page.goto(OFFICE_URL);
  await expect(page.getByRole('heading', { name: 'Eerste beheerder instellen' })).toBeVisible();
  await expectAxeClean(page, 'first-administrator');

  const fill = async (code: string, login: string, passphrase: string, repeat = passphrase) => {
    await page.getByLabel('Eenmalige code').fill(code);
    await page.getByLabel('Naam', { exact: true }).fill('Anna Bakker');
    await page.getByLabel('Inlognaam').fill(login);
    await page.getByLabel('Nieuwe wachtwoordzin').fill(passphrase);
    await page.getByLabel('Herhaal wachtwoordzin').fill(repeat);
    await page.getByRole('button', { name: 'Activeren' }).click();
  };
  await fill(SETUP_CODE, 'Anna Bakker', STAFF_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(
    'Een inlognaam heeft 3 tot 64 tekens: kleine letters, cijfers en . _ @ -.',
  );
  await fill(SETUP_CODE, 'beheer', 'te kort');
  await expect(page.getByRole('alert')).toHaveText(
    'De wachtwoordzin moet minstens 12 tekens hebben.',
  );
  await fill(SETUP_CODE, 'beheer', STAFF_PASSPHRASE, `${STAFF_PASSPHRASE}!`);
  await expect(page.getByRole('alert')).toHaveText('De twee wachtwoordzinnen zijn niet gelijk.');
  expect(writes(office)).toEqual([]);

  await fill('FOUT-CODE-0000', 'beheer', STAFF_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(
    'Deze eenmalige code is onbekend, al gebruikt of verlopen.',
  );
  await fill(SETUP_CODE, 'anna', STAFF_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(
    'Deze inlognaam is al in gebruik. Kies een andere.',
  );
  expect(office.firstAdministrator).toBe(true);

  await fill(SETUP_CODE, 'beheer', STAFF_PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Stel uw authenticator-app in' })).toBeVisible();
  expect(writes(office).at(-1)?.body).toEqual({
    code: SETUP_CODE,
    login: 'beheer',
    name: 'Anna Bakker',
    passphrase: STAFF_PASSPHRASE,
  });
  await expect(page.getByTestId('totp-secret')).toHaveText('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
  await expect(page.getByTestId('otpauth-uri')).toContainText('otpauth://totp/Re-integratie');
  await expectAxeClean(page, 'totp-secret');
  await page.getByRole('button', { name: 'Ik heb de sleutel ingesteld: naar aanmelden' }).click();
  await signIn(page, 'beheer');
  await expect(page.getByRole('heading', { level: 1, name: 'Apparaten' })).toBeVisible();
  await expect(nav(page).getByRole('link')).toHaveText(['Apparaten', 'Medewerkers']);
});

test('an invited member activates from the sign-in page (the service without setup-state)', async ({
  page,
}) => {
  await mockOffice(page, { withSetupState: false });
  await page.goto(OFFICE_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await page.getByRole('button', { name: 'Account activeren met een eenmalige code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account activeren' })).toBeVisible();
  await page.getByLabel('Eenmalige code').fill(INVITE_CODE);
  await page.getByLabel('Naam', { exact: true }).fill('Daan Mulder');
  await page.getByLabel('Inlognaam').fill('daan');
  await page.getByLabel('Nieuwe wachtwoordzin').fill(STAFF_PASSPHRASE);
  await page.getByLabel('Herhaal wachtwoordzin').fill(STAFF_PASSPHRASE);
  await page.getByRole('button', { name: 'Activeren' }).click();
  await page.getByRole('button', { name: 'Ik heb de sleutel ingesteld: naar aanmelden' }).click();
  await signIn(page, 'daan');
  await expect(page.getByText('Aangemeld als Daan Mulder (planner)')).toBeVisible();
});

test('caseload per coach: the planner changes a status and a coach', async ({ page }) => {
  const office = await openAs(page, 'planner');
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Lotte Jansen · 3 cliënten',
    'Mohammed El Amrani · 2 cliënten',
    'Sanne de Vries · 3 cliënten',
  ]);
  const sanne = page.getByRole('region', { name: /Sanne de Vries/ });
  await expect(sanne.getByRole('rowheader')).toHaveText([
    'Fatima Yilmaz',
    'Jan de Boer',
    'Kees Smit',
  ]);
  await expect(page.getByRole('row', { name: /Ricardo Martis/ })).toContainText(
    'Verwerking beperkt',
  );
  await expect(page.getByRole('row', { name: /Noah Willems/ })).toContainText('Afgesloten');
  await expect(page.getByLabel('Status van Noah Willems')).toHaveValue('completed');
  await expectAxeClean(page, 'caseload');
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}office-caseload.png`, fullPage: true });

  // Save stays off until something changes.
  const jan = page.getByRole('row', { name: /Jan de Boer/ });
  await expect(jan.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  await page.getByLabel('Status van Jan de Boer').selectOption({ label: 'Gepauzeerd' });
  await page.getByLabel('Coach van Jan de Boer').selectOption({ label: 'Lotte Jansen' });
  await jan.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Opgeslagen: Jan de Boer. De coach ziet het na de volgende synchronisatie.',
  );
  expect(writes(office)).toEqual([
    { method: 'PUT', path: '/api/staff/clients/oc_17f3a9c2e/status', body: { status: 'paused' } },
    { method: 'PUT', path: '/api/staff/clients/oc_17f3a9c2e/coach', body: { coachId: 'c_lotte' } },
  ]);
  // The list is read again from the office: Jan now sits with Lotte, paused.
  await expect(
    page
      .getByRole('region', { name: /Lotte Jansen/ })
      .getByRole('rowheader', { name: 'Jan de Boer' }),
  ).toBeVisible();
  await expect(page.getByLabel('Status van Jan de Boer')).toHaveValue('paused');
  await expect(page.getByRole('heading', { level: 2, name: /Sanne de Vries/ })).toHaveText(
    'Sanne de Vries · 2 cliënten',
  );
});

test('deadlines: overdue and the next 14 days, by date, in words', async ({ page }) => {
  await openAs(page, 'planner', '#/deadlines');
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  await expect(
    page.getByText('Open deadlines van het hele kantoor op ma 30 nov 2026'),
  ).toBeVisible();
  const overdue = page.getByRole('region', { name: /Te laat/ });
  await expect(overdue.getByRole('heading')).toHaveText('Te laat (2)');
  await expect(overdue.getByRole('row').nth(1)).toContainText('za 21 nov 2026');
  await expect(overdue.getByRole('row').nth(1)).toContainText('9 dagen te laat');
  await expect(overdue.getByRole('row').nth(1)).toContainText('Plan van aanpak');
  await expect(overdue.getByRole('row').nth(2)).toContainText('Voortgangsrapportage 1');

  const upcoming = page.getByRole('region', { name: /Komende 14 dagen/ });
  await expect(upcoming.getByRole('heading')).toHaveText('Komende 14 dagen (4)');
  // The service's order is not the page's: soonest first.
  await expect(upcoming.getByRole('rowheader')).toHaveText([
    'Kees Smit (K-2026-003)',
    'Emma Peters (K-2026-004)',
    'Wilma Hendriks (K-2026-006)',
    'Jan de Boer (K-2026-001)',
  ]);
  await expect(upcoming.getByRole('row').nth(1)).toContainText('vandaag');
  await expect(upcoming.getByRole('row').nth(1)).toContainText('Verantwoordingsrapportage 2');
  await expect(upcoming.getByRole('row').nth(2)).toContainText('Trajectplan naar UWV');
  await expect(upcoming.getByRole('row').nth(3)).toContainText('42e-weeksmelding aan UWV');
  await expect(upcoming.getByRole('row').nth(4)).toContainText('over 14 dagen');
  await expectAxeClean(page, 'deadlines');
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}office-deadlines.png`, fullPage: true });
});

test('hours per coach and month, and the CSV for invoicing', async ({ page }) => {
  const office = await openAs(page, 'planner', '#/hours');
  const table = page.getByRole('table', { name: 'Uren per coach en maand' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Coach',
    'september 2026',
    'oktober 2026',
    'november 2026',
    'Totaal',
  ]);
  await expect(table.getByRole('row', { name: /Sanne de Vries/ }).getByRole('cell')).toHaveText([
    '6',
    '10,5',
    '17,75',
    '34,25',
  ]);
  await expect(table.getByRole('row', { name: /^Totaal/ }).getByRole('cell')).toHaveText([
    '11',
    '18,5',
    '25,25',
    '54,75',
  ]);
  await expectAxeClean(page, 'hours');
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}office-hours.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV voor facturatie downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('uren-2026-09-2026-11.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines.slice(0, 4)).toEqual([
    'Coach;Maand;Activiteit;Uren',
    'Lotte Jansen;2026-09;rapportage;3,00',
    'Lotte Jansen;2026-11;coaching;2,50',
    'Mohammed El Amrani;2026-09;coaching;2,00',
  ]);
  expect(lines).toContain('Sanne de Vries;2026-11;coaching;4,25');
  expect(lines).toContain('Sanne de Vries;2026-11;jobcoaching;12,00');
  // One line per row of the period, nothing from August; the file ends with a line break.
  expect(lines.length).toBe(1 + 10 + 1);
  expect(lines.at(-1)).toBe('');
  expect(csv).not.toContain('2026-08');

  // A period that ends before it starts asks the office nothing.
  const asked = office.requests.length;
  await page.getByLabel('Van maand').fill('2026-11');
  await page.getByLabel('Tot en met maand').fill('2026-09');
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'De eerste maand moet vóór of gelijk aan de laatste zijn.',
  );
  expect(office.requests.length).toBe(asked);

  await page.getByLabel('Van maand').fill('2026-08');
  await page.getByLabel('Tot en met maand').fill('2026-08');
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(table.getByRole('row', { name: /^Totaal/ }).getByRole('cell')).toHaveText([
    '9',
    '9',
  ]);
  expect(office.requests.at(-1)?.path).toBe('/api/staff/hours?from=2026-08&to=2026-08');
});

test('devices: an enrolment code for a named coach, valid 10 minutes; revoke after a question', async ({
  page,
}) => {
  const office = await openAs(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Apparaten' })).toBeVisible();
  const sanne = page.getByRole('row', { name: /Laptop Sanne/ });
  await expect(sanne).toContainText('tulp kompas haring molen zadel');
  await expect(sanne).toContainText('ma 30 nov 2026 08:42');
  await expect(page.getByRole('row', { name: /Oude laptop Lotte/ })).toContainText(
    'Ingetrokken op vr 2 okt 2026',
  );

  await page.getByRole('button', { name: 'Code maken' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst een coach.');
  expect(writes(office)).toEqual([]);
  await page.getByLabel('Coach', { exact: true }).selectOption({ label: 'Mohammed El Amrani' });
  await page.getByRole('button', { name: 'Code maken' }).click();
  await expect(page.getByText('Eenmalige code voor Mohammed El Amrani')).toBeVisible();
  await expect(page.getByTestId('enrolment-code')).toHaveText(ENROLMENT_CODE);
  await expect(
    page.getByText('Geldig tot 09:10 (10 minuten), één keer te gebruiken.'),
  ).toBeVisible();
  expect(writes(office)).toEqual([
    { method: 'POST', path: '/api/staff/enrolment-codes', body: { coachId: 'c_mo' } },
  ]);
  await expectAxeClean(page, 'devices');
  if (shouldUpdateScreenshots)
    await page.screenshot({
      path: `${SCREENSHOT_DIR}office-devices-enrolment.png`,
      fullPage: true,
    });

  // A coach the office does not know yet is named, and added with the code.
  await page.getByLabel('Coach', { exact: true }).selectOption({ label: 'Nieuwe coach…' });
  await page.getByRole('button', { name: 'Code maken' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst een coach.');
  await page.getByLabel('Naam van de nieuwe coach').fill('Femke Bos');
  await page.getByRole('button', { name: 'Code maken' }).click();
  await expect(page.getByText('Eenmalige code voor Femke Bos')).toBeVisible();
  expect(writes(office).at(-1)?.body).toEqual({ coachName: 'Femke Bos' });
  await expect(page.getByLabel('Coach', { exact: true })).toHaveValue(
    office.coaches.find((c) => c.name === 'Femke Bos')?.id ?? 'missing',
  );

  // Revoking asks first; cancelling sends nothing and gives the focus back.
  const writesBefore = writes(office).length;
  const revoke = page.getByRole('button', { name: 'Laptop Sanne van Sanne de Vries intrekken' });
  await revoke.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Apparaat "Laptop Sanne" van Sanne de Vries intrekken?');
  await expectAxeClean(page, 'revoke-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  expect(writes(office)).toHaveLength(writesBefore);

  await revoke.click();
  await dialog.getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is ingetrokken' })).toHaveText(
    'Laptop Sanne is ingetrokken.',
  );
  await expect(sanne).toContainText('Ingetrokken op ma 30 nov 2026');
  await expect(sanne.getByRole('button')).toHaveCount(0);
  expect(writes(office).at(-1)).toEqual({
    method: 'POST',
    path: '/api/staff/devices/dev-1/revoke',
    body: {},
  });
  expect(office.devices.find((d) => d.id === 'dev-1')?.revokedAt).not.toBeNull();

  // Ten minutes on, the code on screen says it has expired.
  await page.clock.fastForward('10:05');
  await expect(page.getByText('Deze code is verlopen. Maak een nieuwe.')).toBeVisible();
});

test('staff: an administrator makes a code for a new planner and disables a member', async ({
  page,
}) => {
  const office = await openAs(page, 'admin', '#/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Priya Ramdin/ })).toContainText(
    'privacyfunctionaris',
  );
  // No one disables themselves.
  await expect(page.getByRole('row', { name: /Anna Bakker/ }).getByRole('button')).toHaveCount(0);

  const form = page.getByRole('region', { name: 'Medewerker toevoegen' });
  await form.getByRole('button', { name: 'Code maken' }).click();
  await expect(form.getByRole('alert')).toHaveText('Kies eerst een rol.');
  expect(writes(office)).toEqual([]);
  await form.getByLabel('Rol').selectOption({ label: 'planner' });
  await form.getByRole('button', { name: 'Code maken' }).click();
  await expect(form.getByTestId('staff-setup-code')).toHaveText(INVITE_CODE);
  await expect(form.getByText('Eenmalige code voor een nieuwe planner')).toBeVisible();
  await expect(form.getByText('Geldig tot di 1 dec 2026 09:00 (24 uur)')).toBeVisible();
  expect(writes(office)).toEqual([
    { method: 'POST', path: '/api/staff/invites', body: { role: 'planner' } },
  ]);
  await expectAxeClean(page, 'staff');

  await page.getByRole('button', { name: 'Piet Visser uitschakelen' }).click();
  await expect(page.getByRole('dialog')).toContainText('Piet Visser uitschakelen?');
  await page.getByRole('dialog').getByRole('button', { name: 'Uitschakelen' }).click();
  await expect(page.getByRole('row', { name: /Piet Visser/ })).toContainText('Uitgeschakeld');
  expect(writes(office).at(-1)).toEqual({
    method: 'POST',
    path: '/api/staff/members/s_piet/disable',
    body: {},
  });
});

test('errors in Dutch: office unreachable, session expired; and the page in English', async ({
  page,
}) => {
  const office = await mockOffice(page, { signedIn: STAFF.planner });
  office.offline = true;
  await page.goto(OFFICE_URL);
  await expect(page.getByRole('alert')).toContainText('Kantoor niet bereikbaar.');
  await expectAxeClean(page, 'unreachable');
  office.offline = false;
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  // Loaded in full, so the expiry below meets the next read, not this one.
  await expect(page.getByRole('row', { name: /Jan de Boer/ })).toBeVisible();

  // The session ends at the office while the planner works: the next read says so.
  office.expireSession();
  await nav(page).getByRole('link', { name: 'Deadlines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Uw sessie is verlopen. Meld u opnieuw aan.');

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'Your session has expired. Please sign in again.',
  );
  await page.getByLabel('Login name').fill('piet');
  await page.getByLabel('Passphrase').fill(STAFF_PASSPHRASE);
  await page.getByLabel('Code from your authenticator app').fill(GOOD_TOTP);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overdue (2)' })).toBeVisible();
  await expect(page.getByText('Action plan', { exact: true })).toBeVisible();
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hours' })).toBeVisible();
});

test('a privacy officer sees no planning or device data', async ({ page }) => {
  const office = await openAs(page, 'privacy');
  await expect(page.getByText('Voor uw rol zijn er in deze versie geen schermen.')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(office.requests.map((r) => r.path)).toEqual(['/api/staff/setup-state', '/api/staff/me']);
  await expectAxeClean(page, 'privacy-officer');
});
