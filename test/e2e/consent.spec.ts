import { expect, type Page } from '@playwright/test';
import { APP_URL, createVault, SCREENSHOT_DIR, shouldUpdateScreenshots, test } from './app';

/** The browser's own local date: the app judges consent against the same day. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
/** Ten years before a date; 29 February becomes 1 March in a common year. */
const tenYearsBefore = (iso: string) => {
  const year = Number(iso.slice(0, 4)) - 10;
  const d = new Date(Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
  return d.toISOString().slice(0, 10);
};

test('a child’s consent needs a representative, and withdrawing it leaves no legal ground', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(APP_URL);
  await createVault(page);
  const today = await browserToday(page);
  const born = tenYearsBefore(today);

  // createClient has no date of birth: fill it in before saving, with the same steps.
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Voornaam').fill('Lotte');
  await form.getByLabel('Achternaam').fill('Meijer');
  await form.getByLabel('Geboortedatum').fill(dutch(born));
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');

  await page.getByRole('tab', { name: 'Privacy' }).click();
  const consent = page.locator('.consent');
  await expect(
    consent.getByText('Geen geldige grondslag voor bijzondere persoonsgegevens'),
  ).toBeVisible();
  await expect(page.getByTestId('representative-requirement')).toContainText(
    `jonger dan 16 (geboren ${dutch(born)})`,
  );

  // Consent given by the child itself: refused, with the reason in Dutch; nothing stored.
  await consent.getByRole('button', { name: '+ Grondslag vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Grondslag vastleggen' });
  await expect(dialog.getByLabel('Grondslag')).toHaveValue('consent');
  await expect(dialog.getByLabel('Waarvoor')).toHaveValue('special-categories');
  await dialog.getByLabel('Gegeven op').fill(dutch(today));
  await dialog.getByRole('radio', { name: 'Cliënt' }).check();
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'De cliënt was jonger dan 16 op die datum: toestemming moet komen van een wettelijk vertegenwoordiger',
  );
  await expect(dialog.getByRole('status')).toContainText('Er is niets opgeslagen');

  // Given by a parent: stored and valid.
  await dialog.getByRole('radio', { name: 'Wettelijk vertegenwoordiger' }).check();
  await dialog.getByLabel('Naam vertegenwoordiger').fill('Karin Meijer');
  await dialog.getByLabel('Rol').selectOption('parent-guardian');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();
  const ground = consent.locator('li[data-scope="special-categories"]');
  await expect(ground.locator('.consent-status')).toHaveText('Geldig');
  await expect(ground).toContainText('door Karin Meijer (Ouder of voogd)');
  await expect(
    consent.getByText('Geldige grondslag voor bijzondere persoonsgegevens vastgelegd'),
  ).toBeVisible();

  // Withdraw: the confirm says the data is sealed at once.
  await ground.getByRole('button', { name: 'Intrekken' }).click();
  const confirm = page.getByRole('dialog', { name: 'Toestemming intrekken' });
  await expect(confirm).toContainText(
    'Bijzondere gegevens worden direct afgeschermd en kunnen niet meer worden geopend of toegevoegd',
  );
  await expect(confirm.getByLabel('Ingetrokken op')).toHaveValue(dutch(today));
  await confirm.getByRole('button', { name: 'Intrekken' }).click();
  await expect(confirm).toBeHidden();
  await expect(ground.locator('.consent-status')).toHaveText(`Ingetrokken op ${dutch(today)}`);
  await expect(
    consent.getByText('Geen geldige grondslag voor bijzondere persoonsgegevens'),
  ).toBeVisible();
  await expect(ground.getByRole('button', { name: 'Intrekken' })).toHaveCount(0);

  // Both changes are in the audit log (stored as codes), without the representative's name.
  const log = page.locator('section[aria-labelledby="privacy-audit"]');
  await log.getByRole('button', { name: 'Controleer opnieuw' }).click();
  // In the UI language, never the English codes the log once stored.
  await expect(log).toContainText(
    'Vastgelegd: Verwerken van bijzondere persoonsgegevens (Toestemming, gegeven door de wettelijk vertegenwoordiger)',
  );
  await expect(log).toContainText(
    'Ingetrokken of beëindigd: Verwerken van bijzondere persoonsgegevens (Toestemming). Geen grondslag meer: afgeschermd deel gesloten',
  );
  await expect(log).not.toContainText(/granted|withdrawn|special-categories/);
  await expect(log).not.toContainText('Karin');

  await page.screenshot({ path: '/tmp/consent.png', fullPage: true });
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}consent-register.png`, fullPage: true });
  expect(violations).toEqual([]);
});
