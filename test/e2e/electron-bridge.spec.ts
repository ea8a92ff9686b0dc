import { expect, type Page } from '@playwright/test';
import { APP_URL, caseloadRows, createClient, createVault, PASSPHRASE, unlock, test } from './app';

/**
 * The renderer's Electron adapter, driven through a stand-in for the preload bridge
 * (window.koers) in Chromium, since no Electron binary runs here. The main-process side
 * of each call is unit-tested against a fake electron in test/unit/electron.
 */
function installFakeBridge(page: Page, opts: { backend: 'ok' | 'basic_text' }) {
  return page.addInitScript((backend) => {
    const listeners = new Set<(r: string) => void>();
    // The keystore and its test switch live in the main process, which outlives the page
    // (a lock reloads it): kept in sessionStorage, as main would keep them.
    const kept = <T>(key: string, initial: T) => ({
      get: (): T => {
        const v = sessionStorage.getItem(`__fake.${key}`);
        return v === null ? initial : (JSON.parse(v) as T);
      },
      set: (v: T) => sessionStorage.setItem(`__fake.${key}`, JSON.stringify(v)),
    });
    const keptSecret = kept<number[] | null>('secret', null);
    const keptCorrupt = kept('corruptNextUnlock', false);
    const fake = {
      backend,
      lockScreen: [] as boolean[],
      released: [] as Uint8Array[],
      get secret(): Uint8Array | null {
        const v = keptSecret.get();
        return v ? new Uint8Array(v) : null;
      },
      set secret(v: Uint8Array | null) {
        keptSecret.set(v ? Array.from(v) : null);
      },
      get corruptNextUnlock(): boolean {
        return keptCorrupt.get();
      },
      set corruptNextUnlock(v: boolean) {
        keptCorrupt.set(v);
      },
      contentProtection: [] as boolean[],
      saved: [] as { suggestedName: string; size: number }[],
      emitLock: (reason: string) => listeners.forEach((l) => l(reason)),
    };
    const status = () => ({
      available: fake.backend === 'ok',
      enrolled: fake.secret !== null,
      ...(fake.backend === 'ok' ? {} : { reason: 'linux-basic-text' }),
    });
    Object.assign(window, {
      __fake: fake,
      koers: Object.freeze({
        platform: 'electron',
        onLockRequest(cb: (r: string) => void) {
          listeners.add(cb);
          return () => listeners.delete(cb);
        },
        setContentProtection: async (enabled: boolean) => void fake.contentProtection.push(enabled),
        getAppInfo: async () => ({ version: 'test', platform: 'linux' }),
        saveFile: async (req: { suggestedName: string; data: Uint8Array }) => {
          fake.saved.push({ suggestedName: req.suggestedName, size: req.data.length });
          return { saved: true, path: `/tmp/${req.suggestedName}` };
        },
        openFile: async () => null,
        quickUnlock: {
          status: async () => status(),
          enable: async (req: { secret: Uint8Array }) => {
            fake.secret = req.secret.slice();
            return status();
          },
          unlock: async () => {
            // Like main: only while the lock screen says it is up.
            if (!fake.secret || fake.lockScreen.at(-1) !== true) return null;
            if (fake.corruptNextUnlock) return { secret: new Uint8Array(32).fill(9) };
            fake.released.push(fake.secret.slice());
            return { secret: fake.secret.slice() };
          },
          disable: async () => {
            fake.secret = null;
            return status();
          },
          lockScreen: async (req: { shown: boolean }) => void fake.lockScreen.push(req.shown),
        },
      }),
    });
  }, opts.backend);
}

const fake = <T>(page: Page, expr: (f: Record<string, unknown>) => T) =>
  page.evaluate(expr as never, undefined) as Promise<T>;

