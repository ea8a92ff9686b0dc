import { expect } from '@playwright/test';
import { APP_URL, createClient, createVault, PASSPHRASE, recordConsent, test, unlock } from './app';

test('the compartment dialog shares the lock screen back-off, and every failure is audited', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.clock.install();
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Mila', achternaam: 'De Graaf' });
  await recordConsent(page);

  // Two wrong passphrases on the lock screen, written to the audit log at the next unlock.
  await page.keyboard.press('Control+L');
  await unlock(page, 'fout een');
  await expect(page.getByRole('alert')).toContainText('Onjuiste wachtwoordzin');
  await unlock(page, 'fout twee');
  await expect(page.getByRole('alert')).toContainText('Onjuiste wachtwoordzin');
  await unlock(page);
  await page.getByText('Mila De Graaf').first().click();

  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  const open = dialog.getByRole('button', { name: 'Openen', exact: true });
  for (let i = 0; i < 5; i++) {
    await dialog.getByLabel('Wachtwoordzin').fill(`verkeerde zin ${i}`);
    await open.click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expect(dialog.getByLabel('Wachtwoordzin')).toBeEnabled({ timeout: 20_000 });
  }
  // The same waiting message as the lock screen, and no try until it has run out.
  await expect(dialog.getByRole('alert')).toContainText(
    'Te veel onjuiste pogingen. Probeer het opnieuw over',
  );
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await expect(open).toBeDisabled();
  // Closing and reopening the dialog does not reset it.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Openen…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Te veel onjuiste pogingen');

  await page.clock.fastForward('00:03');
  await expect(dialog.getByText('Te veel onjuiste pogingen')).toBeHidden();
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await open.click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const audit = page.getByRole('dialog', { name: 'Auditlogboek' });
  await expect(
    audit.locator('tbody tr').filter({ hasText: '2 mislukte pogingen sinds' }),
  ).toHaveCount(1);
  await expect(
    audit.locator('tbody tr').filter({ hasText: 'Afgeschermd deel: onjuiste wachtwoordzin' }),
  ).toHaveCount(5);
  await expect(audit.getByRole('status').first()).toContainText('Keten intact');
});
