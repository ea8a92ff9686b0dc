import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  browserTodayDutch,
  createClient,
  createVault,
  PASSPHRASE,
  recordConsent,
  test,
  unlock,
} from './app';
import { axeFindings, formatFindings, type Finding } from './axe';

/**
 * Issue 11, item 10: axe-core (WCAG 2.2 AA) finds nothing serious or critical on any screen,
 * dialogs included, and nothing at all of the structure rules (a <main>, heading order).
 * One walk through the app collects every finding, so a failure lists them all at once.
 */

/** dd-mm-jjjj, `days` from the browser's today (the app counts deadlines from that day). */
const dutchDaysFromToday = (page: Page, days: number) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
  }, days);

test('axe (WCAG 2.2 AA) finds nothing serious or critical on any screen or dialog', async ({
  app,
}) => {
  // Three Argon2id derivations (setup, the compartment, the unlock) and ~35 axe runs.
  test.setTimeout(360_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const findings: Finding[] = [];
  const screens: string[] = [];
  const check = async (screen: string) => {
    screens.push(screen);
    findings.push(...(await axeFindings(page, screen)));
  };
  const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });

  // The idle warning needs the clock moved; installed first, time still flows meanwhile.
  await page.clock.install();
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  await check('setup');
  await createVault(page);
  await check('dashboard (empty)');

  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  await expect(page.locator('form.client-form')).toBeVisible();
  await check('new client form');
  await createClient(page, {
    voornaam: 'Emre',
    achternaam: 'Çelik',
    woonplaats: 'Zwolle',
    telefoon: '0612345678',
    bsn: '111222333',
  });
  await createClient(page, { voornaam: 'Hanneke', achternaam: 'van der Berg' });
  await check('dossier: personalia');
  await page.getByRole('button', { name: 'Archiveren', exact: true }).click();
  await expect(dialog('Cliënt archiveren?')).toBeVisible();
  await check('dialog: archive');
  await dialog('Cliënt archiveren?').getByRole('button', { name: 'Annuleren' }).click();

  // Sick since 41 days: the probleemanalyse is due tomorrow, the plan van aanpak (day 55) in 14 days
  // (the "over 14 dagen" badge on the dashboard).
  // Without a legal ground and an open compartment the tab shows no sick dates.
  await tab('Poortwachter').click();
  await check('dossier: poortwachter (sealed)');

  await tab('UWV-traject').click();
  await check('dossier: trajectory');

  await tab('Logboek').click();
  await check('dossier: logbook (empty)');
  await page.keyboard.press('Alt+N');
  const composer = page.getByRole('form', { name: /Nieuw contact/ });
  await expect(composer).toBeVisible();
  // A health word shows the detector's findings and the "Verzegeld opslaan" choice.
  await composer.getByLabel('Verslag van het gesprek').fill('Ze vertelde over haar depressie.');
  await expect(page.locator('.special-findings')).toBeVisible();
  await check('dossier: logbook composer with findings');
  await composer
    .getByLabel('Verslag van het gesprek')
    .fill('Kennismaking, cv doorgenomen en vacatures bij de bakker besproken.');
  await composer.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await check('dossier: logbook with an entry');
  await page
    .getByRole('list', { name: 'Logboek' })
    .getByRole('listitem')
    .first()
    .getByRole('button')
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('dialog: logbook entry');
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

  await tab('CV').click();
  await check('dossier: cv');
  await page.getByRole('button', { name: '+ Werkervaring toevoegen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('dialog: cv item');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

  await tab('Documenten').click();
  await check('dossier: documents (empty)');
  await page.getByRole('button', { name: '+ Document toevoegen' }).click();
  const add = dialog('Document toevoegen');
  await add.getByLabel('Bestand').setInputFiles({
    name: 'Brief werkgever.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(2000, 7),
      Buffer.from('%%EOF\n'),
    ]),
  });
  await add.getByLabel('Datum').fill(await browserTodayDutch(page));
  await add.getByLabel('Ontvangen van').fill('Werkgever');
  await check('dialog: document add');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole('table', { name: 'Documenten' }).locator('tbody tr')).toHaveCount(1);
  await check('dossier: documents');

  await tab('Gezondheid').click();
  await check('dossier: health (sealed)');
  await page.getByRole('button', { name: 'Openen…' }).click();
  await expect(dialog('Afgeschermd deel openen')).toBeVisible();
  await check('dialog: open compartment');
  await page.keyboard.press('Escape');

  await tab('Privacy').click();
  await check('dossier: privacy (nothing recorded)');
  await page.getByRole('button', { name: '+ Grondslag vastleggen' }).click();
  await expect(dialog('Grondslag vastleggen')).toBeVisible();
  await check('dialog: record legal ground');
  await page.keyboard.press('Escape');
  await recordConsent(page);
  await check('dossier: privacy (consent and audit)');
  await page
    .locator('li[data-scope="special-categories"]')
    .getByRole('button', { name: 'Intrekken' })
    .click();
  await expect(dialog('Toestemming intrekken')).toBeVisible();
  await check('dialog: withdraw consent');
  await dialog('Toestemming intrekken').getByRole('button', { name: 'Annuleren' }).click();

  await tab('Gezondheid').click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  await dialog('Afgeschermd deel openen').getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog('Afgeschermd deel openen')
    .getByRole('button', { name: 'Openen', exact: true })
    .click();
  await expect(dialog('Afgeschermd deel openen')).toBeHidden({ timeout: 30_000 });
  await expect(page.locator('form.health-form')).toBeVisible();
  await check('dossier: health (open)');

  // The compartment is open for this client now: the sick dates can be entered.
  await tab('Poortwachter').click();
  await page.getByLabel('Eerste ziektedag').fill(await dutchDaysFromToday(page, -41));
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();
  await expect(page.locator('li[data-step="plan-van-aanpak"]')).toContainText('over 14 dagen');
  await check('dossier: poortwachter');

  await tab('Verzoeken').click();
  await check('dossier: requests');
  await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await expect(dialog('Verzoek vastleggen')).toBeVisible();
  await check('dialog: request');
  await page.keyboard.press('Escape');

  await tab('Privacy').click();
  await page.getByRole('button', { name: 'Dossier exporteren…' }).click();
  await expect(dialog('Dossier exporteren')).toBeVisible();
  await check('dialog: export');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Dossier importeren…' }).click();
  await expect(dialog('Dossier importeren')).toBeVisible();
  await check('dialog: import');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('dialog: settings');
  await page.keyboard.press('Escape');

  await page.locator('main#main').focus();
  await page.keyboard.press('?');
  await expect(dialog('Sneltoetsen')).toBeVisible();
  await check('dialog: shortcut help');
  await page.keyboard.press('Escape');

  await tab('Personalia').click();
  await page.getByRole('button', { name: 'Wat deel ik?' }).click();
  await expect(dialog('Wat laat ik zien als de cliënt meekijkt?')).toBeVisible();
  await check('dialog: session mode choice');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Cliënt kijkt mee' }).click();
  await expect(page.getByText(/Cliënt kijkt mee — alleen/)).toBeVisible();
  await check('session mode');
  await page.getByRole('button', { name: 'Sessie beëindigen' }).click();
  await expect(dialog('Sessie beëindigen')).toBeVisible();
  await check('dialog: end session');
  // A wrong passphrase first: the error state is checked too (and is one more audit line).
  await dialog('Sessie beëindigen').getByLabel('Wachtwoordzin').fill('niet de goede zin');
  await dialog('Sessie beëindigen').getByRole('button', { name: 'Beëindigen' }).click();
  await expect(dialog('Sessie beëindigen').getByRole('alert')).toBeVisible();
  await check('dialog: end session, wrong passphrase');
  await dialog('Sessie beëindigen').getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog('Sessie beëindigen').getByRole('button', { name: 'Beëindigen' }).click();
  await expect(page.getByRole('listbox', { name: 'Caseload' })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  await expect(page.getByText('over 14 dagen').first()).toBeVisible();
  await check('dashboard with deadlines');

  // The idle warning: 4:35 without a key, 25 seconds before the lock.
  await page.clock.fastForward('04:35');
  await expect(page.getByRole('alertdialog', { name: 'Koers vergrendelt bijna' })).toBeVisible();
  await check('idle warning');
  await page.keyboard.press('Shift');

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await check('lock screen');
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible({
    timeout: 30_000,
  });

  // Six lines by now, in a low window: the audit table scrolls inside its own box. axe then
  // checks that box can be reached by keyboard, and so does this test, with Tab and End.
  await page.setViewportSize({ width: 1366, height: 300 });
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const audit = dialog('Auditlogboek');
  await expect(audit.getByRole('table')).toBeVisible();
  const lines = audit.getByRole('region', { name: 'Regels van het auditlogboek' });
  expect(await lines.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await check('dialog: audit viewer (scrolling table)');
  await audit.getByRole('searchbox', { name: 'Zoek in doel en toelichting' }).focus();
  await page.keyboard.press('Tab');
  await expect(lines).toBeFocused();
  await page.keyboard.press('End');
  await expect.poll(() => lines.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1366, height: 768 });

  console.log(`axe: ${screens.length} screens checked: ${screens.join(', ')}`);
  if (findings.length > 0) console.log(`axe findings:\n${formatFindings(findings)}`);
  expect(findings.length, `axe findings:\n${formatFindings(findings)}`).toBe(0);
});
