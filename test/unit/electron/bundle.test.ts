// Loads the real esbuild output (not the TypeScript) with `electron` swapped for the fake:
// proves the CommonJS bundles start, find the preload next to main.cjs and touch no Electron
// module that is off-limits before 'ready'.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../build/build-electron.mjs';
import * as fakeElectron from '../../fixtures/fake-electron';
import {
  FakeBrowserWindow,
  fakeApp,
  fakeContextBridge,
  fakeProtocol,
  resetFakeElectron,
} from '../../fixtures/fake-electron';

// Module._load is Node's internal loader hook; it is not in @types/node.
const loader = Module as unknown as {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
};

function requireWithFakeElectron(file: string): void {
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? fakeElectron : original.call(this, request, parent, isMain);
  };
  try {
    // Each test loads a different bundle once, so Node's require cache never interferes.
    createRequire(file)(file);
  } finally {
    loader._load = original;
  }
}

let dist = '';
let built = { main: '', preload: '' };

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'koers-bundle-'));
  built = await buildElectron({ outDir: path.join(dist, 'electron') });
  mkdirSync(path.join(dist, 'renderer'));
  writeFileSync(path.join(dist, 'renderer', 'index.html'), '<title>Koers</title>');
}, 60_000);

beforeEach(() => {
  resetFakeElectron();
  fakeApp.paths.set('userData', dist);
});

describe('bundled main process and preload', () => {
  it('builds CommonJS without source maps by default', () => {
    expect(readdirSync(path.join(dist, 'electron')).sort()).toEqual(['main.cjs', 'preload.cjs']);
    for (const file of [built.main, built.preload]) {
      expect(readFileSync(file, 'utf8')).not.toContain('sourceMappingURL');
    }
  });

  it('the preload requires nothing but electron (sandboxed preloads cannot)', () => {
    const required = new Set(
      [...readFileSync(built.preload, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map(
        (m) => m[1],
      ),
    );
    expect([...required]).toEqual(['electron']);
  });

  it('main.cjs starts Koers and finds preload.cjs next to itself', async () => {
    requireWithFakeElectron(built.main);
    expect(fakeApp.calls.requestSingleInstanceLock).toBe(1);
    expect(fakeProtocol.registeredBeforeReady).toBe(true);
    fakeApp.markReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const win = FakeBrowserWindow.instances[0];
    expect(win?.options.webPreferences?.preload).toBe(built.preload);
    expect(win?.options.webPreferences?.sandbox).toBe(true);
    const res = await fakeProtocol.request('koers://app/');
    expect(await res.text()).toContain('<title>Koers</title>');
  });

  it('preload.cjs exposes window.koers', () => {
    requireWithFakeElectron(built.preload);
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['koers']);
  });
});
