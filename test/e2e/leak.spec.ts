import { expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PLAINTEXT_APP_URL,
  test,
  type KoersApp,
} from './app';
import { scanProfile } from './profile-scan';

/**
 * Plaintext-leak test: a client, a logbook entry and an unsaved (sealed) draft are created
 * through the UI, the browser is closed, and every byte of the profile is searched.
 *
 * The second test is the negative control and runs every time: the same flow against the
 * app built with encryption switched off (`vite build --mode leak-selftest`, which swaps
 * renderer/vault/codec.ts for test/fixtures/plaintext-codec.ts). It must find the values;
 * if it did not, the scan would be proving nothing. To see the first test fail by hand,
 * point it at PLAINTEXT_APP_URL instead of APP_URL.
 */
const client = {
  voornaam: 'Wijnanda',
  achternaam: 'Zeldenrust-Quakkelaar',
  woonplaats: 'Oudeschild',
  telefoon: '06 48213795',
  email: 'w.zeldenrust@quakkel-voorbeeld.nl',
  bsn: '734019208',
  clientnummer: 'KX-70913',
};
const logbookSentence = 'Wijnanda vertelde over haar conflict met teamleider Brouwersgracht';
const secrets = [
  logbookSentence,
  'Brouwersgracht draft tekst 5521',
  'conflict met teamleider Brouwersgracht',
  client.achternaam,
  client.bsn,
  client.telefoon,
  '0648213795',
  client.email,
  client.woonplaats,
  client.clientnummer,
];

/** Runs the flow in the test's profile, then closes the browser so every byte is on disk. */
async function createAndClose(app: KoersApp, url: string): Promise<string> {
  const { page, context, profile } = app;
  await page.goto(url);
  await createVault(page);
  await createClient(page, client);
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill(logbookSentence);
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Brouwersgracht' })).toBeVisible();
  // And an unsaved draft, sealed by the lock below.
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill('Concept: Brouwersgracht draft tekst 5521');
  await page.keyboard.press('Control+L');
  await page.getByLabel('Wachtwoordzin').fill('fiets oceaan krijt lantaarn');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  // Reload and unlock once more so the data is read back from disk, not only written.
  await page.reload();
  await page.getByLabel('Wachtwoordzin').fill('fiets oceaan krijt lantaarn');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(caseloadRows(page).getByText('Wijnanda Zeldenrust-Quakkelaar')).toBeVisible();
  await context.close();
  return profile;
}

test('no client value can be found in the Chromium profile bytes', async ({ app }) => {
  const profile = await createAndClose(app, APP_URL);
  const { findings, bytesScanned, fileCount } = scanProfile(profile, secrets);
  // The scan must have seen the database, or it proves nothing.
  expect(existsSync(join(profile, 'Default', 'IndexedDB'))).toBe(true);
  expect(fileCount).toBeGreaterThan(10);
  expect(bytesScanned).toBeGreaterThan(100_000);
  expect(findings).toEqual([]);
});

test('negative control: with encryption switched off the same scan finds the values', async ({
  app,
}) => {
  const profile = await createAndClose(app, PLAINTEXT_APP_URL);
  const { findings } = scanProfile(profile, secrets);
  const found = new Set(findings.map((f) => f.value));
  expect(found).toContain(client.achternaam);
  expect(found).toContain(client.bsn);
  expect(found).toContain(client.email);
  expect(found).toContain(logbookSentence);
  expect(found).toContain('Brouwersgracht draft tekst 5521');
  expect(findings.some((f) => f.file.includes('IndexedDB'))).toBe(true);
});
