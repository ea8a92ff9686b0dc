import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { toHex, utf8 } from '../../shared/crypto/bytes';
import { open, seal } from '../../shared/crypto/envelope';
import { deriveKey } from '../../shared/crypto/kdf';
import { decodeKeyChain } from '../../shared/crypto/key-chain';
import { macFields } from '../../shared/crypto/mac';
import { openSealed, sealTo } from '../../shared/crypto/sealed-box';
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
import { bytes, kdfOf, openBody, readStore } from './vault-keys';

const SEALED_TEXT = 'Ze vertelde over haar depressie en de medicatie die ze slikt';

/**
 * Issue 9, item 1: whoever holds only the vault key (a memory dump, a stolen quick-unlock
 * key) can write whatever the vault key seals. Here the attacker takes the vault key,
 * plants a compartment key pair whose secret he knows for the client, and waits for the
 * coach to seal something. Koers must refuse to seal to that key, say so in Dutch, log it,
 * and the attacker's secret must open nothing.
 */
async function vaultKeyOf(page: Page) {
  // The test derives the vault key from the passphrase; the attacker would have it from memory.
  const { meta, clientKeys } = await readStore(page);
  const vaultMeta = meta.find((m) => m.key === 'vault');
  if (!vaultMeta) throw new Error('no vault');
  const kek = await deriveKey(PASSPHRASE, kdfOf(vaultMeta));
  const vaultKey = openBody(
    kek,
    { id: 'vault-key', clientId: '-', kind: 'vault-key' },
    vaultMeta.wrappedVaultKey,
  );
  const indexKey = openBody(
    vaultKey,
    { id: 'index-key', clientId: '-', kind: 'index-key' },
    vaultMeta.indexKey,
  );
  const row = clientKeys[0];
  const clientId = String(row?.clientId);
  const chain = decodeKeyChain(
    openBody(vaultKey, { id: `key:${clientId}`, clientId, kind: 'client-key' }, row?.sealed),
  );
  return { vaultKey, indexKey, clientId, clientKey: chain.get(0) as Uint8Array };
}

test('a compartment key planted with the vault key alone is refused; the attacker reads nothing', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fenna', achternaam: 'Kuipers' });
  await recordConsent(page);
  await page.keyboard.press('Control+L');
  await expect(page.getByLabel('Wachtwoordzin')).toBeVisible();

  // The attacker, with the vault key only: open the master public key and plant a pair.
  const { vaultKey, indexKey, clientId, clientKey } = await vaultKeyOf(page);
  const { meta } = await readStore(page);
  const compartmentMeta = meta.find((m) => m.key === 'compartment');
  const masterPublic = open(
    vaultKey,
    { id: 'compartment-public-key', clientId: '-', kind: 'compartment-public-key' },
    bytes(compartmentMeta?.publicKey),
  ).body.slice();
  const attacker = nacl.box.keyPair();
  const tag = (label: string, ...fields: string[]) =>
    toHex(macFields(indexKey, label, ...fields).slice(0, 16));
  const id = tag('koers/singleton/v1', clientId, 'compartment-key');
  const data = {
    publicKey: toHex(attacker.publicKey),
    wrappedSecret: toHex(sealTo(masterPublic, attacker.secretKey)),
  };
  const planted = {
    id,
    clientId,
    kind: tag('koers/kind/v1', 'compartment-client-key'),
    e: 0,
    sealed: Array.from(
      seal(
        clientKey,
        { id, clientId, kind: 'compartment-client-key', v: 1 },
        utf8(JSON.stringify({ data, clock: {} })),
      ),
    ),
  };
  await page.evaluate(async (row) => {
    // The vault lives in the storage bucket named in localStorage (renderer/vault/vault-store.ts).
    const buckets = (
      navigator as unknown as {
        storageBuckets?: { open(n: string): Promise<{ indexedDB: IDBFactory }> };
      }
    ).storageBuckets;
    const bucket = localStorage.getItem('koers.vault-store');
    const factory = buckets && bucket ? (await buckets.open(bucket)).indexedDB : indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('koers');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').put({ ...row, sealed: new Uint8Array(row.sealed) });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, planted);

  // The coach unlocks and writes a sealed entry through the UI.
  await unlock(page);
  await caseloadRows(page).getByText('Fenna Kuipers').click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill(SEALED_TEXT);
  const refusal = page.getByText(/vertrouwt de sleutel van het afgeschermde deel/);
  await expect(refusal.first()).toBeVisible();
  await page
    .locator('.special-findings')
    .getByRole('button', { name: /Verzegeld opslaan/ })
    .click();
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(refusal.first()).toBeVisible();
  if (shouldUpdateScreenshots)
    await page.screenshot({
      path: join(SCREENSHOT_DIR, 'compartment-key-refused.png'),
      fullPage: true,
    });
  // Not saved, neither sealed nor in the clear.
  await expect(page.getByRole('list', { name: 'Logboek' }).getByRole('listitem')).toHaveCount(0);
  // Nothing typed is lost: the text is still in the composer.
  await expect(page.getByLabel('Verslag van het gesprek')).toHaveValue(SEALED_TEXT);

  // The attacker's secret opens nothing that was stored.
  const { records } = await readStore(page);
  let opened = 0;
  for (const r of records) {
    let inner: Uint8Array;
    try {
      inner = open(
        clientKey,
        { id: String(r.id), clientId, kind: 'logbook-sealed' },
        bytes(r.sealed),
      ).body;
    } catch {
      try {
        inner = open(
          clientKey,
          { id: String(r.id), clientId, kind: 'logbook-sealed-draft' },
          bytes(r.sealed),
        ).body;
      } catch {
        continue;
      }
    }
    try {
      openSealed(attacker.secretKey, inner);
      opened++;
    } catch {
      // as it should be
    }
  }
  expect(opened).toBe(0);

  // And the refusal is in the audit log.
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  await expect(
    page.getByRole('dialog').getByText('Sleutel van afgeschermd deel geweigerd').first(),
  ).toBeVisible();
});
