// The benches that need the real app in Chromium, not the bench page: how soon the lock
// screen takes a keystroke after launch, and a logbook entry by keyboard alone.
//
//   node test/bench/app-bench.mjs                  this checkout; updates its rows in RESULTS.md
//   node test/bench/app-bench.mjs <checkout> <label>   an older checkout; writes before-app.json
//
// run-bench.mjs runs the same benches (BENCH_FEATURES filters them by id, as it does the page
// features) and puts the rows in its table. Each lock-screen run launches Chromium on a copy
// of a profile that holds a vault, with the HTTP and code caches removed: a cold launch.
import { chromium } from '@playwright/test';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium-path.mjs';
import { median } from './open-page.mjs';

const PASSPHRASE = 'pompoen veerboot gieter lakmoes';
export const APP_FEATURES = ['lock-screen-ready', 'logbook-entry-keyboard'];
/** The lock screen's target: ready to type within this long of navigation start. */
export const LOCK_READY_TARGET_MS = 300;
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
export const BEFORE_APP_FILE = join(here, 'before-app.json');

export const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Builds a checkout's app with its own vite config and serves it as `npm run web` does. */
async function serveApp(checkout, port) {
  const configFile = join(checkout, 'vite.config.ts');
  const outDir = mkdtempSync(join(tmpdir(), 'koers-bench-app-'));
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true },
  });
  const close = async () => {
    await new Promise((r) => server.httpServer.close(r));
    rmSync(outDir, { recursive: true, force: true });
  };
  return { url: `http://127.0.0.1:${port}/`, close };
}

const launch = (profile) => {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium: apt-get install -y chromium, or set KOERS_CHROMIUM.');
  return chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
  });
};

/** A profile with a vault (created through the setup screen) and one client in it. */
async function makeProfile(url) {
  const profile = mkdtempSync(join(tmpdir(), 'koers-bench-profile-'));
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal wachtwoordzin').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await page.getByRole('heading', { name: 'Caseload' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '+ Nieuwe cliënt' }).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Voornaam').fill('Emre');
  await form.getByLabel('Achternaam').fill('Çelik');
  await form.getByLabel('Telefoon').fill('06 12345678');
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: /Çelik/ }).waitFor();
  await context.close();
  return profile;
}

/** Removes every HTTP, code and GPU cache from a profile copy, so the load is cold. */
function dropCaches(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = join(dir, e.name);
    if (/cache/i.test(e.name)) rmSync(p, { recursive: true, force: true });
    else dropCaches(p);
  }
}

/**
 * In the page, before any of its scripts: the moment the passphrase field is in the DOM,
 * enabled and focused (React's autoFocus), in ms since navigation start; and for the first
 * key, when the browser created the event and when the page got to handle it.
 */
function lockProbe() {
  const w = /** @type {any} */ (window);
  const check = () => {
    const el = document.activeElement;
    if (w.__lockReady !== undefined) return;
    if (el instanceof HTMLInputElement && el.type === 'password' && !el.disabled)
      w.__lockReady = performance.now();
  };
  document.addEventListener('focusin', check, true);
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });
  document.addEventListener(
    'keydown',
    (e) => {
      w.__firstKey ??= { created: e.timeStamp, handled: performance.now() };
    },
    true,
  );
}

/**
 * Cold launches to the lock screen: navigation start until the passphrase field is focused
 * and enabled; then one key, and how long it waited for the page's main thread.
 */
