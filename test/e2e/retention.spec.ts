import { expect, type Page } from '@playwright/test';
import {
  APP_URL,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  unlock,
} from './app';
import { axeFindings, formatFindings } from './axe';

/**
 * The retention engine (issue 13 part 4) with Playwright's clock: a client whose trajectory
 * ended is archived; two years later "Te verwijderen" lists the dossier on the dashboard at
 * unlock; a legal hold takes it off until its review date, when it is back.
 */

const shot = async (page: Page, name: string) => {
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
};

async function checkA11y(page: Page, screen: string) {
  const findings = await axeFindings(page, screen);
  expect(findings, formatFindings(findings)).toEqual([]);
}

/** Locks and unlocks: the retention check runs at unlock, once a day. */
async function relock(page: Page) {
  await page.getByRole('button', { name: /Vergrendelen/ }).click();
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible({ timeout: 30_000 });
}

async function toDashboard(page: Page) {
  await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  // The requests panel loads with the others: once it is there, so is the retention panel.
  await expect(page.getByRole('heading', { name: 'Verzoeken van cliënten' })).toBeVisible();
}

test('a dossier 2 years after its trajectory ended is due; a legal hold removes it until review', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Kees', achternaam: 'Mulder' });

  // The trajectory ended on 27 February 2026.
  await page.getByRole('tab', { name: 'UWV-traject' }).click();
  await page.getByRole('combobox', { name: 'Soort traject' }).selectOption('naar-werk');
  await page.getByRole('combobox', { name: 'Regeling' }).selectOption('ww');
  await page.getByLabel('Startdatum').fill('01-03-2025');
  await page.getByLabel('Einddatum').fill('27-02-2026');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');

  // The archive dialog says when, from the policy: 2 years after the end of the trajectory.
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await page.getByRole('button', { name: 'Archiveren', exact: true }).click();
  const archive = page.getByRole('dialog', { name: 'Cliënt archiveren?' });
  await expect(archive.getByTestId('archive-retention')).toContainText(
    'komt het dossier op zo 27 feb 2028 op de lijst Te verwijderen',
  );
  await expect(archive.getByTestId('archive-retention')).toContainText(
    'medische gegevens op za 27 mei 2028',
  );
  await expect(archive.getByTestId('archive-retention')).toContainText(
    'Financiële gegevens blijven tot zo 27 feb 2033',
  );
  await archive.getByRole('button', { name: 'Archiveren' }).click();
  await expect(archive).toBeHidden();

  // Today nothing is due.
  await toDashboard(page);
  const panel = page.getByRole('region', { name: 'Te verwijderen' });
  await expect(panel).toHaveCount(0);

  // Two years and a week later (still 2028-03-05 < 27 May, so only the dossier).
  await page.clock.setSystemTime(new Date('2028-03-05T09:00:00'));
  await relock(page);
  await toDashboard(page);
  await expect(panel).toBeVisible();
  const row = panel.locator('ul.retention-list > li', { hasText: 'Kees Mulder' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dossier · te verwijderen sinds zo 27 feb 2028');
  await expect(
    panel.getByRole('button', { name: 'Wissen bevestigen: Dossier van Kees Mulder' }),
  ).toBeVisible();
  await checkA11y(page, 'dashboard: te verwijderen');
  await shot(page, 'retention-dashboard');
  // In English too.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Due for erasure' })).toContainText(
    'File · due since Su 27 Feb 2028',
  );
  await page.getByRole('button', { name: 'NL', exact: true }).click();

  // A legal hold: bad input is named and changes nothing.
  await panel.getByRole('button', { name: 'Langer bewaren: Dossier van Kees Mulder' }).click();
  const hold = page.getByRole('dialog', { name: 'Langer bewaren: Dossier van Kees Mulder' });
  await hold.getByLabel('Opnieuw beoordelen op').fill('01-01-2028');
  await hold.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(hold.getByText('Vul de reden in.')).toBeVisible();
  await expect(hold.getByText('Kies een datum na vandaag.')).toBeVisible();
  await hold
    .getByLabel('Reden (wettelijke grond)')
    .fill('Bezwaarprocedure bij UWV loopt; dossier nodig als bewijs');
  await hold.getByLabel('Opnieuw beoordelen op').fill('01-09-2028');
  await checkA11y(page, 'dialog: legal hold');
  await shot(page, 'retention-hold');
  await hold.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(hold).toBeHidden();

  // Off the due list, listed as held with its review date.
  await expect(row).toHaveCount(0);
  await expect(panel.getByText('Niets te verwijderen.')).toBeVisible();
  await panel.getByText('Langer bewaard (1)').click();
  await expect(panel).toContainText('herbeoordelen op vr 1 sep 2028');

  // It stays off at the next unlock, and medical data comes due on its own day, 27 May:
  // confirming it is not possible while the dossier is held (an erasure is of the client).
  await page.clock.setSystemTime(new Date('2028-06-01T09:00:00'));
  await relock(page);
  await toDashboard(page);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Medische gegevens · te verwijderen sinds za 27 mei 2028');
  await expect(
    panel.getByRole('button', { name: 'Wissen bevestigen: Medische gegevens van Kees Mulder' }),
  ).toBeDisabled();

  // On its review date the dossier is due again.
  await page.clock.setSystemTime(new Date('2028-09-01T09:00:00'));
  await relock(page);
  await toDashboard(page);
  await expect(panel.locator('ul.retention-list > li', { hasText: 'Dossier' })).toContainText(
    'te verwijderen sinds zo 27 feb 2028',
  );

  // "Wissen bevestigen" hands over to the erasure flow (for now the client's Privacy tab).
  await panel.getByRole('button', { name: 'Wissen bevestigen: Dossier van Kees Mulder' }).click();
  await expect(page.getByRole('tab', { name: 'Privacy', selected: true })).toBeVisible();

  // The hold is in the audit log by class and date; its reason is not.
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const audit = page.getByRole('dialog', { name: 'Auditlogboek' });
  await expect(audit).toContainText('Dossier: bewaard tot herbeoordeling op 01-09-2028');
  await expect(audit).not.toContainText('Bezwaarprocedure');
});

