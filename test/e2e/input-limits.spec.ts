import { expect, type Page } from '@playwright/test';
import { APP_URL, createClient, createVault, test } from './app';

const composer = (page: Page) => page.getByRole('form', { name: /Nieuw contact|Contact bewerken/ });

/** A Dutch account with a special-category word in every sentence, so the detector has work. */
const sentence = 'Cliënt vertelde over haar depressie en het gesprek met de bedrijfsarts. ';
const oneMegabyte = sentence
  .repeat(Math.ceil((1024 * 1024) / sentence.length))
  .slice(0, 1024 * 1024);

/**
 * Security review, issue 9 item 10: "a 1 MB paste must not make a keystroke slower than 50 ms".
 *
 * How a keystroke is timed: from the keydown event's own timeStamp (when the browser received
 * the key, so time the key spent waiting behind other work on the main thread counts too) to a
 * task queued after the textarea's input event, by when React has re-rendered the composer and
 * the textarea holds the new character. We also log the time to the next animation frame, but
 * do not assert on it: headless frame pacing adds up to 16 ms of noise.
 *
 * Not flaky on two busy cores: two warm-up keys are not counted, keys come 200 ms apart (a
 * brisk typist), and we assert on the median of nine; one stray garbage collection or a
 * draft being sealed in the background does not fail the test, a slow keystroke path does.
 */
test('a 1 MB paste in the logbook is cut to the cap with a message, and typing stays fast', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Lotte', achternaam: 'Brink' });
  await page.keyboard.press('Control+N');
  const summary = composer(page).getByLabel('Verslag van het gesprek');
  await expect(summary).toBeFocused();

  // A paste: one input event carrying the whole megabyte.
  await page.keyboard.insertText(oneMegabyte);
  await expect(composer(page).getByRole('alert')).toContainText(
    'De tekst is ingekort tot 20.000 tekens',
  );
  expect(await summary.evaluate((t: HTMLTextAreaElement) => t.value.length)).toBe(20_000);
  // The detector did run once typing paused (debounced), on the capped text.
  await expect(
    composer(page).getByText('Mogelijk bijzondere persoonsgegevens gevonden:'),
  ).toBeVisible();

  // Make room mid-text and type there, as a coach editing a long account would.
  await summary.evaluate((t: HTMLTextAreaElement) => t.setSelectionRange(10_000, 10_100));
  await page.keyboard.press('Backspace');
  await page.evaluate(() => {
    const w = window as unknown as { keyTimes: { input: number; frame: number }[] };
    w.keyTimes = [];
    let pressed: number | null = null;
    document.addEventListener(
      'keydown',
      (e) => {
        pressed = e.timeStamp;
      },
      true,
    );
    window.addEventListener('input', () => {
      const start = pressed;
      if (start === null) return;
      pressed = null;
      setTimeout(() => {
        const input = performance.now() - start;
        requestAnimationFrame(() => w.keyTimes.push({ input, frame: performance.now() - start }));
      }, 0);
    });
  });
  const keys = 'xxabcdefghi';
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(200);
  }
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { keyTimes: unknown[] }).keyTimes.length))
    .toBe(keys.length);
  const times = await page.evaluate(
    () => (window as unknown as { keyTimes: { input: number; frame: number }[] }).keyTimes,
  );
  const value = await summary.evaluate((t: HTMLTextAreaElement) => t.value);
  expect(value.length).toBe(20_000 - 100 + keys.length);
  expect(value.slice(10_000, 10_000 + keys.length)).toBe(keys);

  const measured = times.slice(2).map((t) => t.input);
  const sorted = [...measured].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
  console.log(
    `keystroke after a 1 MB paste, ms (keydown → value updated): ${measured.map((m) => m.toFixed(1)).join(' ')}; median ${median.toFixed(1)}, max ${Math.max(...measured).toFixed(1)}; to next frame: ${times
      .slice(2)
      .map((t) => t.frame.toFixed(1))
      .join(' ')}`,
  );
  expect(median).toBeLessThan(50);
});
