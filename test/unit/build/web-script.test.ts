import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('npm run web', () => {
  it('hands `-- --port N` to vite preview: npm appends the arguments to the last command', () => {
    // `npm run web -- --port 5000` runs `vite build && vite preview --port 5000`; vite.config.ts
    // sets strictPort, so a taken port fails loudly instead of moving silently.
    expect(pkg.scripts.web).toMatch(/&& vite preview$/);
  });

  it('npm start goes through the script that explains a missing Electron binary', () => {
    expect(pkg.scripts.start).toBe('node build/start.mjs');
  });
});
