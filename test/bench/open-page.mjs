// Builds a bench page (test/bench/page of this or another checkout), serves it and opens it
// in Debian's Chromium. Shared by run-bench.mjs and run-before.mjs.
import { chromium } from '@playwright/test';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium-path.mjs';

const require = createRequire(import.meta.url);
/** Dexie 3 (installed as "dexie3"), for dexie-encrypted only; the app keeps Dexie 4. */
const dexie3 = join(dirname(require.resolve('dexie3/package.json')), 'dist/modern/dexie.min.mjs');
const encryptedDir = dirname(require.resolve('dexie-encrypted/package.json'));

/**
 * dexie-encrypted 2.0 declares Dexie 3 as its peer. npm cannot install that next to the
 * app's Dexie 4, so package.json overrides the peer and this plugin hands Dexie 3 to
 * imports of 'dexie' made from inside dexie-encrypted, and to the peer bench's imports of
 * 'dexie3', as one module (the browser build). Every other 'dexie' import gets Dexie 4.
 */
const dexie3ForPeer = {
  name: 'koers-bench-dexie3-for-peer',
  enforce: 'pre',
  resolveId(source, importer) {
    // One Dexie 3 module for both, or Dexie's transaction zones would not line up.
    if (source === 'dexie3') return dexie3;
    if (source === 'dexie' && importer?.startsWith(encryptedDir)) return dexie3;
    return null;
  },
};

export async function openBenchPage({ root, outDir, port }) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error('No Chromium found: apt-get install -y chromium, or set KOERS_CHROMIUM.');
  }
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [dexie3ForPeer, react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' },
  });
  const server = await preview({
    root,
    configFile: false,
    build: { outDir },
    preview: { port, strictPort: true },
    logLevel: 'warn',
  });
  // Precise heap figures for the memory rows (otherwise Chromium buckets and caches them);
  // gc() exposed so the memory rows can read live memory rather than uncollected garbage.
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const close = async () => {
    await browser.close();
    await new Promise((r) => server.httpServer.close(r));
  };
  return { page, browser, close };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
