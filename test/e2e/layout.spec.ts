import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import {
  APP_URL,
  createClient,
  createVault,
  PASSPHRASE,
  recordConsent,
  SCREENSHOT_DIR,
  shouldUpdateScreenshots,
  test,
  openSickDates,
} from './app';
import { DOSSIER_TABS } from '../../renderer/state/tabs';

/**
 * Issue 11, item 4 (layout): every tab reachable at 1024 px wide and at 150 % zoom,
 * "Opgeslagen" in view at 768 px high, checkboxes and radios beside their labels, padded
 * health text areas, a favicon. Also writes the dossier and dashboard screenshots at
 * 1024×768 and 1366×768 (always to /tmp/layout-*.png, to docs/ with UPDATE_SCREENSHOTS=1).
 */

/** 150 % browser zoom on a 1366×768 laptop leaves this many CSS pixels. */
const ZOOM_150 = { width: Math.round(1366 / 1.5), height: Math.round(768 / 1.5) };
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '150pct', ...ZOOM_150 },
];

const shot = async (page: Page, name: string, docs: boolean) => {
  await page.screenshot({ path: `/tmp/layout-${name}.png` });
  if (docs && shouldUpdateScreenshots)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
};

/** dd-mm-jjjj, `days` from the browser's today (the app counts deadlines from that day). */
const dutchDaysFromToday = (page: Page, days: number) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
  }, days);

const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const over = (el: Element | null) => (el ? el.scrollWidth - el.clientWidth : 0);
    return {
      page: over(document.documentElement),
      detail: over(document.querySelector('section.detail')),
    };
  });

/** Every tab lies wholly inside the window and inside its tab bar: nothing cut off. */
async function expectAllTabsShown(page: Page, size: string) {
  const tabs = page.getByRole('tab');
  const bar = await page.getByRole('tablist').boundingBox();
  const viewport = page.viewportSize();
  if (!bar || !viewport) throw new Error('no tab bar or viewport');
  for (const tab of await tabs.all()) {
    const box = await tab.boundingBox();
    const label = await tab.textContent();
    expect(box, `${size}: tab ${label}`).not.toBeNull();
    if (!box) continue;
    expect(box.x, `${size}: tab ${label} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${size}: tab ${label} ends inside the window`).toBeLessThanOrEqual(
      viewport.width,
    );
    expect(box.x + box.width, `${size}: tab ${label} ends inside its bar`).toBeLessThanOrEqual(
      bar.x + bar.width + 0.5,
    );
    // One line of text: no label broken over two lines ("UWV-/traject").
    expect(box.height, `${size}: tab ${label} on one line`).toBeLessThan(48);
  }
  expect(await noHorizontalOverflow(page), `${size}: no sideways scrolling`).toEqual({
    page: 0,
    detail: 0,
  });
}

test('every dossier tab is visible and clickable at 1366 and 1024 px wide and at 150 % zoom, in Dutch and English', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, {
    voornaam: 'Hanneke',
    tussenvoegsel: 'van der',
    achternaam: 'Berg-Çelik',
    woonplaats: "'s-Hertogenbosch",
    clientnummer: 'K-2026-0042',
  });
  for (const language of ['NL', 'EN']) {
    await page.getByRole('button', { name: language, exact: true }).click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const label = `${size.name} ${language}`;
      await expectAllTabsShown(page, label);
      const tabs = page.getByRole('tab');
      const count = await tabs.count();
      // Every part of the dossier has its tab (renderer/state/tabs.ts), none hidden away.
      expect(count).toBe(DOSSIER_TABS.length);
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i);
        // In view as it is: the coach does not have to scroll to find a tab.
        await expect(tab, `${label}: ${await tab.textContent()}`).toBeInViewport();
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
      }
      await tabs.first().click();
      await shot(page, `dossier-tabs-${size.name}-${language.toLowerCase()}`, false);
    }
  }
});

