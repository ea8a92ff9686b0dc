import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQuickUnlock, TOUCH_ID_REASON } from '../../../electron/quick-unlock';
import {
  fakeSafeStorage,
  fakeSystemPreferences,
  resetFakeElectron,
  safeStorage,
  systemPreferences,
} from '../../fixtures/fake-electron';

const secret = new Uint8Array(32).map((_, i) => i + 1);

function setup(platform: NodeJS.Platform = 'linux') {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'koers-qu-')), 'quick-unlock.bin');
  return { file, qu: createQuickUnlock({ safeStorage, platform, file }) };
}

beforeEach(() => resetFakeElectron());

describe('quick unlock', () => {
  it('is off by default: available but not enrolled, nothing on disk', async () => {
    const { file, qu } = setup();
    expect(await qu.status()).toEqual({ available: true, enrolled: false });
    expect(await qu.unlock()).toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it('stores the key sealed by the OS keystore and gives it back', async () => {
    const { file, qu } = setup();
    expect(await qu.enable({ secret })).toEqual({ available: true, enrolled: true });
    qu.lockScreen(true);
    const onDisk = readFileSync(file);
    expect(onDisk.toString()).toMatch(/^sealed:/);
    expect(onDisk.includes(Buffer.from(secret))).toBe(false);
    expect((await qu.unlock())?.secret).toEqual(secret);
  });

  it('writes the sealed file readable by the user only', async () => {
    if (process.platform === 'win32') return;
    const { file, qu } = setup();
    await qu.enable({ secret });
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('refuses on Linux with the basic_text backend, storing nothing', async () => {
    fakeSafeStorage.backend = 'basic_text';
    const { file, qu } = setup('linux');
    expect(await qu.status()).toEqual({
      available: false,
      enrolled: false,
      reason: 'linux-basic-text',
    });
    expect(await qu.enable({ secret })).toMatchObject({ available: false, enrolled: false });
    expect(fakeSafeStorage.calls.encrypt).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('will not unlock once the backend has fallen back to basic_text', async () => {
    const { qu } = setup('linux');
    await qu.enable({ secret });
    qu.lockScreen(true);
    fakeSafeStorage.backend = 'basic_text';
    expect(await qu.unlock()).toBeNull();
    expect(fakeSafeStorage.calls.decrypt).toBe(0);
  });

  it('treats an undetermined Linux backend as unavailable', async () => {
    fakeSafeStorage.backend = 'unknown';
    expect(await setup('linux').qu.status()).toMatchObject({
      available: false,
      reason: 'encryption-unavailable',
    });
  });

  it('only looks at the Linux backend on Linux', async () => {
    fakeSafeStorage.backend = 'basic_text';
    expect(await setup('darwin').qu.status()).toEqual({ available: true, enrolled: false });
  });

  it('refuses when the keystore is unavailable', async () => {
    fakeSafeStorage.asyncAvailable = false;
    const { qu } = setup('win32');
    expect(await qu.enable({ secret })).toEqual({
      available: false,
      enrolled: false,
      reason: 'encryption-unavailable',
    });
  });

  it('reseals when the OS rotated its key', async () => {
    const { qu } = setup();
    await qu.enable({ secret });
    fakeSafeStorage.rotated = true;
    qu.lockScreen(true);
    const before = fakeSafeStorage.calls.encrypt;
    expect((await qu.unlock())?.secret).toEqual(secret);
    expect(fakeSafeStorage.calls.encrypt).toBe(before + 1);
  });

  it('returns null for a file it cannot open or that holds the wrong size', async () => {
    const { file, qu } = setup();
    qu.lockScreen(true);
    writeFileSync(file, 'garbage');
    expect(await qu.unlock()).toBeNull();
    writeFileSync(
      file,
      `sealed:${Buffer.from(Buffer.alloc(16).toString('base64')).toString('base64')}`,
    );
    expect(await qu.unlock()).toBeNull();
  });

  it('disable removes the sealed key', async () => {
    const { file, qu } = setup();
    await qu.enable({ secret });
    expect(await qu.disable()).toEqual({ available: true, enrolled: false });
    expect(existsSync(file)).toBe(false);
    expect(await qu.unlock()).toBeNull();
  });
});

describe('main hands out the quick-unlock key only to the lock screen', () => {
  async function enrolled(platform: NodeJS.Platform = 'linux') {
    const s = setup(platform);
    await s.qu.enable({ secret });
    return s;
  }

  it('refuses while the lock screen is not up, without touching the keystore', async () => {
    const { qu } = await enrolled();
    expect(await qu.unlock()).toBeNull();
    qu.lockScreen(true);
    qu.lockScreen(false);
    expect(await qu.unlock()).toBeNull();
    expect(fakeSafeStorage.calls.decrypt).toBe(0);
  });

  it('releases once per showing of the lock screen; a second ask is refused', async () => {
    const { qu } = await enrolled();
    qu.lockScreen(true);
    expect((await qu.unlock())?.secret).toEqual(secret);
    expect(await qu.unlock()).toBeNull();
    // Reporting "shown" again without going away does not re-arm it.
    qu.lockScreen(true);
    expect(await qu.unlock()).toBeNull();
    expect(fakeSafeStorage.calls.decrypt).toBe(1);
    // The next time the lock screen appears, once more.
    qu.lockScreen(false);
    qu.lockScreen(true);
    expect((await qu.unlock())?.secret).toEqual(secret);
  });

  it('two asks at the same moment get one key between them', async () => {
    const { qu } = await enrolled();
    qu.lockScreen(true);
    const answers = await Promise.all([qu.unlock(), qu.unlock()]);
    expect(answers.filter((a) => a !== null)).toHaveLength(1);
  });

  it('asks for Touch ID where the Mac has it, and refuses when it is not passed', async () => {
    fakeSystemPreferences.touchIdAvailable = true;
    fakeSystemPreferences.touchIdPasses = false;
    const { file } = await enrolled('darwin');
    const qu = createQuickUnlock({ safeStorage, platform: 'darwin', file, systemPreferences });
    qu.lockScreen(true);
    expect(await qu.unlock()).toBeNull();
    expect(fakeSystemPreferences.touchIdPrompts).toEqual([TOUCH_ID_REASON]);
    expect(fakeSafeStorage.calls.decrypt).toBe(0);
    // A cancelled prompt does not use up the lock screen's one release.
    fakeSystemPreferences.touchIdPasses = true;
    expect((await qu.unlock())?.secret).toEqual(secret);
    expect(fakeSystemPreferences.touchIdPrompts).toHaveLength(2);
  });

  it('does not prompt where there is no Touch ID, nor on other systems', async () => {
    const mac = await enrolled('darwin');
    const noSensor = createQuickUnlock({
      safeStorage,
      platform: 'darwin',
      file: mac.file,
      systemPreferences,
    });
    noSensor.lockScreen(true);
    expect((await noSensor.unlock())?.secret).toEqual(secret);
    fakeSystemPreferences.touchIdAvailable = true;
    const win = await enrolled('win32');
    const onWindows = createQuickUnlock({
      safeStorage,
      platform: 'win32',
      file: win.file,
      systemPreferences,
    });
    onWindows.lockScreen(true);
    expect((await onWindows.unlock())?.secret).toEqual(secret);
    expect(fakeSystemPreferences.touchIdPrompts).toEqual([]);
  });
});
