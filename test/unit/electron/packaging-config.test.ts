import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import defaultConfig, { createConfig } from '../../../build/electron-builder.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);

// electron-builder's own validator (ajv over its scheme.json), as `electron-builder` runs it;
// it reads a local file only, so this works offline.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
};
const validate = (config: unknown) => validateConfiguration(config, { isEnabled: false, add() {} });

const loadConfig = () => createConfig({});

describe('electron-builder configuration', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validate(loadConfig())).resolves.toBeUndefined();
    await expect(validate(defaultConfig)).resolves.toBeUndefined();
  });

  it('the validator does reject a broken configuration (the check above means something)', async () => {
    await expect(validate({ ...loadConfig(), electronFuses: { runAsNod: false } })).rejects.toThrow(
      /electronFuses/,
    );
    // ajv here coerces types (12 would pass as "12"), so break the shape instead.
    await expect(validate({ ...loadConfig(), linux: { categorie: 'Office' } })).rejects.toThrow(
      /configuration.linux/,
    );
  });

  it('flips the fuses that close Node and debugging entry points', () => {
    expect(loadConfig().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships dist and package.json only: no sources, no source maps, no node_modules', () => {
    const config = loadConfig();
    expect(config.files).toEqual(['dist/**/*', 'package.json', '!**/*.map', '!node_modules{,/**}']);
    expect(config.asar).toBe(true);
  });

  it('identifies the app and writes to release/', () => {
    const config = loadConfig();
    expect(config.appId).toBe('nl.koers.desktop');
    expect(config.productName).toBe('Koers');
    expect(config.directories?.output).toBe('release');
  });

  it('builds NSIS, DMG, AppImage and deb (category Office)', () => {
    const config = loadConfig();
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
  });

  it('points every platform at a 512x512 PNG icon that exists', () => {
    const config = loadConfig();
    const icons = new Set([config.win?.icon, config.mac?.icon, config.linux?.icon]);
    expect(icons.size).toBe(1);
    const [icon] = [...icons];
    if (typeof icon !== 'string') throw new Error('no icon configured');
    const png = readFileSync(path.join(root, icon));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('uses an unpacked Electron from ELECTRON_OVERRIDE_DIST_PATH when set, else downloads', async () => {
    expect(createConfig({})).not.toHaveProperty('electronDist');
    expect(createConfig({ ELECTRON_OVERRIDE_DIST_PATH: '' })).not.toHaveProperty('electronDist');
    const config = createConfig({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-v45' });
    expect(config.electronDist).toBe('/opt/electron-v45');
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('the committed icon is exactly what build/make-icon.mjs draws', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'koers-icon-')), 'icon.png');
    execFileSync(process.execPath, [path.join(root, 'build', 'make-icon.mjs'), out]);
    expect(readFileSync(out).equals(readFileSync(path.join(root, 'build/icons/icon.png')))).toBe(
      true,
    );
  });
});
