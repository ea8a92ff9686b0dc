import { expect } from '@playwright/test';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PASSPHRASE,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
} from './app';

const BSN = '111222333';

test('Session mode hides the other clients.', async ({ app: { page } }) => {
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, {
    voornaam: 'Sanne',
    achternaam: 'Bakker',
    woonplaats: 'Gouda',
    clientnummer: 'K-2001',
    bsn: BSN,
  });
  await createClient(page, {
    voornaam: 'Jan',
    tussenvoegsel: 'de',
    achternaam: 'Vries',
    woonplaats: 'Utrecht',
    clientnummer: 'K-2002',
  });
  await caseloadRows(page).filter({ hasText: 'Bakker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanne Bakker');

  // The choice is made beforehand and remembered; health and privacy are not offered.
  await page.getByRole('button', { name: 'Wat deel ik?' }).click();
  const choice = page.getByRole('dialog', { name: 'Wat laat ik zien als de cliënt meekijkt?' });
  await expect(choice.getByLabel('Gezondheid')).toHaveCount(0);
  await expect(choice.getByLabel('Privacy')).toHaveCount(0);
  await expect(choice.getByLabel('Logboek')).not.toBeChecked();
  await choice.getByLabel('Poortwachter').check();
  await page.screenshot({ path: '/tmp/session-choice.png' });
  await choice.getByRole('button', { name: 'Klaar' }).click();

  await page.screenshot({ path: '/tmp/session-entry.png' });
  // One click.
  await page.getByRole('button', { name: 'Cliënt kijkt mee' }).click();
  await expect(page.getByText('Cliënt kijkt mee — alleen Sanne Bakker')).toBeVisible();

  // Nothing of the other client anywhere in the page, not even in attributes or hidden nodes.
  const html = await page.content();
  for (const secret of ['Vries', 'K-2002', 'Utrecht', BSN]) expect(html).not.toContain(secret);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Caseload' })).toHaveCount(0);
  for (const hidden of ['Overzicht', 'Instellingen', 'Auditlogboek', '+ Nieuwe cliënt'])
    await expect(page.getByRole('button', { name: hidden, exact: true })).toHaveCount(0);

  // Only the shared tabs.
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['Personalia', 'CV', 'Poortwachter', 'UWV-traject']);

  // The BSN is masked and cannot be revealed.
  await expect(page.getByTestId('bsn-input')).not.toHaveValue(BSN);
  await expect(page.getByTestId('bsn-input')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Tonen' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/session.png' });
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}session-mode.png` });

  // A wrong passphrase changes nothing.
  await page.getByRole('button', { name: 'Sessie beëindigen' }).click();
  const leave = page.getByRole('dialog', { name: 'Sessie beëindigen' });
  await leave.getByLabel('Wachtwoordzin').fill('niet de goede wachtwoordzin');
  await leave.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(leave.getByRole('alert')).toHaveText(
    'Onjuiste wachtwoordzin. Er is niets gewijzigd.',
  );
  await page.screenshot({ path: '/tmp/session-wrong.png' });
  await leave.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Cliënt kijkt mee — alleen Sanne Bakker')).toBeVisible();
  expect(await page.content()).not.toContain('Vries');
  await expect(page.getByRole('listbox', { name: 'Caseload' })).toHaveCount(0);

  // The right one brings everything back, on the same dossier.
  await page.getByRole('button', { name: 'Sessie beëindigen' }).click();
  await leave.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await leave.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(page.getByText('Cliënt kijkt mee — alleen Sanne Bakker')).toHaveCount(0);
  await expect(caseloadRows(page)).toHaveCount(2);
  await expect(caseloadRows(page).filter({ hasText: 'Jan de Vries' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanne Bakker');
  await expect(page.getByRole('tab', { name: 'Gezondheid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tonen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overzicht' })).toBeVisible();
});
