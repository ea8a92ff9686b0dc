import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  SCREENSHOT_DIR,
  createClient,
  createVault,
  recordConsent,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';

/**
 * Issue 11, language and dashboard: consent audit details in Dutch, the phone message that
 * names the country, amounts in Dutch notation, and the agenda of follow-ups with its .ics.
 */
const composer = (page: Page) => page.getByRole('form', { name: /Nieuw contact|Contact bewerken/ });

/** The browser's local day plus `offset` days, as "dd-mm-jjjj" and as ISO. */
const day = (page: Page, offset: number) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const p = (x: number) => String(x).padStart(2, '0');
    return {
      dutch: `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`,
      iso: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
    };
  }, offset);

async function writeEntry(page: Page, summary: string, opts: { date?: string; followUp?: string }) {
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  const form = composer(page);
  await expect(form).toBeVisible();
  if (opts.date) await form.getByLabel('Datum').fill(opts.date);
  if (opts.followUp) await form.getByLabel('Vervolgafspraak').fill(opts.followUp);
  await form.getByLabel('Verslag van het gesprek').fill(summary);
  await form.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(form).toBeHidden();
}

test('consent details in the audit log are Dutch in the Dutch UI', async ({ app }) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Emre', achternaam: 'Çelik' });
  await recordConsent(page);
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Auditlogboek' });
  const row = dialog.getByRole('row').filter({ hasText: 'Toestemming gewijzigd' });
  await expect(row).toContainText(
    'Vastgelegd: Verwerken van bijzondere persoonsgegevens (Toestemming, gegeven door de cliënt)',
  );
  await expect(dialog).not.toContainText(/granted|by client|special-categories/);
  // The search finds it by its Dutch words (without the accent, as typed in a hurry).
  await dialog.getByRole('searchbox').fill('gegeven door de client');
  await expect(dialog.getByRole('row').filter({ hasText: 'Toestemming gewijzigd' })).toHaveCount(1);
});

test('a phone number with its country code is judged for that country', async ({ app }) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Achternaam').fill('Özdemir');
  await form.getByLabel('Telefoon').fill('+90 532 123');
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  const error = form.locator('label', { hasText: 'Telefoon' }).locator('.error');
  await expect(error).toHaveText(
    'Geen geldig telefoonnummer voor Turkije (+90). Kijk de cijfers na de landcode na.',
  );
  await expect(error).not.toContainText('landcode, bijvoorbeeld');
  await form.getByLabel('Telefoon').fill('0031 6 12');
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(error).toContainText('voor Nederland (+31)');
  await form.getByLabel('Telefoon').fill('+90 532 123 45 67');
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');
});

test('a budget in Dutch notation round-trips', async ({ app }) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Anouk', tussenvoegsel: 'van der', achternaam: 'Berg' });
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  const budget = page.getByLabel('Budget (€)');
  await budget.fill('€ 4.250,5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');
  // Shown back in Dutch notation after a lock, and saving what is shown changes nothing.
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await page.getByRole('option', { name: /Berg/ }).click();
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await expect(budget).toHaveValue('4.250,50');
  await budget.fill('4.250,50');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await page.getByRole('option', { name: /Berg/ }).click();
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await expect(budget).toHaveValue('4.250,50');
});

test('follow-ups appear as an agenda on the dashboard and export to an .ics', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await createVault(page);
  const today = await day(page, 0);
  const in3 = await day(page, 3);
  const in10 = await day(page, 10);
  const ago5 = await day(page, -5);
  const ago12 = await day(page, -12);
  const ago20 = await day(page, -20);

  await createClient(page, { voornaam: 'Emre', achternaam: 'Çelik' });
  await writeEntry(page, 'Gesprek over de vacature bij de bakker.', { followUp: in3.dutch });
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await createClient(page, { voornaam: 'Anouk', tussenvoegsel: 'van der', achternaam: 'Berg' });
  await writeEntry(page, 'Telefonisch: cv doorgenomen.', { followUp: in10.dutch });
  await writeEntry(page, 'Werkplek bezocht.', { followUp: today.dutch });
  await page.getByRole('tab', { name: 'Personalia' }).click();
  // Overdue: a follow-up five days ago and no contact since.
  await createClient(page, { voornaam: 'Sevgi', achternaam: 'Özdemir' });
  await writeEntry(page, 'Intake.', { date: ago12.dutch, followUp: ago5.dutch });
  await page.getByRole('tab', { name: 'Personalia' }).click();
  // Kept: a follow-up twelve days ago, with a contact after it.
  await createClient(page, { voornaam: 'Daan', tussenvoegsel: 'de', achternaam: 'Vries' });
  await writeEntry(page, 'Kennismaking.', { date: ago20.dutch, followUp: ago12.dutch });
  await writeEntry(page, 'Vervolggesprek gehad.', { date: ago5.dutch });

  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Agenda: vervolgafspraken' });
  await expect(panel).toBeVisible();
  const dayOf = (iso: string) =>
    panel.getByRole('region').filter({ has: page.locator(`time[datetime="${iso}"]`) });
  // One Dutch date style: "ma 30 nov 2026".
  await expect(dayOf(in3.iso).getByRole('heading')).toHaveText(
    /^(ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3} \d{4}$/,
  );
  await expect(dayOf(in3.iso)).toContainText('Emre Çelik');
  await expect(dayOf(in10.iso)).toContainText('Anouk van der Berg');
  await expect(dayOf(today.iso)).toContainText('vandaag');
  const overdue = panel.getByRole('region', { name: 'Verlopen' });
  await expect(overdue).toContainText('Sevgi Özdemir');
  await expect(overdue).toContainText('5 dagen te laat');
  await expect(panel).not.toContainText('Daan de Vries');
  await expect(panel).toContainText('geen logboektekst, geen gezondheidsgegevens');
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}dashboard-agenda-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(panel).toBeVisible();
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}dashboard-agenda-1024.png` });

  // The .ics: the upcoming follow-ups with day and short name only.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Exporteren naar agenda (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`koers-vervolg-${today.iso}.ics`);
  const ics = readFileSync((await download.path()) as string, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  const compact = (iso: string) => iso.replace(/-/g, '');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${compact(in3.iso)}\r\n`);
  expect(ics).toContain('SUMMARY:Vervolg: Emre Ç.\r\n');
  expect(ics).toContain('SUMMARY:Vervolg: Anouk B.\r\n');
  for (const secret of ['Çelik', 'Berg', 'bakker', 'cv doorgenomen', 'Werkplek', 'Özdemir'])
    expect(ics).not.toContain(secret);

  // Each row opens the client's logbook.
  await dayOf(in3.iso)
    .getByRole('button', { name: /Emre Çelik/ })
    .click();
  await expect(page.getByRole('tab', { name: 'Logboek' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Gesprek over de vacature bij de bakker.')).toBeVisible();
});
