import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const port = Number(process.env.KOERS_E2E_PORT ?? 4173);
export const APP_URL = `http://127.0.0.1:${port}/`;
/** The same app built with the plaintext codec: only the leak test's negative control uses it. */
export const PLAINTEXT_APP_URL = `http://127.0.0.1:${port + 1}/`;
export const PASSPHRASE = 'pompoen veerboot gieter lakmoes';
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
export const shouldUpdateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

export const newProfileDir = (): string => mkdtempSync(join(tmpdir(), 'koers-profile-'));

/** A real on-disk Chromium profile, as a coach's machine would have. */
export async function launch(profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium: set KOERS_CHROMIUM or install Debian chromium');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
  await page.getByLabel('Herhaal wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible({ timeout: 30_000 });
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

export interface NewClient {
  voornaam: string;
  tussenvoegsel?: string;
  achternaam: string;
  woonplaats?: string;
  postcode?: string;
  telefoon?: string;
  email?: string;
  clientnummer?: string;
  bsn?: string;
}

export async function createClient(page: Page, c: NewClient): Promise<void> {
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Voornaam').fill(c.voornaam);
  if (c.tussenvoegsel) await form.getByLabel('Tussenvoegsel').fill(c.tussenvoegsel);
  await form.getByLabel('Achternaam').fill(c.achternaam);
  if (c.postcode) await form.getByLabel('Postcode').fill(c.postcode);
  if (c.woonplaats) await form.getByLabel('Woonplaats').fill(c.woonplaats);
  if (c.telefoon) await form.getByLabel('Telefoon').fill(c.telefoon);
  if (c.email) await form.getByLabel('E-mail').fill(c.email);
  if (c.clientnummer) await form.getByLabel('Cliëntnummer').fill(c.clientnummer);
  if (c.bsn) await form.getByTestId('bsn-input').fill(c.bsn);
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(c.achternaam);
}

/** The browser's own local date as dd-mm-jjjj: the app judges dates against the same day. */
export const browserTodayDutch = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
  });

/**
 * Records the open client's own consent to processing special categories (Privacy tab),
 * the legal ground the compartment asks for before anything is sealed or opened.
 */
export async function recordConsent(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Privacy' }).click();
  await page.getByRole('button', { name: '+ Grondslag vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Grondslag vastleggen' });
  await dialog.getByLabel('Gegeven op').fill(await browserTodayDutch(page));
  await dialog.getByRole('radio', { name: 'Cliënt' }).check();
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('Geldige grondslag voor bijzondere persoonsgegevens vastgelegd'),
  ).toBeVisible();
}

/**
 * Opens the compartment from the Poortwachter tab (sick dates are health data), with the
 * purpose "Gegevens bijwerken". Within five minutes of the last opening the passphrase is
 * not asked again, so it is filled in only when asked.
 */
export async function openSickDates(page: Page): Promise<void> {
  await page.locator('section.pw').getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await dialog.getByRole('radio', { name: 'Gegevens bijwerken' }).check();
  const passphrase = dialog.getByLabel('Wachtwoordzin');
  if (await passphrase.isVisible()) await passphrase.fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

export const caseloadRows = (page: Page) =>
  page.getByRole('listbox', { name: 'Caseload' }).getByRole('option');

export interface KoersApp {
  page: Page;
  context: BrowserContext;
  profile: string;
}

/**
 * `app`: a fresh on-disk Chromium profile per test, closed and removed afterwards even
 * when the test fails (a test that closes the context itself is fine: closing is idempotent).
 */
export const test = base.extend<{ app: KoersApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in the first argument; this one has none.
  app: async ({}, use) => {
    const profile = newProfileDir();
    const { context, page } = await launch(profile);
    await use({ context, page, profile });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
});
