import { expect, type Page } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PASSPHRASE,
  PLAINTEXT_APP_URL,
  recordConsent,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  unlock,
  test,
  type KoersApp,
} from './app';
import { hasIndexedDb, scanProfile } from './profile-scan';
import { docxBytes } from '../unit/renderer/vault/files';

const MIB = 1024 * 1024;
const files = mkdtempSync(join(tmpdir(), 'koers-documents-'));
test.afterAll(() => rmSync(files, { recursive: true, force: true }));

/** A PDF as a scanner writes it: header, opaque bytes, trailer; `insert` lands mid-file. */
function pdf(name: string, size: number, insert?: { text: string; at: number }): string {
  const bytes = Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    randomBytes(size - 16),
    Buffer.from('\n%%EOF\n'),
  ]);
  if (insert) bytes.write(insert.text, insert.at, 'latin1');
  const path = join(files, name);
  writeFileSync(path, bytes);
  return path;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const table = (page: Page) => page.getByRole('table', { name: 'Documenten' });
const rows = (page: Page) => table(page).locator('tbody tr');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Document toevoegen' });

/** Counts object URLs, so the test sees that no decrypted copy is made without a click. */
const countObjectUrls = () => {
  const original = URL.createObjectURL.bind(URL);
  const w = window as unknown as { objectUrls: number };
  w.objectUrls = 0;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    w.objectUrls++;
    return original(obj);
  };
};
const objectUrls = (page: Page) =>
  page.evaluate(() => (window as unknown as { objectUrls: number }).objectUrls);

async function openDocuments(page: Page) {
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await expect(page.getByRole('button', { name: '+ Document toevoegen' })).toBeVisible();
}

async function addDocument(
  page: Page,
  path: string,
  d: { direction?: 'Ontvangen' | 'Verzonden'; date: string; counterparty: string; text?: string },
) {
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  const form = dialog(page);
  await form.getByLabel('Bestand').setInputFiles(path);
  if (d.direction) await form.getByRole('radio', { name: d.direction }).check();
  await form.getByLabel('Datum').fill(d.date);
  await form.getByLabel(/Ontvangen van|Verzonden aan/).fill(d.counterparty);
  if (d.text) await form.getByLabel('Omschrijving').fill(d.text);
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Document toegevoegd.' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(form).toBeHidden();
}

