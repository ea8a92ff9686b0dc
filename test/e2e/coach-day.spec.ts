import { expect, type Page } from '@playwright/test';
import { APP_URL, createClient, createVault, recordConsent, unlock, test } from './app';

/**
 * A coach's working day without friction (issue 11): the blockers, nothing typed lost, and
 * the keyboard path. Screenshots at 1366×768 go to /tmp/coach-day-*.png.
 */
const composer = (page: Page) => page.getByRole('form', { name: /Nieuw contact|Contact bewerken/ });
const summary = (page: Page) => composer(page).getByLabel('Verslag van het gesprek');
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/coach-day-${name}.png` });

// The walkthrough's laptop screen.
test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

test('a sealed draft never blocks the logbook: said why, a new entry still starts, discard is audited', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Emre', achternaam: 'Çelik', woonplaats: 'Zwolle' });

  // A health remark before any consent is recorded: the draft is sealed by itself.
  await page.keyboard.press('Control+N');
  await summary(page).fill('Ze vertelde over haar depressie en slaapt slecht.');
  await expect(page.getByText('Concept bewaard (versleuteld)')).toBeVisible();
  await page.keyboard.press('Control+L');
  await unlock(page);
  await page.getByRole('option', { name: /Çelik/ }).click();
  await page.getByRole('tab', { name: 'Logboek' }).click();

  // The draft is said to exist, with why it cannot be opened yet.
  const waiting = page.getByRole('region', { name: 'Verzegelde concepten' });
  await expect(waiting).toContainText('Verzegeld concept');
  await expect(waiting).toContainText('nog geen grondslag voor bijzondere persoonsgegevens');
  await expect(waiting.getByRole('button', { name: 'Verder schrijven' })).toBeDisabled();

  // New work is never blocked: the button and the shortcut both open a fresh composer.
  await page.getByRole('button', { name: /Nieuw contact/ }).click();
  await expect(composer(page)).toBeVisible();
  await expect(summary(page)).toHaveValue('');
  await summary(page).fill('Telefonisch: sollicitatie bij de bakker besproken.');
  await summary(page).press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'bakker' })).toBeVisible();
  // The sealed draft is still there, untouched by the new entry.
  await expect(waiting).toContainText('Verzegeld concept');
  await shot(page, 'sealed-draft-waiting');
  // In English too.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const waitingEn = page.getByRole('region', { name: 'Sealed drafts' });
  await expect(waitingEn).toContainText('Cannot be opened yet: no legal ground');
  await shot(page, 'sealed-draft-waiting-en');
  await page.getByRole('button', { name: 'NL', exact: true }).click();

  // Once a legal ground exists and the compartment opens, it can be continued.
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(waiting).toContainText('Open het afgeschermde deel');

  // Or thrown away unread, which the audit log records.
  await waiting.getByRole('button', { name: 'Weggooien…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Verzegeld concept weggooien?' });
  await confirm.getByRole('button', { name: 'Weggooien', exact: true }).click();
  await expect(waiting).toBeHidden();
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Auditlogboek' })
      .getByRole('cell', { name: 'Verzegeld concept weggegooid' }),
  ).toBeVisible();
});

test('every new-client form starts clean, and a failed save keeps only what was typed', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Hanneke', achternaam: 'van der Berg' });
  const form = page.locator('form.client-form');
  await form.getByLabel('Toevoeging').fill('bis');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Opgeslagen');

  // A new person; the save fails on a bad phone number.
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  await expect(form.getByLabel('Toevoeging')).toHaveValue('');
  await form.getByLabel('Voornaam').fill('Yusuf');
  await form.getByLabel('Achternaam').fill('Özdemir');
  await form.getByLabel('Toevoeging').fill('A');
  await form.getByLabel('Telefoon').fill('12');
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.locator('.form-actions [role=status]')).toContainText('Controleer');
  // The failed save keeps the coach's own input.
  await expect(form.getByLabel('Achternaam')).toHaveValue('Özdemir');
  await expect(form.getByLabel('Toevoeging')).toHaveValue('A');

  // "+ Nieuwe cliënt" again: a clean form, nothing of either person.
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  for (const label of ['Voornaam', 'Achternaam', 'Toevoeging', 'Telefoon'])
    await expect(form.getByLabel(label)).toHaveValue('');
});

test('the idle lock is announced 30 seconds ahead with a countdown any key cancels', async ({
  app,
}) => {
  const { page } = app;
  await page.clock.install();
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Sem', achternaam: 'de Vries' });

  const warning = page.getByRole('alertdialog', { name: 'Koers vergrendelt bijna' });
  await page.clock.fastForward('04:20');
  await expect(warning).toBeHidden();
  await page.clock.fastForward('00:15');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/Vergrendelen over (2[0-9]|30) seconden/);
  await shot(page, 'idle-warning');
  // Any key cancels: the full five minutes start over.
  await page.keyboard.press('Shift');
  await expect(warning).toBeHidden();
  // In English the same warning.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.clock.fastForward('04:35');
  await expect(page.getByRole('alertdialog', { name: 'Koers is about to lock' })).toContainText(
    /Locking in \d+ seconds/,
  );
  await shot(page, 'idle-warning-en');
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(warning).toBeHidden();
  await page.clock.fastForward('04:20');
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await expect(warning).toBeHidden();
  await page.clock.fastForward('00:45');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
});

async function threeClients(page: Page) {
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Hanneke', achternaam: 'van der Berg' });
  await createClient(page, { voornaam: 'Yusuf', achternaam: 'Özdemir' });
  await createClient(page, { voornaam: 'Pieter', tussenvoegsel: "in 't", achternaam: 'Veld' });
}

test('keyboard: a skip link, the caseload as one Tab stop with arrows, Enter in the search', async ({
  app,
}) => {
  const { page } = app;
  await threeClients(page);
  await page.getByRole('button', { name: 'Overzicht' }).click();

  // The skip link is the first Tab stop, shows itself on focus, and lands in the content.
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  expect(
    await page.evaluate(
      () =>
        document.querySelector('a[href], button, input, select, textarea, [tabindex="0"]')
          ?.textContent,
    ),
  ).toBe('Naar de inhoud');
  await skip.focus();
  await expect(skip).toBeInViewport();
  await shot(page, 'skip-link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  // The caseload is one Tab stop; arrows move inside it.
  const rows = page.getByRole('listbox', { name: 'Caseload' }).getByRole('option');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((els) => els.filter((e) => e.tabIndex === 0).length)).toBe(1);
  await page.getByRole('checkbox', { name: 'Toon gearchiveerde cliënten' }).focus();
  await page.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    (await rows.nth(1).locator('.row-name').textContent()) ?? '',
  );
  // One more Tab leaves the list.
  await page.keyboard.press('Tab');
  await expect(rows.nth(0)).not.toBeFocused();
  await expect(rows.nth(2)).not.toBeFocused();

  // Enter in the search opens the single hit.
  const search = page.getByRole('searchbox', { name: /Zoek op naam/ });
  await search.fill('ozdem');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Özdemir');
});

test('keyboard: Alt+N and typing at once, the shortcut help, focus kept after "Verzegeld opslaan"', async ({
  app,
}) => {
  const { page } = app;
  await threeClients(page);

  // `?` shows the shortcuts.
  await page.locator('main#main').focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toContainText('Alt');
  await shot(page, 'shortcut-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.locator('main#main').focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'New logbook contact',
  );
  await shot(page, 'shortcut-help-en');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'NL', exact: true }).click();

  // Alt+N, type at once, Ctrl+Enter: a complete entry with no navigation keystrokes.
  await page.keyboard.press('Alt+N');
  await expect(composer(page)).toBeVisible();
  await expect(summary(page)).toBeFocused();
  await page.keyboard.type('Kennismaking, cv doorgenomen.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  // "Verzegeld opslaan" keeps the cursor in the composer (with a legal ground on record).
  await recordConsent(page);
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Alt+N');
  await page.keyboard.type('Ze is weer opgenomen met een depressie.');
  await page.getByRole('button', { name: 'Verzegeld opslaan', exact: true }).click();
  await expect(summary(page)).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
});

test('keyboard: Alt+N and Ctrl+N then typing with no wait at all: every key lands in the entry', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Emre', achternaam: 'Çelik', woonplaats: 'Zwolle' });

  // A laptop that is busy (a video call, a virus scan): the composer takes a while to appear.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 12 });

  // From the personalia tab with the cursor in a field: the shortcut, the text and the save
  // sent back to back, as a coach types blind. Nothing may go to the page or to that field.
  await page.getByLabel('Woonplaats').focus();
  await page.keyboard.press('Alt+N');
  await page.keyboard.type('Sollicitatie bij de bakker besproken.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  const entries = page.getByRole('listitem');
  await expect(entries.filter({ hasText: 'bakker' })).toContainText(
    'Sollicitatie bij de bakker besproken.',
  );

  // Again from the logbook tab itself, with Ctrl+N (the desktop shortcut), a Backspace and
  // Enter typed ahead too.
  await page.keyboard.press('Control+N');
  await page.keyboard.type('Sollicitatie bij de slagerij');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(', cv meegegeven.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Volgende week bellen.');
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toHaveValue(
    'Sollicitatie bij de slager, cv meegegeven.\nVolgende week bellen.',
  );
  await page.keyboard.press('Control+Enter');
  await expect(entries.filter({ hasText: 'slager' })).toContainText(
    'Sollicitatie bij de slager, cv meegegeven.',
  );
  await expect(entries).toHaveCount(2);

  // The personalia field that had the cursor kept its value.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await expect(page.getByLabel('Woonplaats')).toHaveValue('Zwolle');
});

test('unlocking returns to the client and tab the coach was on', async ({ app }) => {
  const { page } = app;
  await threeClients(page);
  await page.getByRole('option', { name: /Özdemir/ }).click();
  await page.getByRole('tab', { name: 'CV' }).click();
  // Only the opaque id and the tab are kept across the reload, never a name.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  const kept = await page.evaluate(() => sessionStorage.getItem('koers.resume'));
  expect(kept).not.toContain('Özdemir');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Özdemir');
  await expect(page.getByRole('tab', { name: 'CV' })).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => sessionStorage.getItem('koers.resume'))).toBeNull();
});

test('CV edits survive the lock, sealed like logbook drafts, and come back with a notice', async ({
  app,
}) => {
  const { page } = app;
  await page.clock.install();
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Ayşe', achternaam: 'Yılmaz' });
  await page.getByRole('tab', { name: 'CV' }).click();
  const profile = page.getByLabel('Profieltekst');

  // Locked at once, before any pause: the lock itself seals the edits.
  await profile.fill('Zorgvuldige orderpicker met heftruckcertificaat.');
  await page.keyboard.press('Control+L');
  await unlock(page);
  await expect(page.getByRole('tab', { name: 'CV' })).toHaveAttribute('aria-selected', 'true');
  await expect(profile).toHaveValue('Zorgvuldige orderpicker met heftruckcertificaat.');
  await expect(page.getByText(/Niet-opgeslagen wijzigingen hersteld van/)).toBeVisible();
  await shot(page, 'cv-restored');

  // The idle lock, warned and then taken: nothing typed is lost either.
  await profile.fill('Zorgvuldige orderpicker. Zoekt werk in de logistiek.');
  await page.clock.fastForward('05:05');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  await unlock(page);
  await expect(profile).toHaveValue('Zorgvuldige orderpicker. Zoekt werk in de logistiek.');

  // Saved: the sealed edits are gone, so the next unlock shows the saved CV without a notice.
  await page.getByRole('button', { name: 'CV opslaan' }).click();
  // The save's own status (a bare 'Opgeslagen' text would also match the restored-edits
  // notice, "Niet-opgeslagen wijzigingen…", and lock before the save is done).
  await expect(page.locator('.cv-actions > .status')).toContainText('Opgeslagen');
  await page.keyboard.press('Control+L');
  await unlock(page);
  await expect(profile).toHaveValue('Zorgvuldige orderpicker. Zoekt werk in de logistiek.');
  await expect(page.getByText(/Niet-opgeslagen wijzigingen hersteld van/)).toBeHidden();
});
