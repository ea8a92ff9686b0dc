import { expect, type Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  launch,
  newProfileDir,
  PASSPHRASE,
  SCREENSHOT_DIR,
  test,
  unlock,
} from './app';
import { axeFindings, formatFindings } from './axe';

/**
 * Backups (issue 13.5) through the UI: a download in the browser build, restored on the
 * first screen of a fresh profile (a changed, a cut and a wrong-passphrase attempt refused
 * in Dutch first); and the Electron adapter's folder through a stand-in bridge, for the
 * backup made at unlock and the settings' screenshot. The folder's main side is unit-tested
 * (test/unit/electron/backup-folder.test.ts), the format in test/unit/renderer/vault/backup.test.ts.
 */

async function openBackupSettings(page: Page) {
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const settings = page.getByRole('dialog', { name: 'Instellingen' });
  const section = settings.getByRole('region', { name: 'Back-ups' });
  await expect(section).toBeVisible();
  return { settings, section };
}

async function tryRestore(page: Page, file: string, passphrase: string) {
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  if (!(await dialog.isVisible()))
    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
  await dialog.getByLabel('Back-upbestand (.koersbackup)').setInputFiles(file);
  await dialog.getByLabel('Wachtwoordzin van de back-up').fill(passphrase);
  await dialog.getByRole('button', { name: 'Terugzetten' }).click();
  return dialog;
}

test('browser: a backup downloads, and restores into a fresh profile; a changed or cut one is refused in Dutch', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, {
    voornaam: 'Ans',
    achternaam: 'Jansen-Terpstra',
    woonplaats: 'Zwolle',
  });
  await createClient(page, { voornaam: 'Bram', achternaam: 'Bakker', woonplaats: 'Emmen' });

  const { settings, section } = await openBackupSettings(page);
  await expect(section.getByText(/wordt een back-up gedownload/)).toBeVisible();
  await section.getByLabel('Aantal back-ups bewaren').fill('0');
  await expect(section.getByRole('button', { name: 'Aantal opslaan' })).toBeDisabled();
  await section.getByLabel('Aantal back-ups bewaren').fill('7');
  await section.getByRole('button', { name: 'Aantal opslaan' }).click();
  await expect(section.getByText('Opgeslagen')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Back-up downloaden' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^koers-backup-\d{8}-\d{6}\.koersbackup$/);
  const file = path.join(tmpdir(), `koers-e2e-${Date.now()}.koersbackup`);
  await download.saveAs(file);
  await expect(section.getByText(/Back-up gemaakt: koers-backup-/)).toBeVisible();
  expect(formatFindings(await axeFindings(page, 'backup settings'))).toBe('');
  await settings.getByRole('button', { name: 'Sluiten' }).click();

  const bytes = readFileSync(file);
  for (const value of ['Jansen-Terpstra', 'Zwolle', 'Bakker'])
    for (const encoding of ['utf8', 'utf16le'] as const)
      expect(bytes.includes(Buffer.from(value, encoding)), value).toBe(false);
  const flipped = Buffer.from(bytes);
  flipped[Math.floor(bytes.length / 2)] = (flipped[Math.floor(bytes.length / 2)] ?? 0) ^ 1;
  const changedFile = file.replace('.koersbackup', '-gewijzigd.koersbackup');
  writeFileSync(changedFile, flipped);
  const cutFile = file.replace('.koersbackup', '-afgekapt.koersbackup');
  writeFileSync(cutFile, bytes.subarray(0, bytes.length - 100));

  const profile = newProfileDir();
  const fresh = await launch(profile);
  try {
    const other = fresh.page;
    await other.goto(APP_URL);
    await expect(other.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();

    let dialog = await tryRestore(other, changedFile, PASSPHRASE);
    await expect(dialog.getByRole('alert')).toHaveText(
      /gewijzigd of beschadigd en wordt geweigerd/,
    );
    expect(formatFindings(await axeFindings(other, 'restore dialog'))).toBe('');
    await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'backup-restore-refused.png') });
    dialog = await tryRestore(other, cutFile, PASSPHRASE);
    await expect(dialog.getByRole('alert')).toHaveText(/onvolledig .* en wordt geweigerd/);
    dialog = await tryRestore(other, file, 'een verkeerde wachtwoordzin');
    await expect(dialog.getByRole('alert')).toHaveText(/opent de back-up niet/);
    // Refused attempts left nothing: a reload still shows the first screen.
    await other.reload();
    await expect(other.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();

    await tryRestore(other, file, PASSPHRASE);
    await expect(other.getByRole('heading', { name: 'Caseload' })).toBeVisible({ timeout: 60_000 });
    await expect(caseloadRows(other)).toHaveCount(2);
    await expect(caseloadRows(other).filter({ hasText: 'Jansen-Terpstra' })).toHaveCount(1);
    // The restored vault is the backed-up one: after lock, the same passphrase opens it.
    await other.reload();
    await unlock(other);
    await expect(caseloadRows(other)).toHaveCount(2);
  } finally {
    await fresh.context.close();
    rmSync(profile, { recursive: true, force: true });
    for (const f of [file, changedFile, cutFile]) rmSync(f, { force: true });
  }
});

