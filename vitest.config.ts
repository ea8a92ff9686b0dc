import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Two cores here: keep workers bounded so the e2e stage that follows has room.
    maxWorkers: 2,
    alias: {
      // require('electron') in plain Node tries to download the binary; main-process
      // tests get a fake instead (see test/fixtures/fake-electron.ts).
      electron: new URL('./test/fixtures/fake-electron.ts', import.meta.url).pathname,
    },
  },
});
