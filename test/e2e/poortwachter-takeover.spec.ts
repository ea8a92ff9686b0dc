import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  recordConsent,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
  openSickDates,
} from './app';

/** Calendar arithmetic on ISO dates, in UTC so no DST shift can move a day. */
const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });

const deadlineRows = (page: Page) =>
  page.getByRole('region', { name: 'Termijnen' }).getByRole('listitem');

test('a case taken over in week 39: six red steps, one n.v.t. with a reason, the rest done before the takeover in one go, off the dashboard; a loonsanctie before week 42 warns', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await createVault(page);
  const today = await browserToday(page);
  // Day 271 of the sickness: week 39. Steps up to the 5th evaluation (week 38) are past.
  const firstDay = addDays(today, -270);

  await createClient(page, { voornaam: 'Emre', achternaam: 'Çelik', woonplaats: 'Deventer' });
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Poortwachter' }).click();
  await expect(page.getByText('Nog geen Poortwachterdossier.')).toBeVisible();
  await openSickDates(page);
  await page.getByLabel('Eerste ziektedag').fill(dutch(firstDay));
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();

  const step = (id: string) => page.locator(`li[data-step="${id}"]`);
  const overdue = page.locator('li.pw-item.overdue');
  await expect(overdue).toHaveCount(8);
  // The previous arbodienst's file has the dates of the sick report and problem analysis.
  for (const [id, day] of [
    ['ziekmelding-arbodienst', 3],
    ['probleemanalyse', 40],
  ] as const) {
    await step(id)
      .getByLabel(/gedaan op/i)
      .fill(dutch(addDays(firstDay, day)));
    await step(id).getByRole('button', { name: 'Vastleggen' }).click();
    await expect(step(id)).toContainText('Gedaan op');
  }
  await expect(overdue).toHaveCount(6);

  // The dashboard shows the six, too.
  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  await expect(deadlineRows(page).filter({ hasText: 'Emre Çelik' })).toHaveCount(6);
  await caseloadRows(page).filter({ hasText: 'Emre Çelik' }).click();
  await page.getByRole('tab', { name: 'Poortwachter' }).click();

  // The takeover, then the step that does not apply: a reason is required.
  await page.getByRole('button', { name: 'Overname vastleggen…' }).click();
  await page.getByLabel('Overgenomen op').fill(dutch(today));
  await page.getByLabel('Van (optioneel)').fill('Arbodienst Oost');
  await page.getByRole('button', { name: 'Overname vastleggen', exact: true }).click();
  await expect(page.getByText(`Overgenomen op`).first()).toContainText('van Arbodienst Oost');
  await expect(page.getByText('6 stappen met een uiterste datum vóór de overname')).toBeVisible();

  const fifth = step('evaluatie-plan-van-aanpak-5');
  await fifth.getByRole('button', { name: /niet van toepassing/ }).click();
  await fifth.getByRole('button', { name: 'Vastleggen' }).last().click();
  await expect(fifth.getByRole('alert')).toHaveText(
    'Geef de reden waarom deze stap niet van toepassing is.',
  );
  await fifth
    .getByLabel(/reden waarom niet van toepassing/)
    .fill('Vervangen door nieuw plan van aanpak');
  await fifth.getByRole('button', { name: 'Vastleggen' }).last().click();
  await expect(fifth).toContainText('Niet van toepassing: Vervangen door nieuw plan van aanpak');
  await expect(fifth).toHaveClass(/done/);
  await expect(overdue).toHaveCount(5);

  await page.getByRole('button', { name: 'Alle 5 als gedaan vóór overname markeren' }).click();
  await expect(overdue).toHaveCount(0);
  await expect(step('plan-van-aanpak')).toContainText('Gedaan vóór overname');
  await expect(page.getByText('Alle stappen van vóór de overname zijn afgehandeld.')).toBeVisible();

  // A loonsanctie now, in week 39: UWV cannot have decided one yet. The warning shows as the
  // date is typed, and stays with the saved extension; saving is not blocked.
  await page.getByRole('combobox', { name: 'Soort', exact: true }).selectOption('loonsanctie');
  await page.getByLabel('Aantal weken').fill('12');
  await page.getByLabel('Datum beslissing UWV').fill(dutch(today));
  const live = page.getByRole('alert').filter({ hasText: 'Klopt deze loonsanctie?' });
  await expect(live).toContainText('vóór week 42 is waarschijnlijk een vergissing');
  await page.getByLabel('Datum beslissing UWV').fill('');
  await page.getByRole('button', { name: 'Verlenging toevoegen' }).click();
  const saved = page.locator('.pw-list li').filter({ hasText: 'zonder datum UWV-beslissing' });
  await expect(saved).toContainText('UWV legt een loonsanctie op bij beslissing');
  await expect(saved).toContainText('vóór week 42 is waarschijnlijk een vergissing');

  await page
    .locator('.pw-side-card')
    .filter({ hasText: 'Verlenging van de wachttijd' })
    .screenshot({ path: test.info().outputPath('poortwachter-loonsanctie.png') });
  await page.locator('section.detail').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('poortwachter-takeover.png') });
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: `${SCREENSHOT_DIR}poortwachter-takeover.png` });

  // Locked and unlocked: the compartment is closed, the dashboard reads the projection and
  // lists none of the settled steps; the tab shows steps and due dates, no sick date.
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Emre Çelik');
  await expect(page.getByText('De ziektedata, gedaan-datums en redenen staan')).toBeVisible();
  await expect(step('plan-van-aanpak')).toHaveClass(/done/);
  await expect(step('evaluatie-plan-van-aanpak-5')).toContainText('n.v.t.');
  await expect(page.locator('li.pw-item.overdue')).toHaveCount(0);
  const tabText = (await page.locator('section.pw').textContent()) ?? '';
  expect(tabText).not.toContain(dutch(firstDay));
  expect(tabText).not.toContain('Vervangen door nieuw plan');
  await page.screenshot({ path: test.info().outputPath('poortwachter-closed.png') });
  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Termijnen' })).toBeVisible();
  await expect(deadlineRows(page).filter({ hasText: 'Emre Çelik' })).toHaveCount(0);
});