async function lockScreenReady(url, profile, runs) {
  const ready = [];
  const keyWait = [];
  const js = [];
  for (let run = 0; run < runs; run++) {
    const copy = mkdtempSync(join(tmpdir(), 'koers-bench-cold-'));
    cpSync(profile, copy, { recursive: true });
    dropCaches(copy);
    const context = await launch(copy);
    try {
      await context.addInitScript(lockProbe);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__lockReady !== undefined, null, { polling: 'raf' });
      await page.keyboard.press('k');
      const field = page.getByLabel('Wachtwoordzin');
      await page.waitForFunction(() => document.activeElement?.value === 'k');
      if ((await field.inputValue()) !== 'k') throw new Error('the key did not reach the field');
      const r = await page.evaluate(() => ({
        ready: window.__lockReady,
        key: window.__firstKey,
        // Script the page had fetched by then (uncompressed): the part of the cost that
        // does not depend on how loaded the machine is.
        js: performance
          .getEntriesByType('resource')
          .filter(
            (e) => /\.m?js$/.test(new URL(e.name).pathname) && e.responseEnd <= window.__lockReady,
          )
          .reduce((n, e) => n + e.decodedBodySize, 0),
      }));
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      if (
        !/vergrendeld|Ontgrendel/i.test(heading ?? '') &&
        !(await page.getByRole('button', { name: 'Ontgrendelen' }).count())
      )
        throw new Error(`not the lock screen: ${heading}`);
      ready.push(r.ready);
      keyWait.push(r.key.handled - r.key.created);
      js.push(r.js);
      console.log(
        `lock screen run ${run + 1}: ready ${r.ready.toFixed(1)} ms (${(r.js / 1024).toFixed(0)} KiB of script), first key waited ${(r.key.handled - r.key.created).toFixed(1)} ms`,
      );
    } finally {
      await context.close();
      rmSync(copy, { recursive: true, force: true });
    }
  }
  return { ready, keyWait, js };
}

const ENTRIES = [
  'Telefonisch contact. Cliënt heeft twee sollicitaties verstuurd, bij de bakker in Zwolle en bij een distributiecentrum. Volgende week bellen over de uitnodiging.',
  'Gesprek op kantoor. Cv bijgewerkt met de cursus heftruckchauffeur; afgesproken dat cliënt zich inschrijft bij twee uitzendbureaus vóór vrijdag.',
  'Werkgever gebeld over de proefplaatsing: loopt goed, cliënt is op tijd en neemt initiatief. Evaluatie over drie weken.',
  "Huisbezoek. We hebben de vacatures van deze week doorgenomen en de motivatiebrief voor de functie van magazijnmedewerker aangepast. Twijfelt over de reistijd naar 's-Hertogenbosch.",
  'Kort contact per mail: cliënt stuurt de getekende werkverklaring na. Geen bijzonderheden.',
];

/**
 * A logbook entry by keyboard alone, in a dossier already open: the new-entry shortcut,
 * the text, Ctrl+Enter, until the toolbar says "Opgeslagen" (the save is durable by then).
 * Every key press that is not the text itself is counted.
 */
async function logbookByKeyboard(url, profile, count) {
  const copy = mkdtempSync(join(tmpdir(), 'koers-bench-logbook-'));
  cpSync(profile, copy, { recursive: true });
  const context = await launch(copy);
  const totals = [];
  const saves = [];
  let extraKeys = 0;
  // Alt+N works in the browser and the desktop app alike (Ctrl+N is the browser's own).
  const shortcut = 'Alt+N';
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('option', { name: /Çelik/ }).click();
    await page.getByRole('heading', { level: 1, name: /Çelik/ }).waitFor();
    const summary = page
      .getByRole('form', { name: /Nieuw contact/ })
      .getByLabel('Verslag van het gesprek');
    for (let i = 0; i < count; i++) {
      const text = ENTRIES[i % ENTRIES.length];
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__entry = {};
        const onKey = (e) => {
          if (e.altKey && e.code === 'KeyN') w.__entry.start ??= e.timeStamp;
          if (e.ctrlKey && e.key === 'Enter') w.__entry.enter ??= e.timeStamp;
        };
        document.addEventListener('keydown', onKey, true);
        const seen = new MutationObserver(() => {
          if (w.__entry.enter === undefined) return;
          const ok = document.querySelector('.logbook-toolbar [role=status] .ok');
          if (ok?.textContent?.includes('Opgeslagen')) {
            w.__entry.saved = performance.now();
            seen.disconnect();
            document.removeEventListener('keydown', onKey, true);
          }
        });
        seen.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      let keys = 0;
      await page.keyboard.press(shortcut);
      keys++;
      // No Tab, no click: the text goes where the cursor already is, or the bench fails.
      await summary.waitFor();
      if (!(await summary.evaluate((el) => el === document.activeElement)))
        throw new Error(`${shortcut} did not put the cursor in the text`);
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
      keys++;
      await page.waitForFunction(() => window.__entry.saved !== undefined, null, {
        polling: 'raf',
        timeout: 10_000,
      });
      const e = await page.evaluate(() => window.__entry);
      totals.push(e.saved - e.start);
      saves.push(e.saved - e.enter);
      extraKeys = Math.max(extraKeys, keys);
      console.log(
        `entry ${i + 1}: ${keys} keys beyond ${text.length} characters; shortcut → Opgeslagen ${(e.saved - e.start).toFixed(1)} ms, Ctrl+Enter → Opgeslagen ${(e.saved - e.enter).toFixed(1)} ms`,
      );
    }
    const listed = await page.locator('.logbook li, .logbook [role=listitem]').count();
    if (listed < count) throw new Error(`only ${listed} entries listed after ${count} saves`);
  } finally {
    await context.close();
    rmSync(copy, { recursive: true, force: true });
  }
  return { totals, saves, extraKeys, shortcut, chars: ENTRIES.map((t) => t.length) };
}

