import { expect, type Page } from '@playwright/test';
import { APP_URL, createClient, createVault, recordConsent, unlock, test } from './app';

/**
 * A coach's working day without friction (issue 11): the blockers, nothing typed lost, and
 * the keyboard path. Screenshots at 1366×768 go to /tmp/coach-day-*.png.
 */
const composer = (page: Page) => page.getByRole('form', { name: /Nieuw contact|Contact bewerken/ });
const summary = (page: Page) => composer(page).getByLabel('Verslag van het gesprek');
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/coach-day-${name}.png` });

test.use({ viewport: { width: 1366, height: 768 } });

test('a sealed draft never blocks the logbook: said why, a new entry still starts, discard is audited', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Emre', achternaam: 'Çelik', woonplaats: 'Zwolle' });

  // A health remark before any consent is recorded: the draft is sealed by itself.
  await page.keyboard.press('Control+N');
  await summary(page).fill('Ze vertelde over haar depressie en slaapt slecht.');
  await expect(page.getByText('Concept bewaard (versleuteld)')).toBeVisible();
  await page.keyboard.press('Control+L');
  await unlock(page);
  await page.getByRole('option', { name: /Çelik/ }).click();
  await page.getByRole('tab', { name: 'Logboek' }).click();

  // The draft is said to exist, with why it cannot be opened yet.
  const waiting = page.getByRole('region', { name: 'Verzegelde concepten' });
  await expect(waiting).toContainText('Verzegeld concept');
  await expect(waiting).toContainText('nog geen grondslag voor bijzondere persoonsgegevens');
  await expect(waiting.getByRole('button', { name: 'Verder schrijven' })).toBeDisabled();

  // New work is never blocked: the button and the shortcut both open a fresh composer.
  await page.getByRole('button', { name: /Nieuw contact/ }).click();
  await expect(composer(page)).toBeVisible();
  await expect(summary(page)).toHaveValue('');
  await summary(page).fill('Telefonisch: sollicitatie bij de bakker besproken.');
  await summary(page).press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'bakker' })).toBeVisible();
  // The sealed draft is still there, untouched by the new entry.
  await expect(waiting).toContainText('Verzegeld concept');
  await shot(page, 'sealed-draft-waiting');

  // Once a legal ground exists and the compartment opens, it can be continued.
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(waiting).toContainText('Open het afgeschermde deel');

  // Or thrown away unread, which the audit log records.
  await waiting.getByRole('button', { name: 'Weggooien…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Verzegeld concept weggooien?' });
  await confirm.getByRole('button', { name: 'Weggooien', exact: true }).click();
  await expect(waiting).toBeHidden();
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Auditlogboek' })
      .getByRole('cell', { name: 'Verzegeld concept weggegooid' }),
  ).toBeVisible();
});

test('every new-client form starts clean, and a failed save keeps only what was typed', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Hanneke', achternaam: 'van der Berg' });
  const form = page.locator('form.client-form');
  await form.getByLabel('Toevoeging').fill('bis');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');

  // A new person; the save fails on a bad phone number.
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  await expect(form.getByLabel('Toevoeging')).toHaveValue('');
  await form.getByLabel('Voornaam').fill('Yusuf');
  await form.getByLabel('Achternaam').fill('Özdemir');
  await form.getByLabel('Toevoeging').fill('A');
  await form.getByLabel('Telefoon').fill('12');
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Controleer');
  // The failed save keeps the coach's own input.
  await expect(form.getByLabel('Achternaam')).toHaveValue('Özdemir');
  await expect(form.getByLabel('Toevoeging')).toHaveValue('A');

  // "+ Nieuwe cliënt" again: a clean form, nothing of either person.
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  for (const label of ['Voornaam', 'Achternaam', 'Toevoeging', 'Telefoon'])
    await expect(form.getByLabel(label)).toHaveValue('');
});