test('a 20 MB PDF comes back byte for byte after lock and unlock; copies only on request', async ({
  app,
}) => {
  const { page, context } = app;
  await page.addInitScript(countObjectUrls);
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fatima', achternaam: 'Bouzid', woonplaats: 'Zwolle' });
  await openDocuments(page);
  await expect(page.getByText('Nog geen documenten.')).toBeVisible();

  // The sealing worker: started for the attach, gone after it (with its copy of the key).
  const sealers: { url: string; closed: boolean }[] = [];
  page.on('worker', (w) => {
    const s = { url: w.url(), closed: false };
    sealers.push(s);
    w.on('close', () => (s.closed = true));
  });

  const bigPath = pdf('Beschikking WIA 2026.pdf', 20 * MIB);
  const original = readFileSync(bigPath);
  await addDocument(page, bigPath, {
    date: '03-11-2026',
    counterparty: 'UWV',
    text: 'Beschikking WIA-aanvraag, met rapport arbeidsdeskundige',
  });
  await expect(rows(page)).toHaveCount(1);
  const sealer = sealers.filter((w) => /documents\.worker/.test(w.url));
  expect(sealer).toHaveLength(1);
  await expect.poll(() => sealer[0]?.closed).toBe(true);
  await expect(rows(page).first()).toContainText('Beschikking WIA 2026.pdf');
  await expect(rows(page).first()).toContainText('Ontvangen');
  await expect(rows(page).first()).toContainText('di 3 nov 2026');
  await expect(rows(page).first()).toContainText('UWV');
  await expect(rows(page).first()).toContainText('20 MB');

  // Refusals say why in Dutch, before anything is stored.
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  const form = dialog(page);
  const fake = join(files, 'verklaring.pdf');
  writeFileSync(fake, 'Geachte heer, hierbij verklaar ik dat ...');
  await form.getByLabel('Bestand').setInputFiles(fake);
  await expect(form.getByText('Dit soort bestand kan niet worden toegevoegd.')).toBeVisible();
  const huge = join(files, 'scan-groot.pdf');
  writeFileSync(huge, '%PDF-1.7\n');
  truncateSync(huge, 50 * MIB + 1);
  await form.getByLabel('Bestand').setInputFiles(huge);
  await expect(form.getByText('Dit bestand is groter dan 50 MB.')).toBeVisible();
  await form.getByLabel('Datum').fill('03-11-2026');
  await form.getByLabel('Ontvangen van').fill('Werkgever');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Annuleren' }).click();
  await expect(rows(page)).toHaveCount(1);

  // Listing and adding made no decrypted copy.
  expect(await objectUrls(page)).toBe(0);

  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await unlock(page);
  await caseloadRows(page).filter({ hasText: 'Bouzid' }).click();
  await openDocuments(page);
  await expect(rows(page)).toHaveCount(1);

  const download = page.waitForEvent('download');
  await rows(page).first().getByRole('button', { name: 'Opslaan als…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Beschikking WIA 2026.pdf');
  const back = readFileSync(await saved.path());
  expect(back.length).toBe(original.length);
  expect(sha256(back)).toBe(sha256(original));
  expect(await objectUrls(page)).toBe(1);

  const opened = context.waitForEvent('page');
  await rows(page).first().getByRole('button', { name: 'Openen' }).click();
  await expect.poll(async () => (await opened).url()).toMatch(/^blob:/);
  expect(await objectUrls(page)).toBe(2);

  // Delete asks first; cancelling keeps the document.
  await rows(page).first().getByRole('button', { name: 'Verwijderen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Document verwijderen?' });
  await expect(confirm).toContainText('Beschikking WIA 2026.pdf');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(rows(page)).toHaveCount(1);
  // Deleting is an erasure: it says what goes and that it cannot be undone, and asks for the
  // passphrase; a wrong one erases nothing.
  await rows(page).first().getByRole('button', { name: 'Verwijderen' }).click();
  await expect(confirm).toContainText('kan niet ongedaan worden gemaakt');
  const erase = confirm.getByRole('button', { name: 'Definitief verwijderen' });
  await expect(erase).toBeDisabled();
  await confirm.getByLabel('Wachtwoordzin ter bevestiging').fill('niet de goede zin hoor');
  await erase.click();
  await expect(confirm.getByRole('alert').first()).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await expect(confirm.getByLabel('Wachtwoordzin ter bevestiging')).toBeEnabled();
  await confirm.getByLabel('Wachtwoordzin ter bevestiging').fill(PASSPHRASE);
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}document-erasure.png` });
  await erase.click();
  await expect(page.getByRole('status').filter({ hasText: 'Document verwijderd.' })).toBeVisible();
  await expect(page.getByText('Nog geen documenten.')).toBeVisible();
});

test('documents of both directions, newest first; Word can be saved but not opened', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fatima', achternaam: 'Bouzid', woonplaats: 'Zwolle' });
  await openDocuments(page);
  await addDocument(page, pdf('Beschikking WIA 2026.pdf', 3 * MIB), {
    date: '03-11-2026',
    counterparty: 'UWV',
    text: 'Beschikking WIA-aanvraag, met rapport arbeidsdeskundige',
  });
  const docx = join(files, 'Plan van aanpak.docx');
  writeFileSync(docx, docxBytes());
  await addDocument(page, docx, {
    direction: 'Verzonden',
    date: '17-11-2026',
    counterparty: 'Werkgever (Bakkerij de Korenschoof)',
    text: 'Door cliënt en werkgever ondertekend',
  });
  await addDocument(page, pdf('Verslag bedrijfsarts.pdf', 900_000), {
    date: '10-11-2026',
    counterparty: 'Bedrijfsarts',
  });
  await expect(rows(page).locator('.doc-file')).toHaveText([
    'Plan van aanpak.docx',
    'Verslag bedrijfsarts.pdf',
    'Beschikking WIA 2026.pdf',
  ]);
  await expect(rows(page).first()).toContainText('Verzonden');
  await expect(rows(page).first().getByRole('button', { name: 'Openen' })).toHaveCount(0);
  await expect(rows(page).first().getByRole('button', { name: 'Opslaan als…' })).toBeVisible();
  await expect(rows(page).nth(1).getByRole('button', { name: 'Openen' })).toBeVisible();

  // The counterparty label follows the direction.
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  await expect(dialog(page).getByLabel('Ontvangen van')).toBeVisible();
  await dialog(page).getByRole('radio', { name: 'Verzonden' }).check();
  await expect(dialog(page).getByLabel('Verzonden aan')).toBeVisible();
  await dialog(page).getByRole('radio', { name: 'Ontvangen' }).check();
  await dialog(page).getByLabel('Bestand').setInputFiles(pdf('Brief re-integratie.pdf', 200_000));
  await dialog(page).getByLabel('Ontvangen van').fill('Arbeidsdeskundige');
  if (shouldUpdateScreenshots) {
    await page.screenshot({ path: join(SCREENSHOT_DIR, '10-documents-add.png') });
  }
  await dialog(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(rows(page)).toHaveCount(3);
  if (shouldUpdateScreenshots) {
    await page.screenshot({ path: join(SCREENSHOT_DIR, '10-documents.png') });
  }
});

test('a special-category document is sealed: invisible, name and all, until the compartment opens', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fatima', achternaam: 'Bouzid', woonplaats: 'Zwolle' });
  await openDocuments(page);
  await addDocument(page, pdf('Beschikking WIA 2026.pdf', 200_000), {
    date: '03-11-2026',
    counterparty: 'UWV',
  });

  const sealedPath = pdf('Verklaring bedrijfsarts.pdf', 3 * MIB);
  const original = readFileSync(sealedPath);
  async function fillSealed() {
    await page.getByRole('button', { name: '+ Document toevoegen' }).click();
    const form = dialog(page);
    await form.getByLabel('Bestand').setInputFiles(sealedPath);
    await form.getByLabel('Datum').fill('10-11-2026');
    await form.getByLabel('Ontvangen van').fill('Bedrijfsarts');
    await form.getByLabel('Omschrijving').fill('Verklaring over de depressie en de medicatie');
    // The detector marks the words as the coach types and offers to seal.
    const findings = form.locator('.special-findings');
    await expect(findings.locator('mark').first()).toHaveText('depressie');
    const box = form.getByRole('checkbox', { name: /verzegeld bewaren/ });
    await expect(box).not.toBeChecked();
    await findings.getByRole('button', { name: /Verzegeld opslaan/ }).click();
    await expect(box).toBeChecked();
    await expect(findings).toContainText('Dit document wordt verzegeld opgeslagen');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    return form;
  }

  // Without a legal ground on record nothing is stored, and the coach is told why.
  const refused = await fillSealed();
  await expect(refused.getByRole('alert')).toContainText('geen geldige toestemming');
  await refused.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Er is verzegelde inhoud.')).toHaveCount(0);

  await recordConsent(page);
  await openDocuments(page);
  const form = await fillSealed();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'verzegeld toegevoegd' })).toBeVisible();

  // Closed: that sealed content exists, and nothing more.
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByText('1 document', { exact: true })).toBeVisible();
  const html = await page.content();
  for (const secret of ['Verklaring bedrijfsarts', 'depressie', '3 MB']) {
    expect(html).not.toContain(secret);
  }
  await page.screenshot({ path: '/tmp/docs-sealed.png', fullPage: true });
  if (shouldUpdateScreenshots) {
    await page.screenshot({ path: join(SCREENSHOT_DIR, '10-documents-sealed.png') });
  }

  await page.getByRole('button', { name: 'Openen…' }).click();
  const opening = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await opening.getByRole('radio', { name: 'Verslag of rapportage opstellen' }).check();
  await opening.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await opening.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(opening).toBeHidden({ timeout: 20_000 });
  await expect(rows(page)).toHaveCount(2);
  const sealedRow = rows(page).filter({ hasText: 'Verklaring bedrijfsarts.pdf' });
  await expect(sealedRow.getByText('Verzegeld')).toBeVisible();
  await expect(sealedRow).toContainText('depressie');
  await page.screenshot({ path: '/tmp/docs-sealed-open.png', fullPage: true });

  // Sealed in the worker with the document's own key; it comes back byte for byte.
  const download = page.waitForEvent('download');
  await sealedRow.getByRole('button', { name: 'Opslaan als…' }).click();
  const back = readFileSync(await (await download).path());
  expect(sha256(back)).toBe(sha256(original));

  // Closing takes the row away at once.
  await page.getByRole('button', { name: 'Nu sluiten' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  expect(await page.content()).not.toContain('Verklaring bedrijfsarts');
});

// ---- leak test, extended to documents ------------------------------------------------------

const SENTENCE = 'Zeldenrust verklaring 7731 vertrouwelijk';
const leakDoc = {
  name: 'Verklaring Quakkelaar 7731.pdf',
  counterparty: 'Bakkerij Quakkelaar',
  text: 'Verklaring van de werkgever over het verzuim',
};
const needles = [SENTENCE, 'Verklaring Quakkelaar', leakDoc.counterparty, leakDoc.text];

/** Runs the flow in the test's profile, then closes the browser so every byte is on disk. */
async function attachAndClose(app: KoersApp, url: string): Promise<string> {
  const { page, context, profile } = app;
  await page.goto(url);
  await createVault(page);
  await createClient(page, { voornaam: 'Wijnanda', achternaam: 'Jansen' });
  await openDocuments(page);
  // 3 MiB: several chunks; the sentence sits inside the second, not across a boundary.
  const path = pdf(leakDoc.name, 3 * MIB, { text: SENTENCE, at: 1.5 * MIB });
  await addDocument(page, path, {
    date: '12-11-2026',
    counterparty: leakDoc.counterparty,
    text: leakDoc.text,
  });
  // Read back from disk once, as after a restart.
  await page.reload();
  await unlock(page);
  await caseloadRows(page).filter({ hasText: 'Jansen' }).click();
  await openDocuments(page);
  await expect(rows(page).first()).toContainText(leakDoc.name);
  await context.close();
  return profile;
}

test("no document's contents, name or details can be found in the profile bytes", async ({
  app,
}) => {
  const profile = await attachAndClose(app, APP_URL);
  const { findings, bytesScanned } = scanProfile(profile, needles);
  expect(hasIndexedDb(profile)).toBe(true);
  // The sealed document itself is in the scanned bytes, or the scan proves nothing.
  expect(bytesScanned).toBeGreaterThan(3 * MIB);
  expect(findings).toEqual([]);
});

test('negative control: with encryption switched off the scan finds the document', async ({
  app,
}) => {
  const profile = await attachAndClose(app, PLAINTEXT_APP_URL);
  const found = new Set(scanProfile(profile, needles).findings.map((f) => f.value));
  expect(found).toContain(SENTENCE);
  expect(found).toContain(leakDoc.counterparty);
});
