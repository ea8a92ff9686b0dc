import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  createClient,
  createVault,
  openSickDates,
  recordConsent,
  test,
  unlock,
} from './app';

/**
 * The small date forms keep their input too (issue 11, "nothing typed is lost"): the
 * recovery date of a sick spell, a step's done date and the date of a consent withdrawal
 * come back after the idle lock, with the notice to keep, save or discard them, as every
 * other form's (form-drafts.spec.ts).
 */
const restored = (page: Page) => page.getByText(/Niet-opgeslagen wijzigingen hersteld/);

async function lockAndUnlock(page: Page) {
  // Locked at once, before any pause in typing: the lock itself seals the input.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
}

/** dd-mm-jjjj, `days` from the browser's today (the app judges dates against that day). */
const dutchDaysFromToday = (page: Page, days: number) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
  }, days);

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

test('a sick spell’s last day and a step’s done date survive the lock, sealed in the compartment', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Noor', achternaam: 'Bakker' });
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Poortwachter' }).click();
  await openSickDates(page);
  // Sick since 45 days ago and still sick: the spell can be closed, the first steps are due.
  await page.getByLabel('Eerste ziektedag').fill(await dutchDaysFromToday(page, -45));
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();
  const lastDay = page.getByLabel('Hersteld? Laatste ziektedag');
  const sickReport = page.locator('li[data-step="ziekmelding-arbodienst"]');
  const recovered = await dutchDaysFromToday(page, -3);
  const reported = await dutchDaysFromToday(page, -43);
  await lastDay.fill(recovered);
  await sickReport.getByLabel(/gedaan op/i).fill(reported);

  await lockAndUnlock(page);
  await expect(page.getByRole('tab', { name: 'Poortwachter' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Sick dates are health data: nothing of them shows until the compartment is open.
  expect(await page.content()).not.toContain(recovered);
  await openSickDates(page);
  await expect(lastDay).toHaveValue(recovered);
  await expect(sickReport.getByLabel(/gedaan op/i)).toHaveValue(reported);
  await expect(restored(page)).toHaveCount(2);

  // The done date recorded: its draft goes with it. The last day thrown away: back to empty.
  await sickReport.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(sickReport).toContainText(`Gedaan op ${reported}`);
  await expect(restored(page)).toHaveCount(1);
  await page
    .locator('form.done-form')
    .filter({ has: lastDay })
    .getByRole('button', {
      name: 'Weggooien',
    })
    .click();
  await expect(lastDay).toHaveValue('');
  await expect(restored(page)).toHaveCount(0);

  await lockAndUnlock(page);
  await openSickDates(page);
  await expect(sickReport).toContainText(`Gedaan op ${reported}`);
  await expect(lastDay).toHaveValue('');
  await expect(restored(page)).toHaveCount(0);
});

test('the date of a consent withdrawal survives the lock; "Annuleren" throws it away', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Hanneke', achternaam: 'van der Berg' });
  await recordConsent(page);

  const withdraw = page.getByRole('button', { name: 'Intrekken' });
  const dialog = page.getByRole('dialog', { name: 'Toestemming intrekken' });
  const date = dialog.getByLabel('Ingetrokken op');
  const today = await dutchDaysFromToday(page, 0);
  const typed = await dutchDaysFromToday(page, -1);
  await withdraw.click();
  await expect(date).toHaveValue(today);
  await date.fill(typed);
  await lockAndUnlock(page);

  // Back on the Privacy tab; the dialog for the same consent opens with the kept date.
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await withdraw.click();
  await expect(dialog.getByText(/Niet-opgeslagen wijzigingen hersteld/)).toBeVisible();
  await expect(date).toHaveValue(typed);

  // Cancelled: nothing was withdrawn, and the next dialog starts from today again.
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(withdraw).toBeVisible();
  await lockAndUnlock(page);
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await withdraw.click();
  await expect(dialog.getByText(/Niet-opgeslagen wijzigingen hersteld/)).toBeHidden();
  await expect(date).toHaveValue(today);
});
