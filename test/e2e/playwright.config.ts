import { defineConfig } from '@playwright/test';

// One worker: Argon2id is memory- and CPU-hard on purpose, and CI has two cores.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  webServer: [
    {
      command: 'npx vite preview --port 4173 --strictPort',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: false,
      cwd: '../..',
    },
    {
      command: 'npx vite preview --mode leak-selftest --port 4174 --strictPort',
      url: 'http://127.0.0.1:4174',
      reuseExistingServer: false,
      cwd: '../..',
    },
  ],
});
