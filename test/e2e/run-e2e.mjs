// Builds the app (and the leak test's plaintext negative control), then runs Playwright on
// Debian's Chromium. No browser found is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

const browser = chromiumPath();
if (!browser) {
  console.error(
    "FOUT: geen Chromium gevonden. Installeer Debian's chromium (apt-get install -y chromium) of zet KOERS_CHROMIUM op het pad van een Chromium-binary.\n" +
      "ERROR: no Chromium found; install Debian's chromium or set KOERS_CHROMIUM. The end-to-end tests never skip.",
  );
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, KOERS_CHROMIUM: browser },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'leak-selftest', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '-c', 'office/web/vite.config.mjs', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts', ...process.argv.slice(2)]);
