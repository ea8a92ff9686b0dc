import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  browserTodayDutch,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
} from './app';

const recipientRows = (page: Page) =>
  page.getByRole('table', { name: 'Ontvangers' }).locator('tbody tr');

test('recipients: a manual row, and a CV PDF for an employer only on a recorded ground', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Sanne', achternaam: 'de Boer', woonplaats: 'Assen' });

  // A manual row in the Privacy tab.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await expect(page.getByText('Nog niets verstrekt.')).toBeVisible();
  await page.getByRole('button', { name: 'Ontvanger toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ontvanger toevoegen' });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Kies minstens één soort gegevens.')).toBeVisible();
  // The field errors sit in the labels, so the names are matched by their start.
  await dialog.getByRole('textbox', { name: /^Ontvanger/ }).fill('UWV');
  await dialog.getByLabel('Verstrekt op').fill(await browserTodayDutch(page));
  await dialog.getByLabel('Verstrekt via').selectOption('portal');
  await dialog.getByRole('checkbox', { name: 'Traject' }).check();
  await dialog.getByRole('checkbox', { name: 'Logboek' }).check();
  await dialog.getByRole('textbox', { name: /^Grond/ }).fill('Wet SUWI: voortgangsrapportage');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(recipientRows(page)).toHaveCount(1);
  await expect(recipientRows(page).first()).toContainText('UWV');
  await expect(recipientRows(page).first()).toContainText('Logboek, Traject');
  await expect(recipientRows(page).first()).toContainText('Portaal');

  // The CV for an employer without consent: refused, with the way to the register.
  await page.getByRole('tab', { name: 'CV' }).click();
  await page.getByLabel('Voor werkgever').fill('Bouwbedrijf Hendriks');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'CV als PDF downloaden' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Er is geen toestemming van de cliënt om het cv aan Bouwbedrijf Hendriks te geven',
  );
  await expect(page.getByRole('button', { name: 'Naar het toestemmingenregister' })).toBeVisible();
  // No ground typed: still nothing.
  await page.getByRole('button', { name: 'Grond vastleggen en PDF maken' }).click();
  await expect(page.getByText('Vul de grond in.')).toBeVisible();
  expect(downloads).toBe(0);

  // With a ground recorded: the PDF is made and the row is added.
  await page
    .getByLabel('Grond voor verstrekking aan Bouwbedrijf Hendriks')
    .fill('Mondelinge toestemming vandaag, schriftelijk volgt');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Grond vastleggen en PDF maken' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByText('Vastgelegd bij de ontvangers (tab Privacy).')).toBeVisible();

  await page.getByRole('tab', { name: 'Privacy' }).click();
  await expect(recipientRows(page)).toHaveCount(2);
  const cvRow = recipientRows(page).filter({ hasText: 'Bouwbedrijf Hendriks' });
  await expect(cvRow).toContainText('Cv als pdf');
  await expect(cvRow).toContainText('Mondelinge toestemming vandaag, schriftelijk volgt');

  // Herkomst: the personalia default to the client; the coach can change it.
  const origin = page.getByLabel('Herkomst: Personalia');
  await expect(origin).toHaveValue('client');
  await origin.selectOption('vorige-aanbieder');
  await expect(page.locator('.origins-table')).not.toContainText('(standaard)');

  const section = page.locator('section[aria-labelledby="privacy-recipients"]');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({
    path: shouldUpdateScreenshots
      ? `${SCREENSHOT_DIR}recipients-privacy-tab.png`
      : test.info().outputPath('recipients.png'),
  });
});
