import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
} from './app';

/**
 * The request register (issue 12 item 1): an access request registered in the dossier shows
 * its deadline there and on the dashboard. Screenshots at 1366×768.
 */

/** The browser's local date `days` ago as dd-mm-jjjj: the app judges against the same day. */
const daysAgoDutch = (page: Page, days: number): Promise<string> =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    const p = (x: number) => String(x).padStart(2, '0');
    return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
  }, days);

async function registerRequest(
  page: Page,
  r: { type: string; receivedDaysAgo: number; description: string },
): Promise<void> {
  await page.getByRole('tab', { name: 'Verzoeken' }).click();
  await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verzoek vastleggen' });
  // An ID copy is never asked for; the dialog says so.
  await expect(dialog.getByTestId('no-id-copy')).toContainText('nooit nodig');
  await dialog.getByLabel('Soort verzoek').selectOption({ label: r.type });
  const received = await daysAgoDutch(page, r.receivedDaysAgo);
  await dialog.getByLabel('Ontvangen op').fill(received);
  await dialog.getByLabel('Ontvangen via').selectOption({ label: 'e-mail' });
  await dialog.getByLabel('Wat vraagt de cliënt?').fill(r.description);
  await dialog.getByLabel('Getoond document').selectOption({ label: 'Identiteitskaart' });
  await dialog.getByLabel('Gecontroleerd op').fill(received);
  await dialog.getByLabel('Gecontroleerd door').fill('Coach Jansen');
  await expect(dialog.getByTestId('request-due')).toContainText('Uiterlijk');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

test('an access request is registered in the dossier and shows on the dashboard as due', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);

  // One client whose request ran out (received 40 days ago), one due within days.
  await createClient(page, { voornaam: 'Mila', achternaam: 'Bos', woonplaats: 'Deventer' });
  await registerRequest(page, {
    type: 'Correctie of aanvulling',
    receivedDaysAgo: 40,
    description: 'Adres in het rapport klopt niet.',
  });
  await createClient(page, { voornaam: 'Sanne', achternaam: 'de Vries', woonplaats: 'Zwolle' });
  await registerRequest(page, {
    type: 'Inzage',
    receivedDaysAgo: 26,
    description: 'Wil een kopie van het volledige dossier.',
  });

  const list = page.getByRole('list', { name: 'Verzoeken' });
  const access = list.getByRole('listitem').filter({ hasText: 'Inzage' });
  await expect(access).toContainText('Open');
  await expect(access).toContainText('Ontvangen');
  await expect(access.locator('.deadline-badge.due-soon')).toContainText(/over \d+ dag|vandaag/);
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}requests-register.png` });

  // A second access request within 6 months is flagged.
  await registerRequest(page, {
    type: 'Inzage',
    receivedDaysAgo: 2,
    description: 'Nogmaals inzage gevraagd.',
  });
  await expect(list.getByText(/Herhaald verzoek/)).toHaveCount(1);

  // The dashboard lists both open requests: the overdue one first, flagged.
  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Verzoeken van cliënten' });
  const rows = panel.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Bos');
  await expect(rows.nth(0).locator('.deadline-badge.overdue')).toContainText('te laat');
  await expect(rows.nth(1)).toContainText('de Vries');
  await expect(rows.nth(1)).toContainText('Inzage');
  await expect(rows.nth(1).locator('.deadline-badge.due-soon')).toBeVisible();
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}requests-dashboard.png` });

  // A row opens the client's register.
  await rows.nth(1).getByRole('button').click();
  await expect(page.getByRole('tab', { name: 'Verzoeken', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('de Vries');

  // In English too.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Requests' })).toContainText('Access');
});
