import { expect, type Page } from '@playwright/test';
import { axeFindings } from './axe';
import {
  APP_URL,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';

/**
 * Restriction of processing (issue 13 part 3, AVG art. 18): a restricted dossier shows why
 * and since when, refuses edits (the refusal comes from the store: the forms stay as they
 * are and the save is turned down), survives a lock, and is lifted only with a reason,
 * which the audit log records.
 */

async function lockAndUnlock(page: Page) {
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible({ timeout: 30_000 });
}

const REFUSED = 'De verwerking van dit dossier is beperkt (AVG art. 18)';

test('a restricted dossier refuses edits in the UI and in the store; lifting needs a reason and is audited', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Lotte', achternaam: 'Visser', woonplaats: 'Deventer' });

  // Restrict, on the Privacy tab. Without a reason nothing happens.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  const section = page.getByRole('region', { name: 'Beperking van de verwerking' });
  await section.getByRole('button', { name: 'Verwerking beperken' }).click();
  await expect(
    section.getByText('Vul een reden in. Zonder reden verandert er niets.'),
  ).toBeVisible();
  await expect(page.locator('.restriction-banner')).toHaveCount(0);
  await section
    .getByLabel('Reden van de beperking')
    .fill('Cliënt betwist de juistheid van het verslag');
  await section.getByRole('button', { name: 'Verwerking beperken' }).click();

  const banner = page.locator('.restriction-banner');
  await expect(banner).toContainText('Verwerking beperkt sinds');
  await expect(banner).toContainText('Cliënt betwist de juistheid van het verslag');
  expect(await axeFindings(page, 'privacy tab, restricted')).toEqual([]);

  // An edit of the personalia goes through the normal save and is refused by the store.
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await expect(banner).toBeVisible();
  // Archiving is a change as well: not offered while restricted.
  await expect(page.getByRole('button', { name: 'Archiveren' })).toHaveCount(0);
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}restriction-banner.png` });
  const form = page.locator('form.client-form');
  await form.getByLabel('Woonplaats').fill('Zwolle');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText(REFUSED)).toBeVisible();
  await expect(page.locator('.detail-head')).toContainText('Deventer');

  // So is a new trajectory.
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await page.getByLabel('Startdatum').fill('01-09-2026');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(REFUSED)).toBeVisible();

  // After a lock the restriction is read back from the vault: still refused, nothing changed.
  await lockAndUnlock(page);
  await page.getByRole('option', { name: /Visser/ }).click();
  await expect(page.locator('.restriction-banner')).toContainText('Verwerking beperkt sinds');
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await expect(page.locator('form.client-form').getByLabel('Woonplaats')).toHaveValue('Deventer');

  // Lifting needs a reason too.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  const active = page.getByRole('region', { name: 'Beperking van de verwerking' });
  await active.getByRole('button', { name: 'Beperking opheffen' }).click();
  await expect(
    active.getByText('Vul een reden in. Zonder reden verandert er niets.'),
  ).toBeVisible();
  await expect(page.locator('.restriction-banner')).toBeVisible();
  await active
    .getByLabel('Reden van opheffen')
    .fill('Verslag gecorrigeerd en met cliënt besproken');
  await active.getByRole('button', { name: 'Beperking opheffen' }).click();
  await expect(page.locator('.restriction-banner')).toHaveCount(0);
  await expect(active).toContainText('Eerdere beperkingen');
  await expect(active).toContainText('Verslag gecorrigeerd en met cliënt besproken');

  // The audit log of this client names both, without the reasons (read afresh on opening).
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await page.getByRole('tab', { name: 'Privacy' }).click();
  const audit = page.getByRole('region', { name: 'Auditlogboek van deze cliënt' });
  await expect(audit).toContainText('Verwerking beperkt (AVG art. 18)');
  await expect(audit).toContainText('Beperking opgeheven, met reden');
  await expect(audit).not.toContainText('Verslag gecorrigeerd');

  // And the dossier takes edits again.
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await expect(page.getByRole('button', { name: 'Archiveren' })).toBeVisible();
  const again = page.locator('form.client-form');
  await again.getByLabel('Woonplaats').fill('Zwolle');
  await again.getByRole('button', { name: 'Opslaan' }).click();
  // The header shows what is stored.
  await expect(page.locator('.detail-head')).toContainText('Zwolle');
  await expect(page.getByText(REFUSED)).toHaveCount(0);
});

test('an upheld objection to sharing with employers stops the CV going to one; the hours overview reads the financial records', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Sem', achternaam: 'de Graaf', woonplaats: 'Zwolle' });

  // A logbook contact of 90 minutes by phone: it shows as hours on the trajectory tab.
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  const composer = page.getByRole('form', { name: /Nieuw contact/ });
  await composer.getByLabel('Duur (minuten)').fill('90');
  await composer.getByLabel('Contactvorm').selectOption({ label: 'Telefonisch' });
  await composer.getByLabel('Verslag van het gesprek').fill('Vacatures doorgenomen');
  await composer.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(composer).toBeHidden();

  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  const hours = page.getByRole('region', { name: 'Uren per maand en activiteit' });
  await expect(hours.getByRole('row').nth(1)).toContainText('1,5');
  await expect(hours).toContainText('Telefonisch');
  const invoices = page.getByRole('region', { name: 'Factuurverwijzingen' });
  await invoices.getByRole('button', { name: 'Factuur vastleggen' }).click();
  await expect(invoices.getByText('Dit veld is verplicht.')).toBeVisible();
  await invoices.getByLabel('Factuurnummer').fill('F2026-0042');
  await invoices.getByLabel('Factuurdatum').fill('30-11-2026');
  await invoices.getByRole('button', { name: 'Factuur vastleggen' }).click();
  await expect(invoices.getByRole('listitem')).toContainText('F2026-0042');
  expect(await axeFindings(page, 'trajectory tab with financial records')).toEqual([]);
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}financial-hours.png`, fullPage: true });

  // The client objects to sharing with employers; the firm upholds it.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  const objections = page.getByRole('region', { name: 'Bezwaar tegen verwerking' });
  await objections.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
  await objections.getByLabel('Omschrijving').fill('Wil niet dat werkgevers het cv krijgen');
  await objections.getByLabel('Uitkomst').selectOption({ label: 'toegekend' });
  await objections.getByRole('button', { name: 'Bezwaar opslaan' }).click();
  await expect(objections.getByText('Vul de datum van het besluit in.')).toBeVisible();
  await objections.getByLabel('Besloten op').fill(
    await page.evaluate(() => {
      const d = new Date();
      const p = (n: number) => String(n).padStart(2, '0');
      return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
    }),
  );
  await objections.getByRole('button', { name: 'Bezwaar opslaan' }).click();
  await expect(objections.getByRole('listitem')).toContainText('toegekend');
  await expect(objections.getByRole('listitem')).toContainText('Deze verwerking is gestopt.');

  // The CV for an employer is refused, in Dutch, before any PDF is made.
  await page.getByRole('tab', { name: 'CV' }).click();
  await page.getByLabel('Voor werkgever').fill('Bakkerij De Vries');
  await page.getByRole('button', { name: 'CV als PDF downloaden' }).click();
  await expect(
    page.getByText('De cliënt heeft bezwaar gemaakt tegen deze verwerking'),
  ).toBeVisible();
});
