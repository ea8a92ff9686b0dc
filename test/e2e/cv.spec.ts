import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfPagesText } from '../unit/renderer/features/cv/pdf-text';
import {
  APP_URL,
  caseloadRows,
  createClient,
  createVault,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  unlock,
  test,
} from './app';

const BSN = '111222333';

const shot = async (page: Page, name: string) => {
  if (shouldUpdateScreenshots) await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
};

const items = (page: Page, list: string) =>
  page.getByRole('list', { name: list, exact: true }).locator('.cv-item-title');

async function addItem(page: Page, button: string, fields: Record<string, string>) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fields)) {
    if (value === 'on') await dialog.getByLabel(label, { exact: true }).check();
    else await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog).toBeHidden();
}

/** A real pointer drag on the handle, in small steps as a hand would move. */
async function drag(page: Page, handle: Locator, onto: Locator) {
  const from = await handle.boundingBox();
  const to = await onto.boundingBox();
  if (!from || !to) throw new Error('not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 8, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 15 });
  await page.mouse.up();
}

test('CV: fill, validate, reorder by buttons, mouse and keyboard, save, lock, unlock, PDF', async ({
  app,
}) => {
  const { page, context } = app;
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, {
    voornaam: 'Ayşe',
    achternaam: 'Yılmaz',
    woonplaats: 'Zwolle',
    telefoon: '0612345678',
    email: 'ayse@example.nl',
    clientnummer: 'K-2001',
    bsn: BSN,
  });
  await page.getByRole('tab', { name: 'CV' }).click();
  await expect(page.getByText('Nog niets toegevoegd.').first()).toBeVisible();

  // Special categories in CV free text: marked as in the logbook, with the CV's advice, and
  // gone once the words are.
  const profile = page.getByLabel('Profieltekst');
  await profile.fill('Na mijn burn-out en de sertraline weer fit voor orderwerk.');
  const findings = page.locator('.cv-card .special-findings');
  await expect(findings).toContainText('Een cv gaat naar werkgevers');
  await expect(findings.locator('mark')).toHaveText(['burn-out', 'sertraline']);
  await expect(findings.getByRole('button')).toHaveCount(0);
  await profile.fill('Zorgvuldige orderpicker die graag in een team werkt.');
  await expect(findings).toHaveCount(0);

  // Education, twice.
  await addItem(page, '+ Opleiding toevoegen', {
    'Opleiding of titel': 'MBO Logistiek medewerker',
    'School of instelling': 'Deltion College',
    'Van (mm-jjjj)': '09-2010',
    'Tot (mm-jjjj)': '06-2012',
    'Diploma behaald': 'on',
  });
  await addItem(page, '+ Opleiding toevoegen', {
    'Opleiding of titel': 'VMBO Basis',
    'Van (mm-jjjj)': '2006',
    'Tot (mm-jjjj)': '2010',
  });

  // A wrong item keeps the dialog open with everything typed, and names each problem.
  await page.getByRole('button', { name: '+ Werkervaring toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Werkgever').fill('Bol.com');
  await dialog.getByLabel('Van (mm-jjjj)').fill('13-2018');
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog.getByText('Dit veld is verplicht.')).toBeVisible();
  await expect(dialog.getByText('Geen geldige maand en jaar')).toBeVisible();
  await expect(dialog.getByLabel('Werkgever')).toHaveValue('Bol.com');
  await expect(dialog.getByLabel('Van (mm-jjjj)')).toHaveValue('13-2018');
  await dialog.getByLabel('Functie').fill('Orderpicker');
  await dialog.getByLabel('Van (mm-jjjj)').fill('03-2018');
  await dialog.getByLabel('Tot heden').check();
  await expect(dialog.getByLabel('Tot (mm-jjjj)')).toBeDisabled();
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(dialog).toBeHidden();

  await addItem(page, '+ Werkervaring toevoegen', {
    Functie: 'Kok',
    Werkgever: 'Restaurant De Zon',
    'Van (mm-jjjj)': '2012',
    'Tot (mm-jjjj)': '02-2018',
  });
  await addItem(page, '+ Werkervaring toevoegen', {
    Functie: 'Schoonmaker',
    Werkgever: 'CSU',
    'Van (mm-jjjj)': '2010',
    'Tot (mm-jjjj)': '2012',
  });
  await expect(items(page, 'Werkervaring')).toHaveText(['Orderpicker', 'Kok', 'Schoonmaker']);
  await expect(page.getByText('mrt. 2018 – heden')).toBeVisible();

  // Reorder 1: the down button, which keeps the focus on the moved item.
  await page.getByRole('button', { name: 'Omlaag: Orderpicker' }).click();
  await expect(items(page, 'Werkervaring')).toHaveText(['Kok', 'Orderpicker', 'Schoonmaker']);
  await expect(page.getByRole('button', { name: 'Omlaag: Orderpicker' })).toBeFocused();

  // Reorder 2: drag with the mouse, Schoonmaker to the top. The list is scrolled to the top
  // of the pane first, so the sticky save bar does not cover the handle.
  await page
    .getByRole('heading', { name: 'Werkervaring' })
    .evaluate((h) => h.scrollIntoView({ block: 'start' }));
  const workRows = page.getByRole('list', { name: 'Werkervaring', exact: true }).locator('li');
  await drag(page, page.getByRole('button', { name: 'Verslepen: Schoonmaker' }), workRows.first());
  await expect(items(page, 'Werkervaring')).toHaveText(['Schoonmaker', 'Kok', 'Orderpicker']);

  // Reorder 3: dnd-kit's keyboard sensor, space, arrow up, space, announced in Dutch.
  const orderpicker = page.getByRole('button', { name: 'Verslepen: Orderpicker' });
  await orderpicker.focus();
  await page.keyboard.press('Space');
  await expect(orderpicker).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Orderpicker is nu op positie 2 van 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Orderpicker neergezet op positie 2 van 3.')).toBeAttached();
  await expect(items(page, 'Werkervaring')).toHaveText(['Schoonmaker', 'Orderpicker', 'Kok']);

  await page.getByRole('button', { name: 'Omhoog: VMBO Basis' }).click();
  await expect(items(page, 'Opleidingen')).toHaveText(['VMBO Basis', 'MBO Logistiek medewerker']);

  await addItem(page, '+ Taal toevoegen', { Taal: 'Turks' });
  await page.getByRole('checkbox', { name: 'B', exact: true }).check();
  await page.getByLabel('Eigen auto').check();

  // Unsaved edits survive a switch to another tab (in memory only).
  await expect(page.getByText('Niet-opgeslagen wijzigingen')).toBeVisible();
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await page.getByRole('tab', { name: 'CV' }).click();
  await expect(items(page, 'Werkervaring')).toHaveText(['Schoonmaker', 'Orderpicker', 'Kok']);

  // A wrong travel time: nothing is saved, nothing is lost, the field says why.
  await page.getByLabel('Maximale reistijd (minuten, enkele reis)').fill('2 uur');
  await page.getByRole('button', { name: 'CV opslaan' }).click();
  await expect(page.getByText('Geef een aantal minuten tussen 1 en 600.')).toBeVisible();
  await expect(page.locator('.cv-actions > .status')).toContainText(
    'Controleer de gemarkeerde velden',
  );
  await expect(page.getByLabel('Profieltekst')).toHaveValue(/Zorgvuldige orderpicker/);
  await page.getByLabel('Maximale reistijd (minuten, enkele reis)').fill('45');
  await page.getByRole('button', { name: 'CV opslaan' }).click();
  await expect(page.locator('.cv-actions > .status')).toContainText('Opgeslagen');

  // The PDF's embedded font prints ş and ı: no notice about replaced letters.
  await expect(page.getByText(/lettertype van de PDF kent/)).toHaveCount(0);

  // Lock and unlock: the CV is there, in the new order.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  expect(await page.content()).not.toContain('Schoonmaker');
  await unlock(page);
  await caseloadRows(page).first().click();
  await page.getByRole('tab', { name: 'CV' }).click();
  await expect(items(page, 'Werkervaring')).toHaveText(['Schoonmaker', 'Orderpicker', 'Kok']);
  await expect(items(page, 'Opleidingen')).toHaveText(['VMBO Basis', 'MBO Logistiek medewerker']);
  await expect(page.getByLabel('Profieltekst')).toHaveValue(/Zorgvuldige orderpicker/);
  await expect(page.getByLabel('Maximale reistijd (minuten, enkele reis)')).toHaveValue('45');
  await expect(page.getByRole('checkbox', { name: 'B', exact: true })).toBeChecked();
  await expect(page.getByText('Laatst opgeslagen')).toBeVisible();
  await page
    .getByRole('heading', { name: 'Profiel' })
    .evaluate((h) => h.scrollIntoView({ block: 'start' }));
  // Only the dossier pane scrolls; the window itself stays put (header and caseload visible).
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  await shot(page, '07-cv-tab');

  // The PDF: only on this click, named after the client, a real PDF with the new order.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CV als PDF downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('CV-Yılmaz-Ayşe.pdf');
  const bytes = new Uint8Array(readFileSync(await download.path()));
  expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(1024);
  const text = (await pdfPagesText(bytes)).join('\n');
  expect(text.split('\n')[0]).toBe('Ayşe Yılmaz');
  expect(text.indexOf('Schoonmaker')).toBeLessThan(text.indexOf('Orderpicker'));
  expect(text.indexOf('Orderpicker')).toBeLessThan(text.indexOf('Kok'));
  expect(text).toContain('06 12345678');
  for (const secret of [BSN, 'K-2001', 'Zwolle']) expect(text).not.toContain(secret);
  await expect(page.getByText('PDF gedownload.')).toBeVisible();

  // dnd-kit and the PDF worked without a <style> tag or any CSP violation.
  expect(await page.locator('style').count()).toBe(0);
  expect(violations).toEqual([]);

  if (shouldUpdateScreenshots) {
    await page.locator('.detail').evaluate((d) => d.scrollTo(0, d.scrollHeight));
    await shot(page, '07-cv-tab-bottom');
    await page.getByRole('button', { name: 'Bewerken: Orderpicker' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, '07-cv-dialog');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    // Chromium's own PDF viewer shows what the client gets.
    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 900, height: 1200 });
    await viewer.goto(`file://${await download.path()}`).catch(() => undefined);
    await viewer.waitForTimeout(2500);
    await viewer.screenshot({ path: `${SCREENSHOT_DIR}07-cv-pdf.png` });
  }
});
