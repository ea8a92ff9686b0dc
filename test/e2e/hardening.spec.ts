// Security review, issue 9, in the built page: no WebRTC, pointer movement is not activity,
// no spellcheck, passphrases kept out of the password manager, persistent storage asked for.
import { expect, type Page } from '@playwright/test';
import { createSocket } from 'node:dgram';
import { APP_URL, PASSPHRASE, createClient, createVault, test, unlock } from './app';

/** What the page can do with WebRTC; `port` is a TURN "server" the test listens on. */
const tryWebRtc = (page: Page, port: number) =>
  page.evaluate(async (turnPort) => {
    const w = window as unknown as Record<string, unknown>;
    const names = Object.getOwnPropertyNames(window).filter((n) => /^(webkit)?RTC/.test(n));
    let outcome: string;
    try {
      const Ctor = w.RTCPeerConnection as typeof RTCPeerConnection;
      const pc = new Ctor({
        iceServers: [{ urls: `turn:127.0.0.1:${turnPort}`, username: 'BSN123', credential: 'x' }],
        iceTransportPolicy: 'relay',
      });
      pc.createDataChannel('x');
      await pc.setLocalDescription(await pc.createOffer());
      await new Promise((r) => setTimeout(r, 1500));
      pc.close();
      outcome = 'constructed';
    } catch (error) {
      outcome = `refused: ${String(error)}`;
    }
    // A frame, or a popup, would be a fresh window with its own constructor: every way of
    // making one the page has.
    const frames: Record<string, string> = {};
    const probe = (label: string, win: unknown) => {
      frames[label] = typeof (win as Record<string, unknown> | null | undefined)?.RTCPeerConnection;
    };
    const frame = document.createElement('iframe');
    frame.addEventListener('load', () => probe('on load', window[0]));
    document.body.appendChild(frame);
    probe('contentWindow', frame.contentWindow);
    probe('window[0] after appendChild', window[0]);
    document.body.append(document.createElement('iframe'));
    probe('window[0] after append', window[0]);
    const holder = document.createElement('div');
    document.body.append(holder);
    holder.innerHTML = '<iframe srcdoc="<p>x</p>"></iframe><object data="about:blank"></object>';
    probe('window[0] after innerHTML', window[0]);
    holder.insertAdjacentHTML('beforeend', '<iframe></iframe>');
    probe('window[0] after insertAdjacentHTML', window[0]);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(document.createElement('iframe'));
    document.body.append(host);
    const detached = document.createElement('section');
    detached.append(document.createElement('span'));
    detached.firstChild?.appendChild(document.createElement('iframe'));
    document.body.append(detached);
    probe('window[0] after a subtree', window[0]);
    await new Promise((r) => setTimeout(r, 500));
    probe('window[0] later', window[0]);
    probe('window.open', window.open('about:blank', '_blank'));
    const inFrame = { ...frames, frameCount: String(window.length) };
    return { names, outcome, inFrame, webkit: typeof w.webkitRTCPeerConnection };
  }, port);

test('the page has no WebRTC: no RTCPeerConnection, nothing reaches a TURN server', async ({
  app,
}) => {
  const { page } = app;
  const turn = createSocket('udp4');
  const received: string[] = [];
  turn.on('message', (msg) => received.push(msg.toString('latin1')));
  await new Promise<void>((resolve) => turn.bind(0, '127.0.0.1', resolve));
  const port = turn.address().port;
  try {
    await page.goto(APP_URL);
    await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
    const result = await tryWebRtc(page, port);
    expect(result.outcome).toMatch(/^refused: TypeError/);
    expect(result.names).toEqual([]);
    expect(result.webkit).toBe('undefined');
    expect(result.inFrame).toEqual({
      contentWindow: 'undefined',
      'window[0] after appendChild': 'undefined',
      'window[0] after append': 'undefined',
      'window[0] after innerHTML': 'undefined',
      'window[0] after insertAdjacentHTML': 'undefined',
      'window[0] after a subtree': 'undefined',
      'window[0] later': 'undefined',
      'window.open': 'undefined',
      frameCount: '0',
    });
    expect(received.filter((m) => m.includes('BSN123'))).toEqual([]);
    expect(received).toEqual([]);
  } finally {
    turn.close();
  }
});