/** A stand-in preload bridge whose backup folder lives in sessionStorage (main outlives a reload). */
function installFolderBridge(page: Page) {
  return page.addInitScript(() => {
    const key = '__fake.backupFiles';
    const load = (): Record<string, string> => JSON.parse(sessionStorage.getItem(key) ?? '{}');
    const store = (files: Record<string, string>) =>
      sessionStorage.setItem(key, JSON.stringify(files));
    const toB64 = (b: Uint8Array) => {
      let s = '';
      for (let i = 0; i < b.length; i += 0x8000)
        s += String.fromCharCode(...b.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
    const writing = new Map<string, { name: string; parts: Uint8Array[] }>();
    const status = { chosen: true, reachable: true, path: '/media/coach/KOERS-USB/back-ups' };
    Object.assign(window, {
      koers: Object.freeze({
        platform: 'electron',
        onLockRequest: () => () => undefined,
        setContentProtection: async () => undefined,
        getAppInfo: async () => ({ version: 'test', platform: 'linux' }),
        saveFile: async () => ({ saved: false }),
        openFile: async () => null,
        quickUnlock: {
          status: async () => ({ available: false, enrolled: false, reason: 'linux-basic-text' }),
          enable: async () => ({ available: false, enrolled: false }),
          unlock: async () => null,
          disable: async () => ({ available: false, enrolled: false }),
          lockScreen: async () => undefined,
        },
        backup: {
          status: async () => status,
          chooseFolder: async () => status,
          list: async () => Object.keys(load()),
          begin: async (name: string) => {
            const handle = crypto.randomUUID().replaceAll('-', '');
            writing.set(handle, { name, parts: [] });
            return handle;
          },
          write: async (handle: string, data: Uint8Array) =>
            void writing.get(handle)?.parts.push(data.slice()),
          commit: async (handle: string) => {
            const w = writing.get(handle);
            writing.delete(handle);
            if (!w) return;
            const all = new Uint8Array(w.parts.reduce((n, p) => n + p.length, 0));
            let at = 0;
            for (const p of w.parts) {
              all.set(p, at);
              at += p.length;
            }
            store({ ...load(), [w.name]: toB64(all) });
          },
          abort: async (handle: string) => void writing.delete(handle),
          read: async (name: string, offset: number, length: number) => {
            const f = load()[name];
            return f
              ? fromB64(f)
                  .subarray(offset, offset + length)
                  .slice()
              : new Uint8Array();
          },
          readSmall: async (name: string) => {
            const f = load()[name];
            return f ? fromB64(f) : null;
          },
          remove: async (name: string) => {
            store(Object.fromEntries(Object.entries(load()).filter(([n]) => n !== name)));
          },
        },
      }),
    });
  });
}

test('Electron adapter: a backup into the chosen folder at unlock, at most daily, and the settings screen', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await installFolderBridge(page);
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Ans', achternaam: 'Jansen', woonplaats: 'Zwolle' });
  const files = () =>
    page.evaluate(() =>
      Object.keys(JSON.parse(sessionStorage.getItem('__fake.backupFiles') ?? '{}')),
    );
  expect(await files()).toEqual([]);

  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await expect.poll(files).toHaveLength(2);
  const [ledger, first] = (await files()).sort().reverse();
  expect(first).toMatch(/^koers-backup-\d{8}-\d{6}\.koersbackup$/);
  expect(ledger).toBe('koers-verwijderlogboek.koersledger');

  // A second unlock the same day makes none.
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await page.waitForTimeout(500); // give a wrongly started backup the time to show up
  expect(await files()).toHaveLength(2);

  const { settings, section } = await openBackupSettings(page);
  await expect(section.getByText('/media/coach/KOERS-USB/back-ups')).toBeVisible();
  await expect(section.getByText(/^1 back-up in de map; de nieuwste van /)).toBeVisible();
  await expect(section.getByLabel('Aantal back-ups bewaren')).toHaveValue('14');
  await section.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(section.getByText(/Back-up gemaakt: koers-backup-/)).toBeVisible();
  expect(formatFindings(await axeFindings(page, 'backup settings (folder)'))).toBe('');
  await section.scrollIntoViewIfNeeded();
  await settings.screenshot({ path: path.join(SCREENSHOT_DIR, 'backup-settings.png') });
});
