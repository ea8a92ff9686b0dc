import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Two cores here: keep workers bounded so the e2e stage that follows has room.
    maxWorkers: 2,
    // A guard against a hung test, not a speed target: on a busy 2-core CI machine a test
    // that seals a few MiB can take several seconds. Speed belongs in the benchmark.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    alias: {
      // require('electron') in plain Node tries to download the binary; main-process
      // tests get a fake instead (see test/fixtures/fake-electron.ts).
      electron: new URL('./test/fixtures/fake-electron.ts', import.meta.url).pathname,
    },
  },
});