test('OS lock events, content protection and quick unlock through the Electron bridge', async ({
  app,
}) => {
  const { page } = app;
  await installFakeBridge(page, { backend: 'ok' });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Priya', achternaam: 'Kaya' });

  // The laptop goes to sleep: main sends a lock request.
  await page.evaluate(() =>
    (window as unknown as { __fake: { emitLock: (r: string) => void } }).__fake.emitLock('suspend'),
  );
  await expect(
    page.getByText(
      'Vergrendeld omdat de laptop in slaapstand ging of het scherm werd vergrendeld.',
    ),
  ).toBeVisible();
  // No quick unlock offered before the coach turned it on.
  await expect(
    page.getByRole('button', { name: 'Ontgrendelen met je computeraccount' }),
  ).toHaveCount(0);
  await unlock(page);

  await page.getByRole('button', { name: 'Instellingen' }).click();
  const settings = page.getByRole('dialog', { name: 'Instellingen' });
  await settings
    .getByLabel('Verberg het Koers-venster bij schermdelen en schermafbeeldingen')
    .uncheck();
  expect(
    await fake(
      page,
      () =>
        (window as unknown as { __fake: { contentProtection: boolean[] } }).__fake
          .contentProtection,
    ),
  ).toEqual([false]);
  const security = settings.getByRole('region', { name: 'Beveiliging op deze laptop' });
  await security.getByLabel('Huidige wachtwoordzin').fill('niet mijn wachtwoordzin');
  await security.getByRole('button', { name: 'Snel ontgrendelen inschakelen' }).click();
  await expect(security.getByRole('status')).toContainText('Onjuiste wachtwoordzin');
  await security.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
  await security.getByRole('button', { name: 'Snel ontgrendelen inschakelen' }).click();
  await expect(security.getByRole('status')).toContainText('Snel ontgrendelen staat aan.');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+L');
  await page.getByRole('button', { name: 'Ontgrendelen met je computeraccount' }).click();
  await expect(caseloadRows(page)).toHaveCount(1);
  // The lock screen told main it was up, then gone; the key it got was replaced at once.
  const after = await fake(page, () => {
    const f = (window as unknown as { __fake: Record<string, unknown> }).__fake as {
      lockScreen: boolean[];
      released: Uint8Array[];
      secret: Uint8Array | null;
    };
    return {
      lockScreen: f.lockScreen,
      released: f.released.map((b) => Array.from(b).join(',')),
      stored: f.secret ? Array.from(f.secret).join(',') : null,
    };
  });
  expect(after.lockScreen.slice(-2)).toEqual([true, false]);
  expect(after.released).toHaveLength(1);
  expect(after.stored).not.toBeNull();
  expect(after.stored).not.toBe(after.released[0]);

  // A key from the keystore that does not fit is refused; the vault stays locked.
  await page.evaluate(() => {
    (window as unknown as { __fake: { corruptNextUnlock: boolean } }).__fake.corruptNextUnlock =
      true;
  });
  await page.keyboard.press('Control+L');
  await page.getByRole('button', { name: 'Ontgrendelen met je computeraccount' }).click();
  await expect(page.getByRole('alert')).toContainText('Onjuiste wachtwoordzin');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();

  // The content-protection choice is applied again at the next start.
  await page.reload();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __fake: { contentProtection: boolean[] } }).__fake
            .contentProtection,
      ),
    )
    .toEqual([false]);
});

test('quick unlock is refused on a Linux keyring without encryption (basic_text)', async ({
  app,
}) => {
  const { page } = app;
  await installFakeBridge(page, { backend: 'basic_text' });
  await page.goto(APP_URL);
  await createVault(page);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(
    page.getByText(
      /Snel ontgrendelen is hier niet beschikbaar: deze Linux-computer heeft geen beveiligde sleutelbos/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Snel ontgrendelen inschakelen' })).toHaveCount(0);
});

test("the demo vault never uses, enrols or removes the real vault's quick-unlock key", async ({
  app,
}) => {
  const { page } = app;
  await installFakeBridge(page, { backend: 'ok' });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Echte', achternaam: 'Klant' });
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const security = page
    .getByRole('dialog', { name: 'Instellingen' })
    .getByRole('region', { name: 'Beveiliging op deze laptop' });
  await security.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
  await security.getByRole('button', { name: 'Snel ontgrendelen inschakelen' }).click();
  await expect(security.getByRole('status')).toContainText('Snel ontgrendelen staat aan.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+L');
  // The lock reloads the page: read the fake keystore once the lock screen is back.
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  const stored = () =>
    fake(page, () => {
      const s = (window as unknown as { __fake: { secret: Uint8Array | null } }).__fake.secret;
      return s ? Array.from(s).join(',') : null;
    });
  const before = await stored();
  expect(before).not.toBeNull();

  // The demo: no quick unlock on its lock screen, no laptop settings in it.
  await page.getByRole('button', { name: 'Voorbeelddata bekijken' }).click();
  await expect(page.getByRole('region', { name: /Voorbeelddata/ })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Instellingen' }).getByRole('region', {
      name: 'Beveiliging op deze laptop',
    }),
  ).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+L');
  await expect(page.getByText('Deze kluis bevat alleen fictieve cliënten')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Ontgrendelen met je computeraccount' }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Voorbeelddata verwijderen' }).click();

  // Back in the coach's own vault, the key is the one enrolled, and it still opens it.
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  expect(await stored()).toBe(before);
  await page.getByRole('button', { name: 'Ontgrendelen met je computeraccount' }).click();
  await expect(caseloadRows(page)).toHaveCount(1);
});
