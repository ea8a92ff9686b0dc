import { beforeEach, describe, expect, it } from 'vitest';
import { denyPermissions } from '../../../electron/permissions';
import { fakeDefaultSession, resetFakeElectron, session } from '../../fixtures/fake-electron';

const everyPermission = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'idle-detection',
  'window-management',
  'local-fonts',
  'storage-access',
  'unknown',
];

beforeEach(() => resetFakeElectron());

describe('permissions', () => {
  it('Electron would grant everything without handlers (why this module exists)', async () => {
    expect(await fakeDefaultSession.requestPermission('media', 'koers://app/')).toBe(true);
  });

  it.each(everyPermission)('denies %s requests and checks, even from the app', async (name) => {
    denyPermissions(session.defaultSession);
    expect(await fakeDefaultSession.requestPermission(name, 'koers://app/index.html')).toBe(false);
    expect(fakeDefaultSession.checkPermission(name, 'koers://app')).toBe(false);
  });

  it('grants persistent storage to the app origin only, so the vault is not evicted', async () => {
    denyPermissions(session.defaultSession);
    expect(await fakeDefaultSession.requestPermission('persistent-storage', 'koers://app/')).toBe(
      true,
    );
    expect(fakeDefaultSession.checkPermission('persistent-storage', 'koers://app')).toBe(true);
    for (const origin of ['https://evil.example', 'koers://app.evil', 'file:///', 'null']) {
      expect(await fakeDefaultSession.requestPermission('persistent-storage', origin)).toBe(false);
      expect(fakeDefaultSession.checkPermission('persistent-storage', origin)).toBe(false);
    }
  });

  it('denies USB/HID/serial device access', () => {
    denyPermissions(session.defaultSession);
    expect(fakeDefaultSession.devicePermissionHandler?.({})).toBe(false);
  });
});
