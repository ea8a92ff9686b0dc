import { expect } from '@playwright/test';
import { APP_URL, createVault, test, unlock } from './app';

/**
 * The lock screen is drawn before the vault's code has loaded or IndexedDB has answered
 * (issue 11: ready to type within 300 ms), from a hint the last boot left in localStorage.
 * The hint is only a guess: the boot still reads the vault and corrects the screen.
 */
const HINT_KEY = 'koers.boot.koers';

test('a stale hint that a vault exists is corrected: the first screen asks for a new vault', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  // As if the database had been removed but not the hint (site data half cleared).
  await page.evaluate((key) => localStorage.setItem(key, '{"idleMinutes":5}'), HINT_KEY);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), HINT_KEY)).toBeNull();
  // Nothing was made by the guess: the database is still to be created.
  await createVault(page);
});

test('with a vault, a launch shows the lock screen at once and unlocks as before', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), HINT_KEY)).toBe(
    '{"idleMinutes":5}',
  );
  await page.reload();
  const field = page.getByLabel('Wachtwoordzin');
  await expect(field).toBeFocused();
  // Typed at once, before the vault's code has necessarily arrived: nothing is lost.
  await page.keyboard.type('fout');
  await expect(field).toHaveValue('fout');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Onjuiste wachtwoordzin', { exact: false })).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
});