const fmt = (n) => n.toFixed(1);
const ok = (b) => (b ? 'met' : '**missed**');

/**
 * Runs the app benches whose id matches `only` against `checkout`; returns their figures
 * (for before-app.json) and table rows.
 */
export async function runAppBenches({
  checkout = repo,
  only = /./,
  runs = 15,
  entries = 10,
  port = 4190,
} = {}) {
  const wanted = APP_FEATURES.filter((id) => only.test(id));
  if (!wanted.length) return { figures: {}, rows: [] };
  const app = await serveApp(checkout, port);
  const profile = await makeProfile(app.url);
  const figures = {};
  try {
    if (wanted.includes('lock-screen-ready')) {
      const { ready, keyWait, js } = await lockScreenReady(app.url, profile, runs);
      figures.lockScriptKiB = Math.round(median(js) / 1024);
      figures.lockReadyMs = median(ready);
      figures.lockReadyP95Ms = pct(ready, 95);
      figures.lockKeyWaitMs = median(keyWait);
      figures.lockRuns = ready.length;
    }
    if (wanted.includes('logbook-entry-keyboard')) {
      const r = await logbookByKeyboard(app.url, profile, entries);
      figures.entryKeys = r.extraKeys;
      figures.entryShortcut = r.shortcut;
      figures.entryTotalMs = median(r.totals);
      figures.entryTotalP95Ms = pct(r.totals, 95);
      figures.entrySaveMs = median(r.saves);
      figures.entrySaveP95Ms = pct(r.saves, 95);
      figures.entryCount = r.totals.length;
      figures.entryChars = `${Math.min(...r.chars)}–${Math.max(...r.chars)}`;
    }
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { figures, rows: appRows(figures, readBefore()) };
}

export function readBefore() {
  return existsSync(BEFORE_APP_FILE) ? JSON.parse(readFileSync(BEFORE_APP_FILE, 'utf8')) : null;
}

/** Table rows (measure | result | before | target | verdict), as the main table has them. */
export function appRows(f, before) {
  const b = (x) => (before && x !== undefined ? x : '—');
  const rows = [];
  if (f.lockReadyMs !== undefined)
    rows.push(
      `| lock screen ready to type after a cold launch: navigation start until the passphrase field is focused and enabled (median of ${f.lockRuns} launches, each a fresh Chromium on a copy of a profile with a vault, caches removed; p95 ${fmt(f.lockReadyP95Ms)} ms; the first key then waited ${fmt(f.lockKeyWaitMs)} ms for the page) | ${fmt(f.lockReadyMs)} ms | ${b(before?.lockReadyMs !== undefined ? `${fmt(before.lockReadyMs)} ms (p95 ${fmt(before.lockReadyP95Ms)} ms)` : undefined)} | ≤ ${LOCK_READY_TARGET_MS} ms | ${ok(f.lockReadyMs <= LOCK_READY_TARGET_MS)} |`,
    );
  if (f.lockScriptKiB !== undefined)
    rows.push(
      `| script fetched before the lock screen is ready to type (uncompressed; does not depend on the machine's load) | ${f.lockScriptKiB} KiB | ${b(before?.lockScriptKiB !== undefined ? `${before.lockScriptKiB} KiB` : undefined)} | | |`,
    );
  if (f.entryTotalMs !== undefined) {
    rows.push(
      `| logbook entry by keyboard in an open dossier: keystrokes beyond the text (${f.entryShortcut}, then Ctrl+Enter; no Tab, no mouse) | ${f.entryKeys} | ${b(before?.entryKeys)} | 2 (the shortcut and Ctrl+Enter) | ${ok(f.entryKeys <= 2)} |`,
      `| the same: ${f.entryShortcut} until "Opgeslagen" (durable), the text (${f.entryChars} characters) typed at machine speed (median of ${f.entryCount} entries; p95 ${fmt(f.entryTotalP95Ms)} ms) | ${fmt(f.entryTotalMs)} ms | ${b(before?.entryTotalMs !== undefined ? `${fmt(before.entryTotalMs)} ms` : undefined)} | | |`,
      `| of which Ctrl+Enter until "Opgeslagen" (p95 ${fmt(f.entrySaveP95Ms)} ms) | ${fmt(f.entrySaveMs)} ms | ${b(before?.entrySaveMs !== undefined ? `${fmt(before.entrySaveMs)} ms` : undefined)} | | |`,
    );
  }
  return rows;
}

const START = '<!-- app-bench:start -->';
const END = '<!-- app-bench:end -->';

/** The app benches' part of RESULTS.md, between markers so a partial run can replace it. */
export function appSection(rows, before, loads) {
  if (!rows.length) return '';
  const note = before
    ? `"before" measured on commit ${before.commit}, ${before.date}, load average ${before.loadavg1}, with \`node test/bench/app-bench.mjs <checkout> <label>\`.`
    : 'No before figures: run `node test/bench/app-bench.mjs <older checkout> <label>` first.';
  return `${START}
## The app in Chromium

The real app (\`vite build\`, served as \`npm run web\` serves it) in Debian's Chromium at
1366×768. ${note}${loads ? ` Load average (1 / 5 / 15 min) at the start: ${loads[0]}; at the end: ${loads[1]}; the machine is shared.` : ''}

| measure | result | before | target | |
|---|---|---|---|---|
${rows.join('\n')}
${END}
`;
}

/** Puts the section into RESULTS.md, replacing an earlier one and leaving every other row. */
export function spliceSection(text, section) {
  const a = text.indexOf(START);
  const z = text.indexOf(END);
  if (a >= 0 && z > a) return text.slice(0, a) + section.trimEnd() + text.slice(z + END.length);
  return `${text.trimEnd()}\n\n${section}`;
}

const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(' / ');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [checkout, label] = process.argv.slice(2);
  const only = new RegExp(process.env.BENCH_FEATURES ?? '.');
  const runs = Number(process.env.BENCH_LOCK_RUNS ?? 15);
  const entries = Number(process.env.BENCH_ENTRIES ?? 10);
  const port = Number(process.env.KOERS_BENCH_PORT ?? 4190);
  const load0 = loadavg();
  const { figures } = await runAppBenches({
    checkout: checkout ?? repo,
    only,
    runs,
    entries,
    port,
  });
  const load1 = loadavg();
  if (checkout) {
    // The label names the commit: an exported tree (git archive) has no .git to ask.
    const commit = label;
    const prev = readBefore() ?? {};
    const result = {
      ...prev,
      ...figures,
      label,
      commit,
      date: new Date().toISOString().slice(0, 10),
      loadavg1: `${load0[0].toFixed(2)} → ${load1[0].toFixed(2)}`,
    };
    writeFileSync(BEFORE_APP_FILE, `${JSON.stringify(result, null, 2)}\n`);
    console.log(result);
  } else {
    const file = process.env.KOERS_BENCH_RESULTS ?? join(here, 'RESULTS.md');
    const before = readBefore();
    // Rows this run did not measure keep their last figures only through a full run.
    const section = appSection(appRows(figures, before), before, [fmtLoad(load0), fmtLoad(load1)]);
    writeFileSync(file, spliceSection(readFileSync(file, 'utf8'), section));
    console.log(section);
  }
}
