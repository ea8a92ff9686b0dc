import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PASSPHRASE,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  unlock,
  test,
} from './app';

const composer = (page: Page) => page.getByRole('form', { name: /Nieuw contact|Contact bewerken/ });
const entries = (page: Page) => page.getByRole('list', { name: 'Logboek' }).getByRole('listitem');

async function writeEntry(
  page: Page,
  summary: string,
  opts: { type?: string; minutes?: string; date?: string } = {},
) {
  await page.keyboard.press('Control+N');
  const form = composer(page);
  await expect(form).toBeVisible();
  if (opts.date) await form.getByLabel('Datum').fill(opts.date);
  if (opts.minutes) await form.getByLabel('Duur (minuten)').fill(opts.minutes);
  if (opts.type) await form.getByLabel('Contactvorm').selectOption({ label: opts.type });
  await form.getByLabel('Verslag van het gesprek').fill(summary);
  await form.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(form).toBeHidden();
}

test('offline: three entries, an edit with history, lock and unlock keep everything', async ({
  app,
}) => {
  const { page, context } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, {
    voornaam: 'Mohamed',
    achternaam: 'El Amrani',
    woonplaats: 'Deventer',
  });

  await context.setOffline(true);
  // Ctrl+N from the personalia tab jumps to the logbook.
  await writeEntry(page, 'Kennismaking bij cliënt thuis, motivatie besproken.', {
    date: '02-11-2026',
    minutes: '90',
  });
  await writeEntry(page, 'Telefonisch: vacature orderpicker doorgenomen.', {
    type: 'Telefonisch',
    date: '09-11-2026',
    minutes: '20',
  });
  // The type defaults to the client's latest contact (phone now), so it is chosen here.
  await writeEntry(page, 'Sollicitatiebrief samen geschreven.', {
    type: 'Persoonlijk',
    date: '16-11-2026',
    minutes: '60',
  });
  await expect(entries(page)).toHaveCount(3);
  await expect(entries(page).first()).toContainText('Sollicitatiebrief samen geschreven.');

  // Edit the phone call: a new version, the old one kept.
  await entries(page).filter({ hasText: 'orderpicker' }).getByRole('button').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Bewerken' }).click();
  await composer(page)
    .getByLabel('Verslag van het gesprek')
    .fill('Telefonisch: vacature orderpicker doorgenomen, cliënt solliciteert vrijdag.');
  await composer(page)
    .getByRole('button', { name: /Opslaan/ })
    .click();
  await expect(entries(page).filter({ hasText: 'solliciteert vrijdag' })).toHaveCount(1);
  await entries(page).filter({ hasText: 'solliciteert vrijdag' }).getByRole('button').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Geschiedenis/ })
    .click();
  const history = page.getByRole('region', { name: 'Geschiedenis van dit contact' });
  await expect(history.getByText('Versie 1')).toBeVisible();
  await expect(history.getByText('Versie 2')).toBeVisible();
  await expect(history).toContainText('Telefonisch: vacature orderpicker doorgenomen.');
  await expect(history).toContainText('cliënt solliciteert vrijdag.');
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}12-logbook-history.png` });
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

  // Filter by type and search.
  await page.getByLabel('Contactvorm', { exact: true }).selectOption({ label: 'Telefonisch' });
  await expect(entries(page)).toHaveCount(1);
  await page
    .getByLabel('Contactvorm', { exact: true })
    .selectOption({ label: 'Alle contactvormen' });
  await page.getByRole('searchbox', { name: 'Zoek in het logboek' }).fill('sollicitatiebrief');
  await expect(entries(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Zoek in het logboek' }).fill('');
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}11-logbook.png` });

  await page.keyboard.press('Control+L');
  await unlock(page);
  await caseloadRows(page).first().click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(entries(page)).toHaveCount(3);
  await expect(entries(page).filter({ hasText: 'solliciteert vrijdag' })).toContainText(
    '2 versies',
  );
});

test('an unsaved draft survives a lock and a reload, sealed', async ({ app }) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Noor', achternaam: 'Visser' });

  await page.keyboard.press('Control+N');
  await composer(page)
    .getByLabel('Verslag van het gesprek')
    .fill('Halverwege het verslag wordt de laptop vergrendeld');
  // Lock at once: no time for the debounce; the lock itself must seal the draft.
  await page.keyboard.press('Control+L');
  await unlock(page);
  await caseloadRows(page).first().click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(page.getByText(/Concept hersteld van/)).toBeVisible();
  await expect(composer(page).getByLabel('Verslag van het gesprek')).toHaveValue(
    'Halverwege het verslag wordt de laptop vergrendeld',
  );

  await composer(page)
    .getByLabel('Verslag van het gesprek')
    .fill('Na een crash mag ook niets verloren gaan');
  await expect(page.getByText('Concept bewaard (versleuteld)')).toBeVisible();
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}13-logbook-composer.png` });
  await page.reload();
  await unlock(page);
  await caseloadRows(page).first().click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(composer(page).getByLabel('Verslag van het gesprek')).toHaveValue(
    'Na een crash mag ook niets verloren gaan',
  );
  await composer(page).getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(entries(page)).toHaveCount(1);

  // Saved: the draft is gone, so a reload opens no composer.
  await page.reload();
  await unlock(page);
  await caseloadRows(page).first().click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(entries(page)).toHaveCount(1);
  await expect(composer(page)).toBeHidden();
});

test('invalid input is explained in Dutch and nothing is saved', async ({ app }) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Daan', achternaam: 'Smit' });
  await page.keyboard.press('Control+N');
  await composer(page).getByLabel('Tijd').fill('25:70');
  await composer(page).getByLabel('Duur (minuten)').fill('anderhalf uur');
  await composer(page).getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
  await expect(page.getByText('Geen geldige datum en tijd (dd-mm-jjjj en uu:mm).')).toBeVisible();
  await expect(page.getByText('Vul een heel aantal minuten in, hoogstens 1440.')).toBeVisible();
  await expect(page.getByText('0 contacten', { exact: true })).toBeVisible();
  await expect(entries(page)).toHaveCount(0);
});

test('an entry is erased from its dialog after the passphrase; the others stay', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Sanne', achternaam: 'de Wit', woonplaats: 'Zwolle' });
  await writeEntry(page, 'Gesprek dat weg moet.', { date: '02-11-2026', minutes: '45' });
  await writeEntry(page, 'Gesprek dat blijft.', { date: '09-11-2026', minutes: '30' });
  await expect(entries(page)).toHaveCount(2);

  await entries(page).filter({ hasText: 'dat weg moet' }).getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  const form = dialog.getByRole('form', { name: 'Verslag verwijderen?' });
  await expect(form).toContainText('kan niet ongedaan worden gemaakt');
  await form.getByLabel('Wachtwoordzin ter bevestiging').fill('niet de goede zin hoor');
  await form.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(form.getByText('Onjuiste wachtwoordzin')).toBeVisible();
  await expect(form.getByLabel('Wachtwoordzin ter bevestiging')).toBeEnabled();
  await form.getByLabel('Wachtwoordzin ter bevestiging').fill(PASSPHRASE);
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}logbook-entry-erasure.png` });
  await form.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog).toBeHidden();
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toContainText('Gesprek dat blijft.');

  // Gone for good: not back after a lock and unlock.
  await page.keyboard.press('Control+L');
  await unlock(page);
  await caseloadRows(page).filter({ hasText: 'Sanne' }).click();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(entries(page)).toHaveCount(1);
  await expect(page.getByText('Gesprek dat weg moet.')).toHaveCount(0);
});