test('"Opgeslagen" is in view at 768 px high: a new client, the personalia, a logbook entry', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  const detail = page.locator('section.detail');
  const saved = page.getByRole('status').filter({ hasText: 'Opgeslagen' });

  for (const size of SIZES.slice(0, 2)) {
    await page.setViewportSize(size);
    // "Cliënt aanmaken" opens the new dossier at its top; the long form's status is at its end.
    await createClient(page, {
      voornaam: 'Yusuf',
      achternaam: `Özdemir ${size.name}`,
      woonplaats: 'Almelo',
    });
    await expect(saved, `${size.name}: new client`).toBeInViewport();
    await shot(page, `client-created-${size.name}`, false);
    // A change at the top of the form, saved with the button as it is: no scrolling.
    await page.getByLabel('Voorletters').fill('Y.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(saved, `${size.name}: personalia`).toBeInViewport();

    await page.getByRole('tab', { name: 'Logboek' }).click();
    await page.keyboard.press('Alt+N');
    const composer = page.getByRole('form', { name: 'Nieuw contact' });
    await composer
      .getByLabel('Verslag van het gesprek')
      .fill(`Gesprek op ${size.name}: sollicitatie bij de bakker voorbereid.`);
    await composer.getByLabel('Afspraken en vervolgstappen').fill('Yusuf stuurt de brief vrijdag.');
    // As a coach with a mouse: scroll down to the button, then click it.
    await detail.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await composer.getByRole('button', { name: /^Opslaan/ }).click();
    await expect(composer).toBeHidden();
    await expect(saved, `${size.name}: logbook`).toBeInViewport();
    await shot(page, `logbook-saved-${size.name}`, false);
    await page.getByRole('tab', { name: 'Personalia' }).click();
  }
});

/** How far each checkbox or radio in `scope` sits from the start of its label's text. */
const gapsToLabelText = (scope: Locator) =>
  scope
    .locator('label:has(> input[type=checkbox]), label:has(> input[type=radio])')
    .evaluateAll((labels) =>
      labels.map((label) => {
        const input = label.querySelector('input') as HTMLInputElement;
        const text = [...label.childNodes].find(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        const range = document.createRange();
        if (text) range.selectNodeContents(text);
        const i = input.getBoundingClientRect();
        const t = range.getBoundingClientRect();
        return {
          label: label.textContent?.trim() ?? '',
          gap: Math.round(t.left - i.right),
          // The box is centred on the first line of its label.
          offset: Math.round(i.top + i.height / 2 - (t.top + Math.min(t.height, 20) / 2)),
        };
      }),
    );

const expectBesideLabels = async (scope: Locator, what: string) => {
  const gaps = await gapsToLabelText(scope);
  expect(gaps.length, what).toBeGreaterThan(0);
  for (const g of gaps) {
    expect(g.gap, `${what}: "${g.label}" gap`).toBeGreaterThanOrEqual(0);
    // A 14 px lock icon may sit between box and words ("Verzegeld opslaan").
    expect(g.gap, `${what}: "${g.label}" gap`).toBeLessThanOrEqual(30);
    expect(Math.abs(g.offset), `${what}: "${g.label}" vertical offset`).toBeLessThanOrEqual(4);
  }
};

test('checkboxes and radios sit beside their labels, the health text areas are padded', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await createVault(page);
  await expectBesideLabels(page.locator('aside.caseload'), 'caseload');
  await createClient(page, { voornaam: 'Pieter', tussenvoegsel: "in 't", achternaam: 'Veld' });

  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Alt+N');
  const composer = page.getByRole('form', { name: 'Nieuw contact' });
  // The composer opens after the shortcut has been handled (it catches keys typed meanwhile).
  await expect(composer.getByText('Verzegeld opslaan')).toBeVisible();
  await expectBesideLabels(composer, '"Verzegeld opslaan"');
  await shot(page, 'seal-toggle', false);
  await composer.getByRole('button', { name: 'Annuleren' }).click();

  await recordConsent(page);
  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await expectBesideLabels(dialog, 'purpose');
  await shot(page, 'open-compartment', false);
  await dialog.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });

  const areas = page.locator('form.health-form textarea');
  await expect(areas).toHaveCount(3);
  for (const area of await areas.all()) {
    const padding = await area.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.paddingTop, s.paddingLeft].map((v) => parseFloat(v));
    });
    for (const p of padding) expect(p).toBeGreaterThanOrEqual(6);
  }
  await page.getByLabel('Functionele beperkingen').fill('Kan niet langer dan 30 minuten staan.');
  await shot(page, 'health-form', false);
  await page.locator('form.health-form').getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opgeslagen in het afgeschermde deel' }),
  ).toBeInViewport();

  await page.getByRole('tab', { name: 'Personalia' }).click();
  await page.getByRole('button', { name: 'Wat deel ik?' }).click();
  await expectBesideLabels(
    page.getByRole('dialog', { name: 'Wat laat ik zien als de cliënt meekijkt?' }),
    'session mode choice',
  );
});

