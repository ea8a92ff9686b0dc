import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PASSPHRASE,
  recordConsent,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';

const SEALED_TEXT = 'Sanne vertelde over haar depressie en de antidepressiva die ze slikt';
const PURPOSE = 'Overleg met de bedrijfsarts';

const shot = async (page: Page, name: string) => {
  if (shouldUpdateScreenshots) await page.screenshot({ path: join(SCREENSHOT_DIR, name) });
};

/** The idle lock also defaults to 5 minutes; set it longer so the clock jump tests the compartment alone. */
async function setIdleMinutes(page: Page, minutes: number) {
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const settings = page.getByRole('dialog');
  await settings.getByLabel('Automatisch vergrendelen na (minuten)').fill(String(minutes));
  await settings.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(settings.getByText('✓')).toBeVisible();
  await page.keyboard.press('Escape');
}

test('a sealed logbook entry stays unreadable until the compartment is opened with passphrase and purpose, is audited, and seals again after 5 minutes', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  // Fake timers from the start; time still flows until the test jumps it forward.
  await page.clock.install();
  await page.goto(APP_URL);
  await createVault(page);
  await setIdleMinutes(page, 30);
  await createClient(page, { voornaam: 'Joris', achternaam: 'Verbeek' });
  await createClient(page, { voornaam: 'Sanne', achternaam: 'Bakker' });
  await recordConsent(page);

  // The detector marks the words as the coach types and offers to seal.
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill(SEALED_TEXT);
  const findings = page.locator('.special-findings');
  await expect(findings.locator('mark').first()).toHaveText('depressie');
  await expect(findings).toContainText('Autoriteit Persoonsgegevens');
  await shot(page, 'special-category-detector.png');
  await findings.getByRole('button', { name: /Verzegeld opslaan/ }).click();
  await expect(findings).toContainText('wordt verzegeld opgeslagen');
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  // Written without opening the compartment, so it cannot be shown either.
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  await expect(page.getByText('depressie')).toHaveCount(0);

  await page.keyboard.press('Control+L');
  await unlock(page);
  await caseloadRows(page).getByText('Sanne Bakker').click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  // Nothing more than that: no text, no date, no row.
  expect(await page.content()).not.toContain('depressie');
  await expect(page.getByRole('listitem')).toHaveCount(0);
  await shot(page, 'special-category-sealed.png');

  // Opening asks for a purpose and the passphrase; a wrong one opens nothing.
  await page.getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await dialog.getByRole('radio', { name: PURPOSE }).check();
  await dialog.getByLabel('Wachtwoordzin').fill('verkeerde zin die niet klopt');
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Onjuiste wachtwoordzin');
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await shot(page, 'special-category-open-dialog.png');
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  const entry = page.getByRole('listitem').filter({ hasText: 'depressie' });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('Verzegeld')).toBeVisible();

  // The audit viewer shows the opening with its purpose.
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const audit = page.getByRole('dialog', { name: 'Auditlogboek' });
  const opening = audit.locator('tbody tr').filter({ hasText: 'Afgeschermd deel geopend' });
  await expect(opening).toHaveCount(1);
  await expect(opening).toContainText(PURPOSE);
  await expect(opening).toContainText('Sanne Bakker');
  await expect(audit.getByRole('status').first()).toContainText('Keten intact');
  expect(await audit.textContent()).not.toContain('depressie');
  await shot(page, 'audit-viewer.png');
  await page.keyboard.press('Escape');
  await expect(audit).toBeHidden();

  // Five minutes unused: sealed again, while the app itself stays unlocked.
  await page.clock.fastForward('04:00');
  await expect(entry).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  await expect(page.getByText('depressie')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Vergrendelen/ })).toBeVisible();
  // And reopening now needs the passphrase again.
  await page.getByRole('button', { name: 'Openen…' }).click();
  await expect(dialog.getByLabel('Wachtwoordzin')).toBeVisible();
  await page.keyboard.press('Escape');

  // Session mode hides the other client (and the sealed content cannot be opened).
  await page.getByRole('button', { name: 'Cliënt kijkt mee' }).click();
  await expect(page.getByText('Cliënt kijkt mee — alleen Sanne Bakker')).toBeVisible();
  expect(await page.content()).not.toContain('Verbeek');
  await expect(page.getByRole('button', { name: 'Openen…' })).toHaveCount(0);
});

test('the compartment refuses to open without a legal ground, and health fields live only inside it', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Mila', achternaam: 'De Graaf' });

  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('geen geldige toestemming');
  await page.keyboard.press('Escape');

  await recordConsent(page);
  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  // The allowed fields, and no field for a diagnosis.
  const form = page.locator('form.health-form');
  await expect(form.getByLabel(/diagnose/i)).toHaveCount(0);
  await form.getByLabel('Functionele beperkingen').fill('Kan niet lang staan; hij heeft reuma');
  await expect(form.locator('.special-findings')).toContainText('Autoriteit Persoonsgegevens');
  await form.getByLabel('Functionele beperkingen').fill('Kan niet langer dan 30 minuten staan');
  await form.getByLabel('Mogelijkheden en belastbaarheid').fill('Zittend werk, 4 uur per dag');
  await form.getByLabel('Verwachte duur').selectOption('6-12-months');
  await form.getByLabel('Naam bedrijfsarts').fill('drs. P. Haverkamp');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('status')).toContainText('Opgeslagen in het afgeschermde deel');
  await shot(page, 'health-fields.png');

  // Withdrawing consent seals it at once.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await page
    .locator('li[data-scope="special-categories"]')
    .getByRole('button', { name: 'Intrekken' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Toestemming intrekken' });
  await confirm
    .getByRole('button', { name: /Intrekken/ })
    .last()
    .click();
  await expect(confirm).toBeHidden();
  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  expect(await page.content()).not.toContain('Haverkamp');
});
