// Offline packaging check: runs the real electron-builder (`--dir`, Linux layout) against a
// stand-in Electron binary, then inspects what it produced. Proves, without downloading
// Electron, that the app.asar holds only dist/ and package.json (no sources, no source maps,
// no node_modules) and that the fuses really get flipped.
//
// The stand-in is a file carrying Electron's fuse sentinel and a fuse wire in Electron's
// default state, which is all @electron/fuses reads and writes.
//
// Usage (after `npm run build`): node build/check-package.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { listPackage } = require('@electron/asar');
const { getCurrentFuseWire } = require('@electron/fuses');

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse wire v1 in the state Electron ships: '1' enabled, '0' disabled, in FuseV1Options order
// (runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar,
// loadBrowserProcessSpecificV8Snapshot, grantFileProtocolExtraPrivileges).
const SHIPPED_WIRE = '10110001';
const EXPECTED = {
  runAsNode: '0',
  enableCookieEncryption: '1',
  enableNodeOptionsEnvironmentVariable: '0',
  enableNodeCliInspectArguments: '0',
  enableEmbeddedAsarIntegrityValidation: '1',
  onlyLoadAppFromAsar: '1',
  grantFileProtocolExtraPrivileges: '0',
};
const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  grantFileProtocolExtraPrivileges: 7,
};

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

for (const file of [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
]) {
  if (!existsSync(path.join(root, file))) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'koers-package-check-'));
try {
  const electronDist = path.join(work, 'electron');
  mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
  writeFileSync(
    path.join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 1\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, SHIPPED_WIRE.length]),
      Buffer.from(SHIPPED_WIRE),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(path.join(electronDist, 'LICENSE'), 'stand-in');
  writeFileSync(path.join(electronDist, 'version'), require('electron/package.json').version);

  const output = path.join(work, 'release');
  const result = spawnSync(
    'npx',
    [
      'electron-builder',
      '--dir',
      '--linux',
      '--config',
      'build/electron-builder.config.mjs',
      `--config.directories.output=${output}`,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDist },
    },
  );
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error('electron-builder failed');
    process.exit(1);
  }

  const unpacked = path.join(output, 'linux-unpacked');
  const entries = listPackage(path.join(unpacked, 'resources', 'app.asar'), {});
  for (const entry of entries) {
    const normalised = entry.replaceAll('\\', '/');
    check(
      normalised === '/package.json' || normalised === '/dist' || normalised.startsWith('/dist/'),
      `unexpected file in app.asar: ${normalised}`,
    );
    check(!normalised.endsWith('.map'), `source map in app.asar: ${normalised}`);
  }
  for (const needed of [
    '/dist/electron/main.cjs',
    '/dist/electron/preload.cjs',
    '/dist/renderer/index.html',
  ]) {
    check(
      entries.some((e) => e.replaceAll('\\', '/') === needed),
      `missing from app.asar: ${needed}`,
    );
  }

  const wire = await getCurrentFuseWire(path.join(unpacked, 'koers'));
  for (const [name, expected] of Object.entries(EXPECTED)) {
    const actual = String.fromCharCode(wire[FUSE_INDEX[name]]);
    check(actual === expected, `fuse ${name} is ${actual}, expected ${expected}`);
  }

  if (failures.length > 0) {
    const shown = failures.slice(0, 20);
    const more =
      failures.length > shown.length ? `\n ... and ${failures.length - shown.length} more` : '';
    console.error(`Package check failed:\n - ${shown.join('\n - ')}${more}`);
    process.exit(1);
  }
  console.log(
    `Package check passed: app.asar holds ${entries.length} entries (dist/ and package.json only); fuses set.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
