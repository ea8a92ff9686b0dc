import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';

/**
 * "Probeer met voorbeelddata" (issue 11, item 11): a demo vault of about 25 fictional
 * clients, made by the app's own repositories in a database of its own, clearly marked,
 * and removed in one step without touching the coach's own vault.
 */
/** The profile's databases: the default store's and those in the coach's vault bucket. */
const databases = (page: Page) =>
  page.evaluate(async () => {
    const buckets = (
      navigator as unknown as {
        storageBuckets?: {
          keys(): Promise<string[]>;
          open(n: string): Promise<{ indexedDB: IDBFactory }>;
        };
      }
    ).storageBuckets;
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    if (!buckets) return names.sort();
    for (const b of await buckets.keys()) {
      if (!/^koers-vault-\d+$/.test(b)) continue;
      const inBucket = await (await buckets.open(b)).indexedDB.databases();
      names.push(...inBucket.map((d) => d.name ?? ''));
    }
    return names.sort();
  });

const banner = (page: Page) =>
  page.getByRole('region', { name: 'Voorbeelddata — fictieve cliënten' });

const shot = async (page: Page, name: string) => {
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
};

/** The 24 active demo clients (one more is archived) and the marked header. */
async function expectDemoCaseload(page: Page) {
  await expect(banner(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.header-count')).toHaveText('24 cliënten');
  // The caseload renders only the rows in view; the search finds each name.
  const search = page.getByPlaceholder('Zoek op naam, plaats of nummer');
  for (const name of ['Çelik', "in 't Veld", 'Yılmaz', 'Nowak', 'van der Berg']) {
    await search.fill(name);
    await expect(caseloadRows(page)).toHaveCount(1);
    await expect(caseloadRows(page).first()).toContainText(name);
  }
  await search.fill('');
  await expect(caseloadRows(page).first()).toBeVisible();
}

test('the first screen makes a marked demo vault, and one click removes it entirely', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  await shot(page, 'demo-01-setup');
  await page.getByRole('button', { name: 'Probeer met voorbeelddata' }).click();

  // Made with progress shown, then the caseload: about 25 clients, marked on every screen.
  await expect(page.getByRole('heading', { name: 'Voorbeelddata aanmaken' })).toBeVisible();
  await expectDemoCaseload(page);
  // (The first screen's own check for a vault leaves an empty 'koers' database; that is
  // the coach's, and holds no vault.)
  expect(await databases(page)).toContain('koers-demo');
  // The dashboard has current work: deadlines and an agenda of follow-ups.
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Termijnen' })).toBeVisible();
  await expect(page).toHaveTitle(/^Voorbeelddata — fictieve cliënten/);
  await shot(page, 'demo-02-caseload-1366');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Sample data — fictional clients' })).toContainText(
    'None of this is real',
  );
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'demo-03-caseload-1024');
  await page.getByRole('option', { name: /Özdemir/ }).click();
  await page.getByRole('tab', { name: 'Poortwachter' }).click();
  await expect(banner(page)).toBeVisible();
  await shot(page, 'demo-04-dossier-1024');
  await page.setViewportSize({ width: 1366, height: 768 });

  // Locked, the demo says what it is and fills in its public passphrase.
  await page.keyboard.press('Control+L');
  await expect(page.getByText('Deze kluis bevat alleen fictieve cliënten')).toBeVisible();
  await expect(page.getByLabel('Wachtwoordzin')).toHaveValue('voorbeeld');
  await shot(page, 'demo-05-lock');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expectDemoCaseload(page);

  // One step: gone, and back at the first screen with no demo database left.
  await banner(page).getByRole('button', { name: 'Voorbeelddata verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Probeer met voorbeelddata' })).toBeVisible();
  expect(await databases(page)).not.toContain('koers-demo');
  // A new start begins in the coach's own (here: not yet made) vault, never the demo.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
});

test("from the lock screen the demo opens beside the coach's own vault and leaves it untouched", async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Echte', achternaam: 'Klant', woonplaats: 'Zwolle' });
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();

  // Low-key on the lock screen; it opens the demo without unlocking the coach's vault.
  await page.getByRole('button', { name: 'Voorbeelddata bekijken' }).click();
  await expectDemoCaseload(page);
  await page.getByPlaceholder('Zoek op naam, plaats of nummer').fill('Klant');
  await expect(caseloadRows(page)).toHaveCount(0);
  expect(await databases(page)).toEqual(['koers', 'koers-demo']);

  // Removing it returns to the coach's own lock screen; their vault is as it was.
  await banner(page).getByRole('button', { name: 'Voorbeelddata verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await expect(page.getByLabel('Wachtwoordzin')).toHaveValue('');
  expect(await databases(page)).toEqual(['koers']);
  await unlock(page);
  await expect(caseloadRows(page)).toHaveCount(1);
  await expect(caseloadRows(page).first()).toContainText('Klant');
  await expect(banner(page)).toHaveCount(0);
});
