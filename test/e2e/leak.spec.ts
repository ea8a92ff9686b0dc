import { expect } from '@playwright/test';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PLAINTEXT_APP_URL,
  recordConsent,
  test,
  type KoersApp,
} from './app';
import { hasIndexedDb, scanProfile } from './profile-scan';

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
// Special-category text: a sealed entry, a sealed draft and a health field.
const sealedSentence = 'Ze slikt antidepressiva sinds het gesprek met psychiater Vondelhoek';
const sealedDraft = 'Concept: haar depressie en de schuldsanering bij Kwakernaat-Ilpendam';
const physician = 'drs. Brakkenstein-Ooievaar';
const secrets = [
  sealedSentence,
  'Vondelhoek',
  'Kwakernaat-Ilpendam',
  'Brakkenstein-Ooievaar',
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
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Logboek' }).click();
  // A sealed entry: the detector offers it, the coach accepts.
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill(sealedSentence);
  await page
    .locator('.special-findings')
    .getByRole('button', { name: /Verzegeld opslaan/ })
    .click();
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  // A health field, which needs the compartment open.
  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const open = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await open.getByLabel('Wachtwoordzin').fill('pompoen veerboot gieter lakmoes');
  await open.getByRole('button', { name: 'Openen', exact: true }).click();
  await page.getByLabel('Naam bedrijfsarts').fill(physician);
  await page.locator('form.health-form').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen in het afgeschermde deel')).toBeVisible();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill(logbookSentence);
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Brouwersgracht' })).toBeVisible();
  // And an unsaved draft, sealed by the lock below.
  await page.keyboard.press('Control+N');
  // Its text holds special-category words too, so the draft is sealed into the compartment.
  await page
    .getByLabel('Verslag van het gesprek')
    .fill(`Concept: Brouwersgracht draft tekst 5521. ${sealedDraft}`);
  await expect(page.getByText('Het concept wordt al verzegeld bewaard.')).toBeVisible();
  await expect(page.getByText('Concept bewaard (versleuteld)')).toBeVisible();
  await page.keyboard.press('Control+L');
  await page.getByLabel('Wachtwoordzin').fill('pompoen veerboot gieter lakmoes');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  // Reload and unlock once more so the data is read back from disk, not only written.
  await page.reload();
  await page.getByLabel('Wachtwoordzin').fill('pompoen veerboot gieter lakmoes');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(caseloadRows(page).getByText('Wijnanda Zeldenrust-Quakkelaar')).toBeVisible();
  await context.close();
  return profile;
}

test('no client value can be found in the Chromium profile bytes', async ({ app }) => {
  const profile = await createAndClose(app, APP_URL);
  const { findings, bytesScanned, fileCount } = scanProfile(profile, secrets);
  // The scan must have seen the database, or it proves nothing.
  expect(hasIndexedDb(profile)).toBe(true);
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
  expect(found).toContain(sealedSentence);
  expect(found).toContain('Kwakernaat-Ilpendam');
  expect(found).toContain('Brakkenstein-Ooievaar');
  expect(findings.some((f) => f.file.includes('IndexedDB'))).toBe(true);
});