test('a favicon: the compass mark, served with the app and allowed by the CSP', async ({ app }) => {
  const { page } = app;
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(APP_URL);
  const href = await page.locator('link[rel=icon]').getAttribute('href');
  expect(href).toBe('./favicon.svg');
  // What the browser fetches for the tab, from the built app (dist/renderer, which the
  // Electron build packs whole).
  const icon = await page.request.get(new URL(href ?? '', APP_URL).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(await icon.text()).toContain('#0f5c63');
  // And it renders as an image under the page's own CSP.
  const loaded = await page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth > 0);
        img.onerror = () => resolve(false);
        img.src = src;
      }),
    href ?? '',
  );
  expect(loaded).toBe(true);
  expect(refused).toEqual([]);
});

/**
 * Enters a first sick day on the open client's Poortwachter tab. Sick dates are health data:
 * a legal ground first, then the compartment opened on the tab.
 */
async function sickSince(page: Page, days: number) {
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Poortwachter' }).click();
  await openSickDates(page);
  await page.getByLabel('Eerste ziektedag').fill(await dutchDaysFromToday(page, days));
}

test('screenshots: the dossier with all its tabs and the dashboard, at 1024×768 and 1366×768', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(APP_URL);
  await createVault(page);
  // A realistic small caseload: a Poortwachter case due soon, a logged contact, an overdue step.
  await createClient(page, {
    voornaam: 'Emre',
    achternaam: 'Çelik',
    woonplaats: 'Zwolle',
    clientnummer: 'K-2026-0017',
    telefoon: '0612345678',
  });
  await sickSince(page, -41);
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();
  await expect(page.locator('li[data-step="plan-van-aanpak"]')).toContainText('over 14 dagen');
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await createClient(page, {
    voornaam: 'Hanneke',
    tussenvoegsel: 'van der',
    achternaam: 'Berg',
    woonplaats: 'Deventer',
    clientnummer: 'K-2026-0018',
  });
  await sickSince(page, -50);
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();
  await expect(page.locator('li[data-step="probleemanalyse"]')).toContainText('te laat');
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Alt+N');
  await page
    .getByLabel('Verslag van het gesprek')
    .fill('Kennismaking bij de werkgever; afspraken over aangepast werk in de ochtend.');
  await page.getByLabel('Verslag van het gesprek').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await createClient(page, {
    voornaam: 'Pieter',
    tussenvoegsel: "in 't",
    achternaam: 'Veld',
    woonplaats: 'Apeldoorn',
    clientnummer: 'K-2026-0019',
  });

  for (const size of SIZES) {
    await page.setViewportSize(size);
    const docs = size.name !== '150pct';
    await page.getByRole('option', { name: /Çelik/ }).click();
    await page.getByRole('tab', { name: 'Personalia' }).click();
    await page.locator('section.detail').evaluate((el) => el.scrollTo(0, 0));
    await expectAllTabsShown(page, size.name);
    await shot(page, `dossier-${size.name}`, docs);
    await page.getByRole('tab', { name: 'Poortwachter' }).click();
    await shot(page, `dossier-poortwachter-${size.name}`, docs);
    // Every other tab too, for looking at (not kept in docs/).
    for (const name of ['Logboek', 'CV', 'UWV-traject', 'Documenten', 'Gezondheid', 'Privacy']) {
      await page.getByRole('tab', { name }).click();
      await shot(page, `tab-${name.toLowerCase()}-${size.name}`, false);
    }
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    await expect(page.getByText('over 14 dagen').first()).toBeVisible();
    await shot(page, `dashboard-${size.name}`, docs);
  }
});
