import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';

const auditDialog = (page: Page) => page.getByRole('dialog', { name: 'Auditlogboek' });

async function lockAndUnlock(page: Page) {
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible({ timeout: 30_000 });
}

/** Changes one byte of a stored audit entry behind Koers's back, as an attacker with disk access could. */
async function tamperWithEntry(page: Page, seq: number) {
  await page.evaluate(async (seq) => {
    // The vault lives in the storage bucket named in localStorage (renderer/vault/vault-store.ts).
    const buckets = (
      navigator as unknown as {
        storageBuckets?: { open(n: string): Promise<{ indexedDB: IDBFactory }> };
      }
    ).storageBuckets;
    const bucket = localStorage.getItem('koers.vault-store');
    const factory = buckets && bucket ? (await buckets.open(bucket)).indexedDB : indexedDB;
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('koers');
      req.onerror = () => reject(new Error('open failed'));
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction('audit', 'readwrite');
        const store = tx.objectStore('audit');
        const get = store.get(seq);
        get.onsuccess = () => {
          const row = get.result as { seq: number; sealed: Uint8Array };
          const sealed = row.sealed.slice();
          sealed[sealed.length - 5] = (sealed[sealed.length - 5] ?? 0) ^ 1;
          store.put({ seq, sealed });
        };
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(new Error('write failed'));
      };
    });
  }, seq);
}

test('audit log: the global viewer shows unlocks on an intact chain and names a tampered link', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  // Setting up is not an unlock: lock and unlock twice to have two entries.
  await lockAndUnlock(page);
  await lockAndUnlock(page);

  await createClient(page, { voornaam: 'Fatma', achternaam: 'Yılmaz', woonplaats: 'Zwolle' });
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await expect(page.getByText('Nog niets vastgelegd over deze cliënt.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Keten intact' })).toContainText(
    '2 regels in het hele logboek',
  );
  await page.screenshot({ path: '/tmp/audit-client.png' });

  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const dialog = auditDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    /^Keten intact: 2 regels, laatste schakel [0-9a-f]{8}…$/,
  );
  const rows = dialog.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(rows.first().locator('td').first()).toHaveText('2');
  await expect(rows.first()).toContainText('Ontgrendeld');
  await expect(rows.first()).toContainText('met wachtwoordzin');
  await expect(rows.first()).toContainText(/\d\d-\d\d-\d{4} \d\d:\d\d:\d\d/);

  await dialog.getByRole('combobox', { name: 'Actie' }).selectOption({ label: 'Export' });
  await expect(dialog.getByText('Geen regels gevonden.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Actie' }).selectOption({ label: 'Alle acties' });
  await dialog.getByRole('searchbox', { name: 'Zoek in doel en toelichting' }).fill('WACHTWOORD');
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: '/tmp/audit.png' });
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}audit-log.png` });

  await tamperWithEntry(page, 1);
  await dialog.getByRole('button', { name: 'Controleer opnieuw' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('De keten is verbroken bij regel 1 (gewijzigd)');
  await expect(alert).toContainText('Meld dit bij je privacy officer.');
  await expect(dialog.getByRole('table')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/audit-broken.png' });
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}audit-log-broken.png` });

  // Reopening reads afresh and still refuses to show the log.
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  await expect(auditDialog(page).getByRole('alert')).toContainText('bij regel 1');
  await expect(auditDialog(page).getByRole('table')).toHaveCount(0);
});
