// Where `npm start` finds Electron's executable, without downloading it. The electron npm
// package (45) has no install script: `require('electron')` downloads the binary on first
// use and throws "Electron failed to install correctly" with a stack trace where it cannot.
// This mirrors its lookup (node_modules/electron/index.js and install.js) so build/start.mjs
// can say in one line what is missing instead.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One line, Dutch then English, for a machine without Electron's binary. */
export const MISSING_ELECTRON_MESSAGE =
  'Electron is niet geïnstalleerd op deze computer: gebruik `npm run web` (of `npx install-electron` met internet). / ' +
  "Electron's binary is not installed on this machine: use `npm run web` (or `npx install-electron` with internet access).";

/**
 * The executable inside an unpacked Electron, as electron/install.js names it per platform.
 * @param {string} platform
 * @returns {string | null}
 */
export function executableName(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/**
 * @typedef {{ found: true; path: string } | { found: false; lookedFor: string | null }} ElectronBinary
 */

/**
 * @param {{
 *   electronDir: string | null;
 *   env?: Record<string, string | undefined>;
 *   platform?: string;
 *   exists?: (p: string) => boolean;
 *   readText?: (p: string) => string;
 * }} o  electronDir: the electron package's folder, or null when the package is absent.
 * @returns {ElectronBinary}
 */
export function findElectronBinary({
  electronDir,
  env = process.env,
  platform = process.platform,
  exists = existsSync,
  readText = (p) => readFileSync(p, 'utf8'),
}) {
  const pathFile = electronDir ? path.join(electronDir, 'path.txt') : null;
  const recorded = pathFile && exists(pathFile) ? readText(pathFile).trim() : '';
  const name = recorded || executableName(platform);
  if (!name) return { found: false, lookedFor: null };
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const dir = override || (electronDir ? path.join(electronDir, 'dist') : null);
  if (!dir) return { found: false, lookedFor: null };
  const executable = path.join(dir, name);
  return exists(executable)
    ? { found: true, path: executable }
    : { found: false, lookedFor: executable };
}
