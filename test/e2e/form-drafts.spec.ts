import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  PASSPHRASE,
  createClient,
  createVault,
  recordConsent,
  test,
  unlock,
  openSickDates,
} from './app';
import { hasIndexedDb, scanProfile } from './profile-scan';

/**
 * Nothing typed is lost (issue 11, item 2): every editor keeps its unsaved input as a sealed
 * draft across the lock, and shows it again with a notice to keep, save or discard it.
 */
const restored = (page: Page) => page.getByText(/Niet-opgeslagen wijzigingen hersteld/);

async function lockAndUnlock(page: Page) {
  // Locked at once, before any pause in typing: the lock itself seals the input.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
}

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

test('personalia, trajectory and Poortwachter input survive the lock and come back with a notice', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Jan', achternaam: 'de Vries' });

  // Personalia, left for another tab without saving.
  const personalia = page.locator('form.client-form');
  await personalia.getByLabel('Woonplaats').fill('Zwolle');
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  // Trajectory, left for the Poortwachter tab without saving.
  const trajectory = page.locator('form.uwv-form');
  await trajectory.getByLabel('Ordernummer of trajectnummer UWV').fill('UWV-7781-204');
  // Sick dates are health data: a legal ground, then the compartment open on the tab.
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Poortwachter' }).click();
  await openSickDates(page);
  // Poortwachter: a sick report and an extension typed, not added.
  await page.getByLabel('Eerste ziektedag').fill('03-02-2026');
  await page.getByLabel('Toelichting').fill('Afspraak met werkgever volgt');

  await lockAndUnlock(page);
  // Back on the client and tab, the input as it was, and said so.
  await expect(page.getByRole('tab', { name: 'Poortwachter' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Its draft is sealed in the compartment: it comes back once that is open again.
  await openSickDates(page);
  await expect(page.getByLabel('Eerste ziektedag')).toHaveValue('03-02-2026');
  await expect(page.getByLabel('Toelichting')).toHaveValue('Afspraak met werkgever volgt');
  await expect(restored(page)).toHaveCount(2);

  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await expect(trajectory.getByLabel('Ordernummer of trajectnummer UWV')).toHaveValue(
    'UWV-7781-204',
  );
  await expect(restored(page)).toBeVisible();
  // Saved: the draft goes with it; the next unlock shows the saved value and no notice.
  await trajectory.getByRole('button', { name: 'Opslaan', exact: true }).last().click();
  await expect(trajectory.locator('.form-actions [role=status]')).toContainText('Opgeslagen');
  await expect(restored(page)).toBeHidden();

  await page.getByRole('tab', { name: 'Personalia' }).click();
  await expect(personalia.getByLabel('Woonplaats')).toHaveValue('Zwolle');
  await expect(restored(page)).toBeVisible();
  // Discarded: back to what was saved, and the audit log says so (never what was typed).
  await personalia.getByRole('button', { name: 'Weggooien' }).click();
  await expect(personalia.getByLabel('Woonplaats')).toHaveValue('');
  await expect(restored(page)).toBeHidden();

  await lockAndUnlock(page);
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await expect(trajectory.getByLabel('Ordernummer of trajectnummer UWV')).toHaveValue(
    'UWV-7781-204',
  );
  await expect(restored(page)).toBeHidden();
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await expect(personalia.getByLabel('Woonplaats')).toHaveValue('');
  await expect(restored(page)).toBeHidden();

  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const log = page.getByRole('dialog', { name: 'Auditlogboek' });
  await expect(log).toContainText('Niet-opgeslagen wijzigingen weggegooid');
  await expect(log).toContainText('personalia');
  await expect(log).not.toContainText('Zwolle');
});

test('the new-client form keeps its input across the lock; "+ Nieuwe cliënt" still starts clean', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Voornaam').fill('Fatma');
  await form.getByLabel('Achternaam').fill('Çelik');

  await lockAndUnlock(page);
  await expect(form.getByLabel('Achternaam')).toHaveValue('Çelik');
  await expect(restored(page)).toBeVisible();
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Çelik');

  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  await expect(form.getByLabel('Achternaam')).toHaveValue('');
  await expect(restored(page)).toBeHidden();
});

test('a health draft is sealed in the compartment: restored once it is opened, never in the stored bytes', async ({
  app,
}) => {
  const { page, context, profile } = app;
  const secret = 'Tilgewicht maximaal 7 kilo Vrieslandkade';
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Mila', achternaam: 'in t Veld' });
  await recordConsent(page);

  const openCompartment = async () => {
    await page.getByRole('tab', { name: 'Gezondheid' }).click();
    await page.getByRole('button', { name: 'Openen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
    await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
  };
  await openCompartment();
  const form = page.locator('form.health-form');
  await form.getByLabel('Mogelijkheden en belastbaarheid').fill(secret);

  await lockAndUnlock(page);
  await expect(page.getByRole('tab', { name: 'Gezondheid' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Closed after the lock: nothing of the draft shows until the compartment is opened.
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  expect(await page.content()).not.toContain('Vrieslandkade');
  await openCompartment();
  await expect(form.getByLabel('Mogelijkheden en belastbaarheid')).toHaveValue(secret);
  await expect(restored(page)).toBeVisible();

  // Locked again with the draft unsaved, the browser closed: every byte of the profile.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await context.close();
  expect(hasIndexedDb(profile)).toBe(true);
  const { findings } = scanProfile(profile, ['Vrieslandkade', 'Tilgewicht']);
  expect(findings).toEqual([]);
});

test('the legal-ground dialog keeps its input across the lock; "Annuleren" throws it away', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Hanneke', achternaam: 'van der Berg' });

  await page.getByRole('tab', { name: 'Privacy' }).click();
  const open = page.getByRole('button', { name: '+ Grondslag vastleggen' });
  const dialog = page.getByRole('dialog', { name: 'Grondslag vastleggen' });
  await open.click();
  await dialog.locator('select[name=basis]').selectOption('legal-obligation');
  await dialog
    .locator('textarea[name=description]')
    .fill('Wet verbetering Poortwachter, art. 7:658a BW');
  await lockAndUnlock(page);

  // Back on the Privacy tab (unlock returns there); the dialog opens with the kept input.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await open.click();
  await expect(dialog.getByText(/Niet-opgeslagen wijzigingen hersteld/)).toBeVisible();
  await expect(dialog.locator('select[name=basis]')).toHaveValue('legal-obligation');
  await expect(dialog.locator('textarea[name=description]')).toHaveValue(
    'Wet verbetering Poortwachter, art. 7:658a BW',
  );

  // Cancelled: the next dialog starts clean, also after another lock.
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await lockAndUnlock(page);
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await open.click();
  await expect(dialog.getByText(/Niet-opgeslagen wijzigingen hersteld/)).toBeHidden();
  await expect(dialog.locator('select[name=basis]')).toHaveValue('consent');
  await expect(dialog.locator('textarea[name=description]')).toHaveValue('');
});
