import { expect, type Page } from '@playwright/test';
import { fromHex, fromUtf8 } from '../../shared/crypto/bytes';
import { deriveKey } from '../../shared/crypto/kdf';
import { decodeKeyChain } from '../../shared/crypto/key-chain';
import { openSealed } from '../../shared/crypto/sealed-box';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PASSPHRASE,
  recordConsent,
  test,
  unlock,
} from './app';
import { chromiumProcesses, countIn, type ChromiumProcess } from './memory-scan';
import { kdfOf, openBody, readStore } from './vault-keys';

/**
 * Issue 9: after lock, no key and no decrypted text may be left in the page's process. The
 * test computes every key itself from the passphrase and the stored metadata, then reads
 * Chromium's memory through /proc and counts them. Negative control in the same run: while
 * unlocked, the same search must find the vault key, the compartment master secret, the
 * client's name and the sealed text, or a search that finds nothing would prove nothing.
 */

const NAME = 'Quirijn Zwanenburgh';
const SEALED_TEXT =
  'Quirijn vertelde over zijn depressie en de antidepressiva, dossiercode XQ-5521-ZETA';
const TOKEN = 'XQ-5521-ZETA';
const PURPOSE = 'Overleg met de bedrijfsarts';

/** Every key of this vault, computed here in Node from the passphrase and the stored rows. */
async function computeKeys(page: Page) {
  const { meta, clientKeys, records } = await readStore(page);
  const vaultMeta = meta.find((m) => m.key === 'vault');
  const compartmentMeta = meta.find((m) => m.key === 'compartment');
  if (!vaultMeta || !compartmentMeta) throw new Error('No vault or compartment metadata');
  const kek = await deriveKey(PASSPHRASE, kdfOf(vaultMeta));
  const vaultKey = openBody(
    kek,
    { id: 'vault-key', clientId: '-', kind: 'vault-key' },
    vaultMeta.wrappedVaultKey,
  );
  const compartmentKek = await deriveKey(PASSPHRASE, kdfOf(compartmentMeta));
  const master = openBody(
    compartmentKek,
    { id: 'compartment-key', clientId: '-', kind: 'compartment-key' },
    compartmentMeta.wrapped,
  );
  expect(clientKeys).toHaveLength(1);
  const clientId = String(clientKeys[0]?.clientId);
  // The client's key row holds its keys by epoch; a new vault has one, epoch 0.
  const chain = decodeKeyChain(
    openBody(
      vaultKey,
      { id: `key:${clientId}`, clientId, kind: 'client-key' },
      clientKeys[0]?.sealed,
    ),
  );
  const clientKey = chain.get(0) as Uint8Array;
  // The pair's row id is a keyed tag: find it as the one row that opens as a pair.
  const pairs = records.flatMap((r) => {
    try {
      const id = { id: String(r.id), clientId, kind: 'compartment-client-key' };
      return [
        JSON.parse(fromUtf8(openBody(clientKey, id, r.sealed))) as {
          data: { wrappedSecret: string };
        },
      ];
    } catch {
      return [];
    }
  });
  expect(pairs).toHaveLength(1);
  const pair = pairs[0] as { data: { wrappedSecret: string } };
  const clientSecret = openSealed(master, fromHex(pair.data.wrappedSecret)).slice();
  return { kek, vaultKey, compartmentKek, master, clientKey, clientSecret };
}

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

async function collectGarbage(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // Twice: objects with finalizers (and weak references) are freed by the second pass.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/** A heap snapshot of the page's JS: every string still reachable from a live realm. */
async function heapSnapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const parts: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => parts.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return parts.join('');
}

