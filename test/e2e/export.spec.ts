import Ajv2020 from 'ajv/dist/2020.js';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  PASSPHRASE,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  browserTodayDutch,
  createClient,
  createVault,
  launch,
  newProfileDir,
  recordConsent,
  test,
} from './app';

const DOC = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(40_000, 9),
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

test('the access export: one ZIP that validates, matches its manifest and imports into another profile', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Ayşe', achternaam: 'Çelik', woonplaats: 'Deventer' });
  await recordConsent(page);
  await entry(page, 'Kennismaking en cv doorgenomen.');
  await entry(page, 'Sollicitatie bij de bakkerij voorbereid.');
  await entry(page, 'Ze is weer opgenomen met een depressie.', true);
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Document toevoegen' });
  await add.getByLabel('Bestand').setInputFiles({
    name: 'Brief UWV.pdf',
    mimeType: 'application/pdf',
    buffer: DOC,
  });
  await add.getByLabel('Datum').fill(await browserTodayDutch(page));
  await add.getByLabel(/Ontvangen van/).fill('UWV');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(add).toBeHidden({ timeout: 30_000 });

  // An access request, registered the way a coach does (no ID copy).
  await page.getByRole('tab', { name: 'Verzoeken' }).click();
  await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  const request = page.getByRole('dialog', { name: 'Verzoek vastleggen' });
  await request.getByLabel('Soort verzoek').selectOption({ label: 'Inzage' });
  await request.getByLabel('Ontvangen op').fill(await browserTodayDutch(page));
  await request.getByLabel('Ontvangen via').selectOption({ label: 'e-mail' });
  await request.getByLabel('Wat vraagt de cliënt?').fill('Een kopie van het hele dossier.');
  await request.getByLabel('Getoond document').selectOption({ label: 'Identiteitskaart' });
  await request.getByLabel('Gecontroleerd op').fill(await browserTodayDutch(page));
  await request.getByLabel('Gecontroleerd door').fill('Coach Jansen');
  await request.getByRole('button', { name: 'Opslaan' }).click();
  await expect(request).toBeHidden();

  // The wizard: counts, then the compartment opened for "inzageverzoek".
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await page.getByRole('button', { name: 'Dossier exporteren…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Dossier exporteren' });
  await expect(wizard.getByText('Logboek', { exact: true })).toBeVisible();
  await expect(wizard.getByRole('button', { name: 'Exporteren' })).toBeDisabled();
  await wizard.getByRole('button', { name: 'Afgeschermd deel openen…' }).click();
  const open = page.getByRole('dialog', { name: /Afgeschermd deel openen/ });
  await expect(open.getByRole('radio', { name: 'inzageverzoek' })).toBeChecked();
  await open.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(wizard.getByText('Het afgeschermde deel is open')).toBeVisible();
  await wizard.getByLabel('Bureau').fill('Re-integratie Noord');
  await wizard.getByLabel('Coach').fill('Coach Jansen');
  await expect(wizard.getByLabel('Verzoek')).toHaveValue(/.+/);
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}export-wizard.png` });
  const download = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Exporteren' }).click();
  const file = await (await download).path();
  await expect(wizard.getByText(/Export opgeslagen/)).toBeVisible();
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}export-wizard-done.png` });
  await wizard.getByRole('button', { name: 'Sluiten' }).click();
  // The request is delivered, and the audit log records the export.
  await page.getByRole('tab', { name: 'Verzoeken' }).click();
  await expect(
    page.getByRole('list', { name: 'Verzoeken' }).getByRole('listitem').first(),
  ).toContainText('Afgehandeld');
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await expect(page.getByText('Cliënt zelf').first()).toBeVisible();

  const zip = readFileSync(file);
  const files = unzipSync(new Uint8Array(zip));
  const text = (p: string) => new TextDecoder().decode(files[p]);
  const dossier = JSON.parse(text('dossier.json')) as {
    records: Record<string, { data: Record<string, unknown> }[]>;
    audit: { action: string; purpose?: string }[];
    client: { name: string };
  };
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
    JSON.parse(text('schema/dossier.schema.json')) as object,
  );
  expect(validate(dossier), JSON.stringify(validate.errors)).toBe(true);
  const manifest = JSON.parse(text('manifest.json')) as {
    files: { path: string; size: number; sha256: string }[];
  };
  for (const f of manifest.files) {
    expect(
      createHash('sha256')
        .update(files[f.path] as Uint8Array)
        .digest('hex'),
      f.path,
    ).toBe(f.sha256);
  }
  expect(Buffer.from(files['documenten/Brief UWV.pdf'] as Uint8Array).equals(DOC)).toBe(true);
  expect(dossier.client.name).toBe('Ayşe Çelik');
  expect(dossier.records['logbook']).toHaveLength(2);
  expect(dossier.records['logbook-sealed']?.[0]?.data.summary).toBe(
    'Ze is weer opgenomen met een depressie.',
  );
  expect(dossier.audit.some((a) => a.purpose === 'inzageverzoek')).toBe(true);
  expect(text('logboek.csv')).toContain('Sollicitatie bij de bakkerij voorbereid.');
  expect(new TextDecoder().decode(files['inzage.pdf']?.subarray(0, 5))).toBe('%PDF-');

  // The same ZIP into a fresh profile: the client arrives with the same logbook.
  const profile = newProfileDir();
  const other = await launch(profile);
  try {
    await other.page.goto(APP_URL);
    await createVault(other.page);
    await other.page.getByRole('button', { name: 'Dossier importeren…' }).click();
    const dialog = other.page.getByRole('dialog', { name: 'Dossier importeren' });
    await dialog.getByLabel('Exportbestand (.zip)').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await expect(dialog.getByText('Ayşe Çelik is geïmporteerd als nieuwe cliënt.')).toBeVisible({
      timeout: 30_000,
    });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await other.page.getByRole('tab', { name: 'Logboek' }).click();
    await expect(other.page.getByText('Sollicitatie bij de bakkerij voorbereid.')).toBeVisible();
    // A second import of the same export is recognised and changes nothing.
    await other.page.getByRole('button', { name: 'Dossier importeren…' }).click();
    await dialog.getByLabel('Exportbestand (.zip)').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await expect(dialog.getByText('Deze export is al eerder geïmporteerd.')).toBeVisible();
    // A changed byte is refused with a Dutch message.
    const changed = Buffer.from(zip);
    const mid = Math.floor(changed.length / 2);
    changed[mid] = (changed[mid] as number) ^ 1;
    await dialog.getByLabel('Exportbestand (.zip)').setInputFiles({
      name: 'gewijzigd.zip',
      mimeType: 'application/zip',
      buffer: changed,
    });
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await expect(dialog.getByRole('status')).toContainText(/beschadigd|gewijzigd|onvolledig/);
  } finally {
    await other.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
