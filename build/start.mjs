// `npm start`: builds the app and starts it in Electron. Where Electron's binary is missing
// (and cannot be downloaded), says so in one line and points to `npm run web`, instead of
// the electron package's stack trace.
//
// Usage: node build/start.mjs [arguments for Electron]
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MISSING_ELECTRON_MESSAGE, findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The electron package's folder, or null when it is not installed at all. */
function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const electronDir = electronPackageDir();
let binary = findElectronBinary({ electronDir });

// As `npx electron` would: fetch the binary on first use, where the internet is reachable.
// Its own output (a stack trace when offline) is kept back.
if (!binary.found && electronDir && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Electron wordt gedownload… / Downloading Electron…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore' });
  binary = findElectronBinary({ electronDir });
}
if (!binary.found) {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}

const build = spawnSync('npm', ['run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary.path, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
