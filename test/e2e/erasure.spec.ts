import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfPagesText } from '../unit/renderer/features/cv/pdf-text';
import {
  APP_URL,
  browserTodayDutch,
  caseloadRows,
  createClient,
  createVault,
  launch,
  PASSPHRASE,
  PLAINTEXT_APP_URL,
  recordConsent,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';
import { hasIndexedDb, scanProfile, scanProfileBytes } from './profile-scan';
import { clientRowBytes } from './vault-idb';

/**
 * Erasure by crypto-shredding, end to end (issue 13): a client with a logbook, a sealed
 * entry, health fields and a document is erased through the Privacy tab; after the browser
 * closes, the profile's bytes hold neither the client's values nor any slice of its wrapped
 * keys and sealed rows. The same scan, run on the same profile before the erasure, finds
 * those slices: the control that the scan can fail. The second test runs the flow on the
 * build without encryption, where the values themselves would be on disk if the erased rows
 * stayed in IndexedDB's files: they must be gone, and the kept client's values must still be
 * found.
 */
const target = {
  voornaam: 'Gerritje',
  achternaam: 'Ploegmaker-Zwanenburg',
  woonplaats: 'Nieuwe-Tonge',
  telefoon: '06 39182744',
  email: 'g.ploegmaker@zwanen-voorbeeld.nl',
  clientnummer: 'ER-48213',
};
const logbookSentence = 'Gerritje sprak over de vacature bij Steigerbouw Krommenie';
const sealedSentence = 'Zij gebruikt antidepressiva na het gesprek met psychiater Olthof-Wierda';
const physician = 'drs. Haverkamp-Lindeboom';
const values = [
  target.achternaam,
  target.woonplaats,
  target.telefoon,
  target.email,
  target.clientnummer,
  'Steigerbouw Krommenie',
  'Olthof-Wierda',
  'Haverkamp-Lindeboom',
];
const keeper = { voornaam: 'Blijft', achternaam: 'Onderhoudsdijk', woonplaats: 'Westervoort' };

const shot = async (page: Page, name: string) => {
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
};

function pdf(size: number): Buffer {
  const b = Buffer.alloc(size);
  b.write('%PDF-1.7\n');
  for (let i = 9; i < size; i++) b[i] = (i * 7919) % 251;
  return b;
}

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

/** The client with a logbook, a sealed entry, health fields and a document. */
async function fillTarget(page: Page, withDocument: boolean) {
  await createClient(page, target);
  await recordConsent(page);
  await entry(page, logbookSentence);
  await entry(page, sealedSentence, true);
  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const open = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await open.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Openen', exact: true }).click();
  await page.getByLabel('Naam bedrijfsarts').fill(physician);
  await page.locator('form.health-form').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen in het afgeschermde deel')).toBeVisible();
  if (!withDocument) return;
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Document toevoegen' });
  await add
    .getByLabel('Bestand')
    .setInputFiles({ name: 'Besluit.pdf', mimeType: 'application/pdf', buffer: pdf(1_500_000) });
  await add.getByLabel('Datum').fill(await browserTodayDutch(page));
  await add.getByLabel(/Ontvangen van/).fill('UWV');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(add).toBeHidden({ timeout: 30_000 });
}

/** Through the Privacy tab: preview, passphrase, erasure; returns the certificate's text. */
async function erase(page: Page, encrypted: boolean): Promise<string> {
  await caseloadRows(page).filter({ hasText: target.achternaam }).click();
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await page.getByRole('button', { name: 'Verwijderen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wat wordt verwijderd' });
  await expect(
    dialog.getByText('Logboek (verslagen, versies, concepten, contactoverzicht)'),
  ).toBeVisible();
  await expect(dialog.getByText(/Verzegelde gegevens .*verzegeld/)).toBeVisible();
  await expect(dialog.getByText('Gezondheid (belastbaarheid)')).toBeVisible();
  await expect(dialog.getByText(/Niets: voor geen van deze gegevens/)).toBeVisible();
  if (encrypted) await shot(page, 'erasure-preview');
  await dialog.getByRole('button', { name: 'Verder' }).click();
  const confirm = page.getByRole('dialog', { name: 'Definitief verwijderen' });
  // A wrong passphrase erases nothing and says so (the plaintext build checks none).
  if (encrypted) {
    await confirm.getByLabel('Wachtwoordzin').fill('niet de goede zin hoor');
    await confirm.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await expect(confirm.getByRole('alert')).toBeVisible({ timeout: 30_000 });
  }
  await confirm.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await confirm.getByRole('button', { name: 'Definitief verwijderen' }).click();
  const done = page.getByRole('dialog', { name: 'Verwijderd' });
  await expect(done.getByText(/is verwijderd op/)).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('button', { name: 'Verklaring downloaden (pdf)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^verklaring-van-verwijdering-\d{4}-\d\d-\d\d\.pdf$/,
  );
  const bytes = new Uint8Array(readFileSync(await download.path()));
  await download.delete();
  await done.getByRole('button', { name: 'Sluiten' }).click();
  await expect(caseloadRows(page).filter({ hasText: target.achternaam })).toHaveCount(0);
  await expect(caseloadRows(page).filter({ hasText: keeper.achternaam })).toHaveCount(1);
  return (await pdfPagesText(bytes)).join('\n').replace(/\s+/g, ' ');
}

/** 32-byte slices from the middle of each sealed row: unique to that row's ciphertext. */
function slices(rows: { table: string; bytes: number[] }[]) {
  return rows.map((r, i) => {
    const at = Math.min(40, Math.max(0, r.bytes.length - 32));
    return { label: `${r.table}#${i}`, bytes: new Uint8Array(r.bytes.slice(at, at + 32)) };
  });
}

test('an erased client leaves neither values nor key bytes in the profile', async ({ app }) => {
  test.setTimeout(240_000);
  const { page, profile } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await fillTarget(page, true);
  const stored = await clientRowBytes(page, null);
  expect(stored.clientCount).toBe(1);
  expect(stored.bucket).toMatch(/^koers-vault-\d+$/);
  const needles = slices(stored.rows);
  const keyNeedle = needles.filter((n) => n.label.startsWith('clientKeys'));
  expect(keyNeedle).toHaveLength(1);
  // Chunks and sealed records of several kinds: the key row, the compartment key pair, …
  expect(stored.rows.filter((r) => r.table === 'chunks').length).toBeGreaterThan(0);
  await createClient(page, keeper);
  await app.context.close();

  // Control: before the erasure the scan finds the wrapped key in the profile.
  expect(scanProfileBytes(profile, keyNeedle).length).toBeGreaterThan(0);

  const again = await launch(profile);
  await again.page.goto(APP_URL);
  await unlock(again.page);
  await expect(caseloadRows(again.page)).toHaveCount(2);
  const text = await erase(again.page, true);
  expect(text).toContain('Verklaring van verwijdering');
  expect(text).toContain(`${target.voornaam} ${target.achternaam}`);
  for (const c of [
    'Verslagen van contacten (logboek)',
    'Verzegelde gegevens (bijzondere persoonsgegevens)',
    'Gegevens over uw gezondheid',
    'Documenten (ontvangen en verzonden)',
  ])
    expect(text).toContain(c);
  expect(text).toContain('crypto-shredding');
  expect(text).toMatch(/verloopt op \d+ \w+ \d{4}/);
  await again.context.close();

  expect(hasIndexedDb(profile)).toBe(true);
  expect(scanProfileBytes(profile, needles)).toEqual([]);
  expect(scanProfile(profile, values).findings).toEqual([]);
});

test('without encryption the erased values are gone from the profile, the kept ones not', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page, profile } = app;
  await page.goto(PLAINTEXT_APP_URL);
  await createVault(page);
  await fillTarget(page, false);
  await createClient(page, keeper);
  await page.keyboard.press('Control+L');
  await unlock(page);
  await erase(page, false);
  await app.context.close();
  // The kept client is found (the scan sees the vault's files)…
  const kept = scanProfile(profile, [keeper.achternaam, keeper.woonplaats]).findings;
  expect(kept.map((f) => f.value)).toContain(keeper.achternaam);
  // …the erased one is not, in any file.
  expect(scanProfile(profile, values).findings).toEqual([]);
});