test('the policy table in the settings: defaults with sources; a period beyond its bound is refused', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(APP_URL);
  await createVault(page);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const settings = page.getByRole('dialog', { name: 'Instellingen' });
  const table = settings.getByRole('table', { name: 'Bewaartermijnen per soort gegevens' });
  await expect(table.locator('tr[data-class="dossier"]')).toContainText('003 art. 14.2');
  await expect(table.locator('tr[data-class="medical"]')).toContainText('einde termijn dossier');
  await expect(table.locator('tr[data-class="financial"]')).toContainText('vast: 84 maanden');
  await expect(table.locator('tr[data-class="backups"]')).toContainText('14 dagen');
  await expect(table.locator('tr[data-class="audit"]')).toContainText('zolang de kluis bestaat');
  const dossier = settings.getByLabel('Termijn voor Dossier in maanden');
  await expect(dossier).toHaveValue('24');

  await dossier.fill('30');
  await settings.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await expect(settings.getByText('Kies een termijn binnen de wettelijke grenzen.')).toBeVisible();
  await expect(
    settings.getByText('Niet opgeslagen: verbeter de gemarkeerde velden.'),
  ).toBeVisible();

  await dossier.fill('18');
  await settings
    .getByLabel('Termijn voor Dossier gerekend vanaf')
    .selectOption({ label: 'archiveren' });
  await settings.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await expect(settings.getByText('✓ Opgeslagen')).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await checkA11y(page, 'settings: retention policy');
  await settings.locator('form.retention-policy').screenshot({
    path: shouldUpdateScreenshots ? `${SCREENSHOT_DIR}retention-policy.png` : undefined,
  });

  // Saved in the vault: after a lock and unlock the table shows it.
  await settings.getByRole('button', { name: 'Sluiten' }).click();
  await relock(page);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByLabel('Termijn voor Dossier in maanden')).toHaveValue('18');
});
