// Smoke test of the real Electron app. Runs only where an Electron binary exists (it cannot be
// downloaded on the development and CI machines); everywhere else it reports itself skipped,
// with the reason. The main process is covered by the vitest suite against a fake Electron;
// this test is the check that the real one agrees.
//
// Needs: the renderer built (dist/renderer, as the e2e runner does) and either
//   ELECTRON_OVERRIDE_DIST_PATH=<unpacked Electron folder>  or  node_modules/electron/dist.
// On Linux without a display, run under xvfb-run.
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from '../../build/build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function executableName(): string {
  // path.txt is written by electron's installer; without it, the platform default.
  const pathTxt = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (existsSync(pathTxt)) return readFileSync(pathTxt, 'utf8').trim();
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * The Electron executable; a reason to skip when there is none; an error when the override
 * points nowhere (someone asked for this run, so a silent skip would hide a broken setup).
 */
function findElectron(): { executablePath: string } | { skip: string } | { error: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dir = override ?? path.join(root, 'node_modules', 'electron', 'dist');
  const executablePath = path.join(dir, executableName());
  if (existsSync(executablePath)) return { executablePath };
  if (override)
    return { error: `ELECTRON_OVERRIDE_DIST_PATH is set but ${executablePath} does not exist` };
  return {
    skip:
      'no Electron binary: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ' +
      '(node_modules/electron/dist is absent because the binary cannot be downloaded here)',
  };
}

const electron = findElectron();
if ('skip' in electron) console.log(`Electron smoke test skipped: ${electron.skip}`);

test.describe('Electron smoke', () => {
  test.skip('skip' in electron, 'skip' in electron ? electron.skip : '');

  let app: ElectronApplication | undefined;

  test.beforeAll(async () => {
    if ('error' in electron) throw new Error(electron.error);
    if ('skip' in electron) return;
    if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
      throw new Error('dist/renderer is missing: build the renderer first (npx vite build)');
    }
    await buildElectron();
    app = await _electron.launch({
      executablePath: electron.executablePath,
      // A throwaway profile: the smoke test must never touch a real vault.
      args: [root, `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'koers-electron-'))}`],
    });
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens on the setup or lock screen with the bridge and nothing else', async () => {
    if (app === undefined) throw new Error('Electron did not launch');
    const page = await app.firstWindow();

    expect(page.url()).toBe('koers://app/index.html');
    await expect(
      page.getByRole('heading', { name: /^(Welkom bij Koers|Koers is vergrendeld)$/ }),
    ).toBeVisible({ timeout: 30_000 });

    const renderer = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & {
        koers?: { platform?: unknown };
      };
      return {
        platform: w.koers?.platform,
        bridgeKeys: Object.keys(w.koers ?? {}).sort(),
        hasRequire: 'require' in w,
        hasProcess: 'process' in w,
      };
    });
    expect(renderer.platform).toBe('electron');
    expect(renderer.bridgeKeys).toEqual(
      [
        'getAppInfo',
        'onLockRequest',
        'openFile',
        'platform',
        'quickUnlock',
        'saveFile',
        'setContentProtection',
      ].sort(),
    );
    expect(renderer.hasRequire).toBe(false);
    expect(renderer.hasProcess).toBe(false);

    // The CSP arrived: eval is refused in the real Chromium.
    const evalResult = await page.evaluate(() => {
      try {
        return String((0, eval)('1 + 1'));
      } catch {
        return 'blocked';
      }
    });
    expect(evalResult).toBe('blocked');

    // Renderer processes run in the OS sandbox (reported on macOS and Windows only).
    const unsandboxed = await app.evaluate(
      ({ app: electronApp }) =>
        electronApp.getAppMetrics().filter((m) => m.type === 'Tab' && m.sandboxed === false).length,
    );
    expect(unsandboxed).toBe(0);
  });
});
