import { expect, type Page, type Route } from '@playwright/test';
import { fromBase64 } from '../../shared/crypto/sign';
import { fingerprintPhrase } from '../../shared/sync/fingerprint';
import { verifySignedRequest } from '../../shared/sync/request-signing';
import { axeFindings, formatFindings } from './axe';
import {
  APP_URL,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
} from './app';

/**
 * Instellingen → Kantoor against an office stubbed with page.route. The build's CSP allows
 * the page's own origin only (no KOERS_OFFICE_ORIGIN), so the stub answers on that origin,
 * which is http://127.0.0.1 and so allowed as a local office. The stub checks every signed
 * request as the service does.
 */
interface Stub {
  online: boolean;
  signPublicKey: Uint8Array | null;
  fingerprint: string;
  pushed: string[];
  refused: number;
}

async function stubOffice(page: Page): Promise<Stub> {
  const stub: Stub = { online: true, signPublicKey: null, fingerprint: '', pushed: [], refused: 0 };
  const json = (route: Route, body: unknown, status = 200) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  await page.route(/\/api\/(devices|sync)\//, async (route) => {
    if (!stub.online) return route.abort('internetdisconnected');
    const req = route.request();
    const url = new URL(req.url());
    const body = req.postData() ?? '';
    if (url.pathname === '/api/devices/enrol') {
      const r = JSON.parse(body) as { code: string; signPublicKey: string; boxPublicKey: string };
      if (r.code !== 'K7P-2Q9') return json(route, { error: 'unknown code' }, 403);
      stub.signPublicKey = fromBase64(r.signPublicKey);
      stub.fingerprint = await fingerprintPhrase(stub.signPublicKey, fromBase64(r.boxPublicKey));
      return json(route, {
        deviceId: 'dev-1',
        coachId: 'coach-anouk',
        coachName: 'Anouk de Boer',
        officeName: 'Re-integratie Zuid',
        fingerprint: stub.fingerprint,
      });
    }
    const v = await verifySignedRequest(
      { method: req.method(), path: url.pathname + url.search, body },
      req.headers(),
      stub.signPublicKey ?? new Uint8Array(32),
      Date.now(),
    );
    if (!v.ok) {
      stub.refused++;
      return json(route, { error: v.why }, 401);
    }
    if (url.pathname === '/api/sync/push') {
      stub.pushed.push(body);
      return json(route, {
        accepted: (JSON.parse(body) as { changes: [] }).changes.length,
        conflicts: [],
      });
    }
    return json(route, { changes: [], next: 0, more: false });
  });
  return stub;
}

const shot = (page: Page, name: string, locator = page.locator('body')) =>
  locator.screenshot({
    path: shouldUpdateScreenshots
      ? `${SCREENSHOT_DIR}${name}.png`
      : test.info().outputPath(`${name}.png`),
  });

test('office sync: enrol in Instellingen → Kantoor, check words, status in the header, offline queue', async ({
  app,
}) => {
  const { page } = app;
  const stub = await stubOffice(page);
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, {
    voornaam: 'Elif',
    achternaam: 'Yılmaz',
    clientnummer: 'K-2026-017',
    bsn: '111222333',
  });

  await page.getByRole('button', { name: 'Instellingen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Instellingen' });
  const section = dialog.getByRole('region', { name: 'Kantoor' });
  await section.getByLabel('Adres van het kantoor').fill('http://kantoor.example.nl');
  await section.getByLabel('Eenmalige code').fill('K7P-2Q9');
  await section.getByRole('button', { name: 'Aanmelden bij het kantoor' }).click();
  // Plain http to another host is refused in Dutch, and nothing was sent.
  await expect(section.getByRole('alert')).toHaveText(
    /moet met https:\/\/ beginnen\. http:\/\/ mag alleen op deze computer/,
  );
  expect(stub.signPublicKey).toBeNull();
  await shot(page, 'sync-00-enrol-refused', section);

  await section.getByLabel('Adres van het kantoor').fill(new URL(APP_URL).origin);
  await section.getByRole('button', { name: 'Aanmelden bij het kantoor' }).click();
  await expect(
    section.getByText('Aangemeld bij Re-integratie Zuid als Anouk de Boer.'),
  ).toBeVisible();
  await expect(section.getByTestId('office-fingerprint')).toHaveText(stub.fingerprint);
  expect(stub.fingerprint.split(' ')).toHaveLength(8);
  await expect(section.getByText(/Gesynchroniseerd om \d\d:\d\d/)).toBeVisible();
  const findings = await axeFindings(page, 'settings: office');
  expect(findings, formatFindings(findings)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'sync-01-enrolled', dialog);

  // What went out: the display name and client number, never the BSN.
  expect(stub.refused).toBe(0);
  const sent = stub.pushed.join('\n');
  expect(sent).toContain('Elif Yılmaz');
  expect(sent).toContain('K-2026-017');
  expect(sent).not.toContain('111222333');

  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  const header = page.locator('header.app-header .sync-status');
  await expect(header).toContainText(/Gesynchroniseerd om \d\d:\d\d/);
  await shot(page, 'sync-02-header-synced', page.locator('header.app-header'));

  // Offline: a new client waits in the queue; the header says how many changes wait.
  stub.online = false;
  await createClient(page, { voornaam: 'Piet', achternaam: 'Kuipers', clientnummer: 'K-2026-018' });
  await header.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(header).toContainText(/Offline — \d+ wijzigingen wachten/);
  await shot(page, 'sync-03-header-offline', page.locator('header.app-header'));

  // Back online: the queue goes, and the header is green again.
  stub.online = true;
  await header.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(header.getByRole('status')).toHaveText(/^Gesynchroniseerd om \d\d:\d\d$/);
  expect(stub.pushed.join('\n')).toContain('Piet Kuipers');
});
