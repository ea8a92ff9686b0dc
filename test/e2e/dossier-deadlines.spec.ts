import { expect, type Page } from '@playwright/test';
import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  PASSPHRASE,
  recordConsent,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  unlock,
  test,
} from './app';

const shot = async (page: Page, name: string) => {
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
};

/** Calendar arithmetic on ISO dates, in UTC so no DST shift can move a day. */
const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
/** How the timeline writes a due date: "zo 12 okt 2025". */
const shown = (iso: string) =>
  format(parseISO(iso), 'EEEEEE d MMM yyyy', { locale: nl }).replace('.', '');

/** The browser's own local date: the app computes its deadlines from the same. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });

const lockAndUnlock = async (page: Page) => {
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await unlock(page);
  // Unlocking returns to the dossier the coach was in; the overview is one click away.
  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
};

/** The sick dates are in the compartment: the tab opens them with a purpose and the passphrase. */
async function openSickDates(page: Page) {
  await page.locator('section.pw').getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await dialog.getByRole('radio', { name: 'Gegevens bijwerken' }).check();
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

const deadlineRows = (page: Page) =>
  page.getByRole('region', { name: 'Termijnen' }).getByRole('listitem');

test('a Poortwachter step due soon reaches the dashboard and leaves it once done', async ({
  app,
}) => {
  // Two clients, two dossier tabs and three unlocks (Argon2id each) on a shared CI machine.
  test.setTimeout(240_000);
  const { page } = app;
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(APP_URL);
  await createVault(page);
  const today = await browserToday(page);

  // Sick since 45 days ago: sick report (day 7) long past, probleemanalyse (end of week 6,
  // day 42) 4 days overdue, plan van aanpak (end of week 8, day 56) due in 10 days.
  const firstDay = addDays(today, -45);
  await createClient(page, { voornaam: 'Noor', achternaam: 'Bakker', woonplaats: 'Zwolle' });
  // Sick dates are health data: sealed in the compartment, which needs a legal ground.
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Poortwachter' }).click();
  await expect(page.getByText('Nog geen Poortwachterdossier.')).toBeVisible();
  await openSickDates(page);
  await expect(page.getByText('Nog geen ziekteperiode vastgelegd').first()).toBeVisible();
  await page.getByLabel('Eerste ziektedag').fill(dutch(firstDay));
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();

  const step = (id: string) => page.locator(`li[data-step="${id}"]`);
  await expect(step('probleemanalyse')).toContainText('4 dagen te laat');
  await expect(step('plan-van-aanpak')).toContainText('over 10 dagen');
  await expect(step('plan-van-aanpak')).toHaveClass(/due-soon/);
  await expect(step('evaluatie-plan-van-aanpak-1')).toHaveClass(/upcoming/);

  // "Gedaan op": a date in the future is refused, a Dutch date is recorded.
  const sickReport = step('ziekmelding-arbodienst');
  await sickReport.getByLabel(/gedaan op/i).fill(dutch(addDays(today, 1)));
  await sickReport.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(sickReport.getByRole('alert')).toHaveText('Deze datum ligt in de toekomst.');
  await sickReport.getByLabel(/gedaan op/i).fill(dutch(addDays(firstDay, 2)));
  await sickReport.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(sickReport).toContainText(`Gedaan op ${dutch(addDays(firstDay, 2))}`);
  await expect(sickReport).toHaveClass(/done/);

  // A loonsanctie of 12 weeks moves the WIA application (week 93) by 84 days, and nothing
  // before the WIA letter.
  const wiaBefore = addDays(firstDay, 7 * 93 - 1);
  const wia = step('wia-aanvraag');
  await expect(wia).toContainText(`uiterlijk ${shown(wiaBefore)}`);
  const planDue = await step('plan-van-aanpak').locator('.pw-meta').textContent();
  await page.getByRole('combobox', { name: 'Soort', exact: true }).selectOption('loonsanctie');
  await page.getByLabel('Aantal weken').fill('12');
  await page.getByLabel('Datum beslissing UWV').fill(dutch(today));
  await page.getByRole('button', { name: 'Verlenging toevoegen' }).click();
  await expect(wia).toContainText('verschoven met 12 weken');
  await expect(wia).toContainText('week 105');
  await expect(wia).toContainText(`uiterlijk ${shown(addDays(wiaBefore, 84))}`);
  await expect(step('plan-van-aanpak').locator('.pw-meta')).toHaveText(planDue ?? '');
  await page.locator('section.detail').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, '08-poortwachter');
  // The law allows at most 52 weeks in total: 12 + 41 is refused with a Dutch message.
  await page.getByLabel('Aantal weken').fill('41');
  await page.getByLabel('Datum beslissing UWV').fill(dutch(today));
  await page.getByRole('button', { name: 'Verlenging toevoegen' }).click();
  await expect(
    page.getByText('Samen met de vastgelegde verlengingen wordt dit meer dan 52 weken.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByText('Totaal 12 weken.', { exact: false })).toBeVisible();

  // A second client with a UWV jobcoaching trajectory whose plan is due in 8 days.
  const start = addDays(today, -20);
  // The session keeps the open tab when a client is created, so go back to Personalia first.
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await createClient(page, { voornaam: 'Daan', tussenvoegsel: 'de', achternaam: 'Wit' });
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await page.getByRole('combobox', { name: 'Soort traject' }).selectOption('jobcoaching');
  await page.getByRole('combobox', { name: 'Regeling' }).selectOption('wia-wga');
  await page.getByLabel('Startdatum').fill(dutch(start));
  await page.getByLabel('Einddatum').fill(dutch(addDays(start, 365)));
  await page.getByLabel('Toegekende uren').fill('40');
  await page.getByLabel('Budget (€)').fill('4.250');
  await page.getByLabel('Ordernummer of trajectnummer UWV').fill('UWV-2041-778');
  await page.getByLabel('AJ-nummer').fill('AJ-55102');
  await page.getByLabel('Contactpersoon UWV').fill('M. de Boer');
  await page.getByLabel('Arbeidsdeskundige', { exact: true }).fill('P. Hendriks');
  await page.getByLabel('AD-rapport aanwezig').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // Jobcoaching without a support level is refused.
  await expect(page.getByRole('alert')).toHaveText('Dit veld is verplicht.');
  await page.getByRole('combobox', { name: 'Ondersteuningsniveau' }).selectOption('medium');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');
  const milestone = (id: string) => page.locator(`li[data-milestone="${id}"]`);
  await expect(milestone('plan')).toContainText('over 8 dagen');
  await expect(milestone('verantwoording-1')).toHaveClass(/upcoming/);
  await expect(milestone('eind')).toBeVisible();
  await expect(page.getByText('0 van 40 uur')).toBeVisible();
  await shot(page, '09-trajectory');

  // After lock and unlock, the dashboard shows the new deadline.
  await lockAndUnlock(page);
  const noorPlan = deadlineRows(page)
    .filter({ hasText: 'Noor Bakker' })
    .filter({ hasText: /Plan van aanpak/ });
  await expect(noorPlan).toHaveCount(1);
  await expect(noorPlan).toContainText('over 10 dagen');
  await expect(
    deadlineRows(page).filter({ hasText: 'Noor Bakker' }).filter({ hasText: 'Probleemanalyse' }),
  ).toContainText('4 dagen te laat');
  await expect(
    deadlineRows(page).filter({ hasText: 'Daan de Wit' }).filter({ hasText: 'UWV' }),
  ).toContainText('over 8 dagen');
  // Overdue first, then by due date; the done sick report is not listed.
  await expect(deadlineRows(page)).toHaveCount(3);
  await expect(deadlineRows(page).first()).toContainText('Probleemanalyse');
  await expect(page.getByRole('region', { name: 'Termijnen' })).not.toContainText('Ziekmelding');
  // The sick date is medical data: not on the dashboard in any notation.
  const dashboardText = (await page.locator('.dashboard').textContent()) ?? '';
  expect(dashboardText).not.toContain(dutch(firstDay));
  expect(dashboardText).not.toContain(firstDay);
  await expect(page.getByRole('region', { name: 'Uren deze maand' })).toContainText('0 uur');
  await shot(page, '06-dashboard');

  // Clicking the row opens that client's Poortwachter tab; record the step as done.
  await noorPlan.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noor Bakker');
  await expect(page.getByRole('tab', { name: 'Poortwachter' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Closed after the lock: the steps and due dates show, the sick date does not.
  await expect(step('plan-van-aanpak')).toContainText('over 10 dagen');
  expect((await page.locator('section.pw').textContent()) ?? '').not.toContain(dutch(firstDay));
  await openSickDates(page);
  await step('plan-van-aanpak')
    .getByLabel(/gedaan op/i)
    .fill(dutch(today));
  await step('plan-van-aanpak').getByRole('button', { name: 'Vastleggen' }).click();
  await expect(step('plan-van-aanpak')).toContainText(`Gedaan op ${dutch(today)}`);

  await lockAndUnlock(page);
  await expect(deadlineRows(page)).toHaveCount(2);
  await expect(deadlineRows(page).filter({ hasText: 'Noor Bakker' })).toHaveCount(1);
  await expect(deadlineRows(page).filter({ hasText: 'Noor Bakker' })).toContainText(
    'Probleemanalyse',
  );
  await expect(caseloadRows(page)).toHaveCount(2);
  expect(violations).toEqual([]);
});
