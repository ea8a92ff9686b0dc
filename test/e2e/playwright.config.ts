import { defineConfig } from '@playwright/test';

// KOERS_E2E_PORT (and the next port) so two runs on one machine do not collide.
const port = Number(process.env.KOERS_E2E_PORT ?? 4173);

// One worker: Argon2id is memory- and CPU-hard on purpose, and CI has two cores.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: `../../test-results/${port}`,
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      cwd: '../..',
    },
    {
      command: `npx vite preview --mode leak-selftest --port ${port + 1} --strictPort`,
      url: `http://127.0.0.1:${port + 1}`,
      reuseExistingServer: false,
      cwd: '../..',
    },
  ],
});
