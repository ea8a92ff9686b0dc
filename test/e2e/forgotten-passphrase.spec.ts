import { expect } from '@playwright/test';
import { APP_URL, createVault, SCREENSHOT_DIR, shouldUpdateScreenshots, test } from './app';

test('the web build explains a forgotten passphrase on the lock screen, in Dutch and English', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();

  // Closed at first, reachable by keyboard: Tab from the passphrase field lands on it
  // (the unlock button is disabled while the field is empty), Enter opens it.
  const disclosure = page.locator('details.forgotten-passphrase');
  const summary = disclosure.locator('summary');
  await expect(summary).toHaveText('Wachtwoordzin vergeten?');
  await expect(
    disclosure.getByText('Niemand kan een vergeten wachtwoordzin herstellen'),
  ).toBeHidden();
  await expect(page.getByLabel('Wachtwoordzin')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(disclosure).toHaveJSProperty('open', true);
  await expect(disclosure).toContainText('Niemand kan een vergeten wachtwoordzin herstellen');
  const origin = new URL(APP_URL).origin;
  await expect(disclosure).toContainText(
    `IndexedDB van dit browserprofiel, alleen voor dit adres (${origin})`,
  );
  await expect(disclosure).toContainText('wis de sitegegevens voor dit adres');
  await expect(disclosure).toContainText('npm run web -- --port 5000');
  await expect(disclosure).toContainText('verwijdert de versleutelde kluis voorgoed');
  await page.screenshot({ path: '/tmp/koers-forgotten-passphrase.png' });
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}02-lock-forgotten-passphrase.png` });

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(summary).toHaveText('Forgot your passphrase?');
  await expect(disclosure).toContainText('Nobody can recover a forgotten passphrase');
  await expect(disclosure).toContainText('deletes the encrypted vault for good');
});

test('the desktop app (Electron bridge) has no site data to clear, so no such explanation', async ({
  app,
}) => {
  const { page } = app;
  // The smallest stand-in for the preload bridge that makes the renderer pick Electron.
  await page.addInitScript(() => {
    const status = { available: false, enrolled: false, reason: 'test' };
    Object.assign(window, {
      koers: Object.freeze({
        platform: 'electron',
        onLockRequest: () => () => undefined,
        setContentProtection: async () => undefined,
        getAppInfo: async () => ({ version: 'test', platform: 'linux' }),
        saveFile: async () => ({ saved: false }),
        openFile: async () => null,
        quickUnlock: {
          status: async () => status,
          enable: async () => status,
          unlock: async () => null,
          disable: async () => status,
          lockScreen: async () => undefined,
        },
      }),
    });
  });
  await page.goto(APP_URL);
  await createVault(page);
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await expect(page.getByText('Wachtwoordzin vergeten?')).toHaveCount(0);
});