test('after lock, no key is left in the renderer’s memory and no live JS realm holds the sealed text (both found while unlocked)', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page, profile } = app;
  await page.goto(APP_URL);
  await createVault(page);
  const [voornaam = '', achternaam = ''] = NAME.split(' ');
  await createClient(page, { voornaam, achternaam });
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  await page.getByLabel('Verslag van het gesprek').fill(SEALED_TEXT);
  await page
    .locator('.special-findings')
    .getByRole('button', { name: /Verzegeld opslaan/ })
    .click();
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();

  // A fresh session (the lock reloads the page): what follows is decrypted, not typed.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await page.waitForLoadState('load');
  await unlock(page);
  await caseloadRows(page).getByText(NAME).click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await dialog.getByRole('radio', { name: PURPOSE }).check();
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole('listitem').filter({ hasText: TOKEN })).toBeVisible();

  const keys = await computeKeys(page);
  const needles: Record<string, Buffer> = {
    'vault key': Buffer.from(keys.vaultKey),
    KEK: Buffer.from(keys.kek),
    'compartment KEK': Buffer.from(keys.compartmentKek),
    'compartment master secret': Buffer.from(keys.master),
    'client data key': Buffer.from(keys.clientKey),
    'client compartment secret': Buffer.from(keys.clientSecret),
    'sealed text (UTF-8)': Buffer.from(SEALED_TEXT, 'utf8'),
    'sealed text (UTF-16)': utf16(SEALED_TEXT),
    'sealed token (UTF-8)': Buffer.from(TOKEN, 'utf8'),
    'sealed token (UTF-16)': utf16(TOKEN),
    'client name (UTF-8)': Buffer.from(NAME, 'utf8'),
    'client name (UTF-16)': utf16(NAME),
    'passphrase (UTF-8)': Buffer.from(PASSPHRASE, 'utf8'),
    'passphrase (UTF-16)': utf16(PASSPHRASE),
  };
  const renderers = (): ChromiumProcess[] =>
    chromiumProcesses(profile).filter((p) => p.type === 'renderer');
  const measure = (label: string) => {
    const started = Date.now();
    const procs = renderers();
    console.log(
      chromiumProcesses(profile)
        .map((p) => `${p.pid}:${p.type}`)
        .join(' '),
    );
    const diag = process.env.KOERS_MEMORY_DIAG === '1';
    const { counts, bytes } = countIn(
      procs,
      needles,
      diag
        ? (p, name, mapping, address) =>
            console.log(`    hit ${name} in ${p.pid} @${address.toString(16)}: ${mapping}`)
        : undefined,
    );
    const others = countIn(
      chromiumProcesses(profile).filter((p) => p.type !== 'renderer'),
      needles,
    );
    console.log(
      `\n[memory] ${label}: ${procs.length} renderer(s), ${(bytes / 2 ** 20).toFixed(0)} MiB searched in ${Date.now() - started} ms`,
    );
    for (const [k, v] of Object.entries(counts))
      console.log(`  ${k.padEnd(28)} renderer ${v}   other processes ${others.counts[k]}`);
    return counts;
  };

  // Negative control: the search finds what is there.
  await collectGarbage(page);
  const unlocked = measure('unlocked, compartment open');
  expect(unlocked['vault key']).toBeGreaterThan(0);
  expect(unlocked['compartment master secret']).toBeGreaterThan(0);
  const either = (c: Record<string, number>, k: string) =>
    (c[`${k} (UTF-8)`] ?? 0) + (c[`${k} (UTF-16)`] ?? 0);
  expect(either(unlocked, 'client name')).toBeGreaterThan(0);
  expect(either(unlocked, 'sealed token')).toBeGreaterThan(0);

  // "Nu sluiten": the compartment's keys are wiped in place, without a reload.
  await page.getByRole('button', { name: 'Nu sluiten' }).click();
  await expect(page.getByText('Er is verzegelde inhoud.')).toBeVisible();
  await collectGarbage(page);
  const closed = measure('after "Nu sluiten" (still unlocked)');
  expect.soft(closed['compartment master secret']).toBe(0);
  expect.soft(closed['compartment KEK']).toBe(0);
  expect.soft(closed['KEK']).toBe(0);

  // Lock: keys wiped, then the page reloads into the lock screen.
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await page.waitForLoadState('load');
  await collectGarbage(page);
  const locked = measure('after lock and reload');
  for (const k of [
    'vault key',
    'KEK',
    'compartment KEK',
    'compartment master secret',
    'client data key',
    'client compartment secret',
  ])
    expect.soft(locked[k], k).toBe(0);

  // The decrypted text: no live JS realm and no DOM holds it after the reload...
  expect(await page.content()).not.toContain(TOKEN);
  const heap = await heapSnapshot(page);
  expect(heap).toContain('Koers is vergrendeld'); // the snapshot does hold the page's strings
  expect(heap).not.toContain(TOKEN);
  expect(heap).not.toContain(NAME);
  // ...but freed native memory of the same renderer process may still hold old bytes of it
  // (Blink's string and DOM allocations; PartitionAlloc does not clear what it frees), and
  // no JS can overwrite those. Reported, not asserted: only a new renderer process ends
  // them (docs/security-model.md, "Lock").
  const residue = either(locked, 'sealed text');
  test.info().annotations.push({
    type: 'residue',
    description: `sealed text: ${residue} stale copies in freed renderer memory after lock (${either(unlocked, 'sealed text')} while unlocked)`,
  });
});
