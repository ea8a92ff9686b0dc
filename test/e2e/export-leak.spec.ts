import { expect, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP_URL,
  PASSPHRASE,
  browserTodayDutch,
  createClient,
  createVault,
  launch,
  recordConsent,
  test,
} from './app';
import { hasIndexedDb, scanProfile } from './profile-scan';

/**
 * Issue 12, "an export leaves no plaintext in the profile". A client with a unique marker in
 * a logbook entry, a sealed entry and a document is exported through the wizard; the
 * browser is closed and every byte of the profile is searched for the markers. The chosen
 * file (the download) lives outside the profile and is removed before the scan; the test
 * first checks that it held all three markers, so the export really carried them.
 *
 * Negative control, in the same test: the profile is opened once more and the export's
 * bytes are put where a careless implementation might stage them (the ZIP in the origin's
 * Cache Storage, dossier.json's text in localStorage); the same scan must now find every
 * marker, or it proves nothing. (leak.spec.ts runs the scan against the plaintext build.)
 */
const surname = 'Ooltgensplaat-Vreeswijk';
const plainMarker = 'Quirijnstraat-logboekmarker-4417';
const sealedMarker = 'Zwanenburgwal-verzegeldmarker-8821';
const documentMarker = 'Hoogkarspel-documentmarker-5530';
const markers = [plainMarker, sealedMarker, documentMarker, surname];

const DOC = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(20_000, 7),
  Buffer.from(`\n(${documentMarker})\n`),
  Buffer.alloc(20_000, 9),
  Buffer.from('%%EOF\n'),
]);

async function entry(page: Page, text: string, sealed = false) {
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Alt+N');
  await expect(
    page.getByRole('form', { name: /Nieuw contact/ }).getByLabel('Verslag van het gesprek'),
  ).toBeFocused();
  await page.keyboard.type(text);
  if (sealed) await page.getByRole('button', { name: 'Verzegeld opslaan', exact: true }).click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' }).first()).toBeVisible();
}

test('an export leaves no plaintext in the profile (with its negative control)', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page, context, profile } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fenna', achternaam: surname, woonplaats: 'Hoorn' });
  await recordConsent(page);
  await entry(page, `Gesprek over vacatures, kenmerk ${plainMarker}.`);
  await entry(page, `Ze is opgenomen met een depressie, kenmerk ${sealedMarker}.`, true);
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Document toevoegen' });
  await add.getByLabel('Bestand').setInputFiles({
    name: 'Besluit.pdf',
    mimeType: 'application/pdf',
    buffer: DOC,
  });
  await add.getByLabel('Datum').fill(await browserTodayDutch(page));
  await add.getByLabel(/Ontvangen van/).fill('UWV');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(add).toBeHidden({ timeout: 30_000 });

  await page.getByRole('tab', { name: 'Privacy' }).click();
  await page.getByRole('button', { name: 'Dossier exporteren…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Dossier exporteren' });
  await wizard.getByRole('button', { name: 'Afgeschermd deel openen…' }).click();
  const open = page.getByRole('dialog', { name: /Afgeschermd deel openen/ });
  await open.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(wizard.getByText('Het afgeschermde deel is open')).toBeVisible();
  await wizard.getByLabel('Bureau').fill('Re-integratie Noord');
  await wizard.getByLabel('Coach').fill('Coach Jansen');
  const downloading = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Exporteren' }).click();
  const download = await downloading;
  await expect(wizard.getByText(/Export opgeslagen/)).toBeVisible();

  // The chosen file, outside the profile: it holds all three markers…
  const outside = mkdtempSync(join(tmpdir(), 'koers-export-'));
  const file = join(outside, 'export.zip');
  await download.saveAs(file);
  expect(file.startsWith(profile)).toBe(false);
  const zip = new Uint8Array(readFileSync(file));
  const files = unzipSync(zip);
  const dossierText = new TextDecoder().decode(files['dossier.json']);
  expect(dossierText).toContain(plainMarker);
  expect(dossierText).toContain(sealedMarker);
  expect(Buffer.from(files['documenten/Besluit.pdf'] as Uint8Array).equals(DOC)).toBe(true);
  // …and is removed (with Playwright's own copy) before the profile is scanned.
  await download.delete();
  rmSync(outside, { recursive: true, force: true });
  await context.close();

  const scan = scanProfile(profile, markers);
  // The scan must have seen the database, or it proves nothing.
  expect(hasIndexedDb(profile)).toBe(true);
  expect(scan.fileCount).toBeGreaterThan(10);
  expect(scan.bytesScanned).toBeGreaterThan(100_000);
  expect(scan.findings).toEqual([]);

  // Negative control: the same profile, with the export's bytes staged in it.
  const again = await launch(profile);
  try {
    await again.page.goto(APP_URL);
    await again.page.evaluate(
      async ({ zipBase64, dossier }) => {
        const bytes = Uint8Array.from(atob(zipBase64), (c) => c.charCodeAt(0));
        const cache = await caches.open('export-staging');
        await cache.put('/staged-export.zip', new Response(bytes));
        localStorage.setItem('staged-dossier', dossier);
      },
      { zipBase64: Buffer.from(zip).toString('base64'), dossier: dossierText },
    );
  } finally {
    await again.context.close();
  }
  const control = new Set(scanProfile(profile, markers).findings.map((f) => f.value));
  expect(control).toContain(plainMarker);
  expect(control).toContain(sealedMarker);
  expect(control).toContain(documentMarker);
});