test('pointer movement alone does not keep Koers unlocked; a key press does', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await page.goto(APP_URL);
  await createVault(page);
  const locked = page.getByRole('heading', { name: 'Koers is vergrendeld' });

  // A key press is activity: 4:30 after it, still open.
  await page.clock.fastForward('04:00');
  await page.keyboard.press('Shift');
  await page.clock.fastForward('04:30');
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();

  // Only the mouse moving, every 20 seconds: locked 5 minutes after the last key.
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(200 + i * 40, 300 + i * 10, { steps: 5 });
    await page.clock.fastForward('00:20');
  }
  await page.mouse.move(600, 400, { steps: 5 });
  await page.clock.fastForward('00:05');
  await expect(locked).toBeVisible();
  await expect(page.getByText('Vergrendeld na 5 minuten zonder activiteit.')).toBeVisible();
});

test('no field is spellchecked', async ({ app }) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Fenna', achternaam: 'Smit' });
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await page.keyboard.press('Control+N');
  await expect(page.getByLabel('Verslag van het gesprek')).toBeVisible();
  const fields = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')].map((el) => ({
      tag: el.tagName,
      spellcheck: el.spellcheck,
    })),
  );
  expect(fields.filter((f) => f.tag === 'TEXTAREA').length).toBeGreaterThan(0);
  expect(fields.filter((f) => f.spellcheck)).toEqual([]);
});

test('every passphrase field is kept out of the password manager; persistent storage is asked for', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.addInitScript(() => {
    const w = window as unknown as { __persistCalls: number };
    w.__persistCalls = 0;
    const original = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function persist(this: StorageManager) {
      w.__persistCalls += 1;
      return original.call(this);
    };
  });
  const passphraseFields = () =>
    page
      .locator('input[type=password]')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('autocomplete')));

  await page.goto(APP_URL);
  expect(
    await page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls),
  ).toBeGreaterThan(0);

  // Setup: passphrase and repeat.
  await expect(page.getByRole('heading', { name: 'Welkom bij Koers' })).toBeVisible();
  expect(await passphraseFields()).toEqual(['one-time-code', 'one-time-code']);
  await createVault(page);

  // Settings: current, new, repeat.
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const settings = page.getByRole('dialog', { name: 'Instellingen' });
  await expect(settings.getByLabel('Huidige wachtwoordzin')).toBeVisible();
  expect(await passphraseFields()).toEqual(['one-time-code', 'one-time-code', 'one-time-code']);
  await settings.getByRole('button', { name: 'Sluiten' }).click();

  // The special-category compartment.
  await createClient(page, { voornaam: 'Mila', achternaam: 'De Graaf' });
  await page.getByRole('tab', { name: 'Gezondheid' }).click();
  await page.getByRole('button', { name: 'Openen…' }).click();
  const compartment = page.getByRole('dialog', { name: 'Afgeschermd deel openen' });
  await expect(compartment.getByLabel('Wachtwoordzin')).toBeVisible();
  expect(await passphraseFields()).toEqual(['one-time-code']);
  await page.keyboard.press('Escape');
  await expect(compartment).toBeHidden();

  // Leaving session mode.
  await page.getByRole('tab', { name: 'Personalia' }).click();
  await page.getByRole('button', { name: 'Cliënt kijkt mee' }).click();
  await page.getByRole('button', { name: 'Sessie beëindigen' }).click();
  const leave = page.getByRole('dialog', { name: 'Sessie beëindigen' });
  await expect(leave.getByLabel('Wachtwoordzin')).toBeVisible();
  expect(await passphraseFields()).toEqual(['one-time-code']);
  await leave.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await leave.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(leave).toBeHidden();

  // The lock screen.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Koers is vergrendeld' })).toBeVisible();
  expect(await passphraseFields()).toEqual(['one-time-code']);
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
