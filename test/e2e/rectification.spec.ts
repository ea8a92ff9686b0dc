import { expect } from '@playwright/test';
import { join } from 'node:path';
import { APP_URL, SCREENSHOT_DIR, createClient, createVault, test } from './app';

/**
 * Rectification (issue 12, item 5): a corrected address keeps its earlier value, with the
 * reason "rectificatieverzoek" linked to the client's request, in the history dialog and
 * under the request itself.
 */
test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 900 });
});

test('an address corrected on a rectification request shows in the history dialog', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fatima', achternaam: 'El Amrani', woonplaats: 'Zwolle' });

  // The client asks for a correction: registered in the request register.
  await page.getByRole('tab', { name: 'Verzoeken' }).click();
  await page.getByRole('button', { name: 'Verzoek vastleggen' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Soort verzoek').selectOption('rectification');
  await dialog.getByLabel('Wat vraagt de cliënt?').fill('Mijn adres klopt niet, ik ben verhuisd');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();

  // The address corrected, with the request as the reason.
  await page.getByRole('tab', { name: 'Personalia' }).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Straat').fill('Nieuwe Gracht');
  await form.getByLabel('Huisnummer').fill('12');
  await form.getByLabel('Woonplaats').fill('Kampen');
  await form.getByRole('combobox', { name: 'Reden', exact: true }).selectOption('rectification');
  await expect(form.getByRole('combobox', { name: 'Verzoek', exact: true })).toContainText(
    'Mijn adres klopt niet',
  );
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');

  await page.locator('form.client-form').getByRole('button', { name: 'Geschiedenis' }).click();
  const history = page.getByRole('dialog', { name: /Geschiedenis/ });
  await expect(history).toBeVisible();
  const woonplaats = history.getByRole('row').filter({ hasText: 'Woonplaats' });
  await expect(woonplaats).toContainText('Zwolle');
  await expect(woonplaats).toContainText('Kampen');
  await expect(woonplaats).toContainText('rectificatieverzoek');
  await expect(woonplaats).toContainText('bij verzoek van');
  await expect(history.getByRole('row').filter({ hasText: 'Straat' })).toContainText(
    'Nieuwe Gracht',
  );
  await page.screenshot({ path: join(SCREENSHOT_DIR, '30-rectification-history.png') });
  await history.getByRole('button', { name: 'Sluiten' }).click();

  // The request lists the changes made for it; declined, it takes the client's statement.
  await page.getByRole('tab', { name: 'Verzoeken' }).click();
  await page.getByRole('button', { name: 'Wijzigen' }).first().click();
  const request = page.getByRole('dialog');
  await expect(request.getByText('Wijzigingen bij dit verzoek')).toBeVisible();
  await expect(request.locator('.request-change-list')).toContainText('Woonplaats');
  await expect(request.locator('.request-change-list')).toContainText('was: Zwolle');
});
