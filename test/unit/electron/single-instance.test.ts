import { beforeEach, describe, expect, it } from 'vitest';
import { claimSingleInstance, focusWindow } from '../../../electron/single-instance';
import {
  BrowserWindow,
  FakeBrowserWindow,
  app,
  fakeApp,
  makeEvent,
  resetFakeElectron,
} from '../../fixtures/fake-electron';

beforeEach(() => resetFakeElectron());

describe('single instance', () => {
  it('the first instance keeps running and focuses itself on a second launch', () => {
    let focused = 0;
    expect(claimSingleInstance(app, () => (focused += 1))).toBe(true);
    expect(fakeApp.calls.requestSingleInstanceLock).toBe(1);
    expect(fakeApp.calls.quit).toBe(0);
    fakeApp.emit('second-instance', makeEvent({}), ['koers'], '/');
    expect(focused).toBe(1);
  });

  it('a second instance quits without doing anything else', () => {
    fakeApp.singleInstanceLockGranted = false;
    let focused = 0;
    expect(claimSingleInstance(app, () => (focused += 1))).toBe(false);
    expect(fakeApp.calls.quit).toBe(1);
    expect(fakeApp.listenerCount('second-instance')).toBe(0);
  });

  it('focusing restores a minimised window and brings it forward', () => {
    const win = new BrowserWindow({});
    const fake = FakeBrowserWindow.instances[0];
    if (fake === undefined) throw new Error('no window');
    fake.minimized = true;
    focusWindow(win);
    expect(fake.minimized).toBe(false);
    expect(fake.shown).toBe(true);
    expect(fake.focusCount).toBe(1);
  });

  it('focusing tolerates a missing or closed window', () => {
    expect(() => focusWindow(null)).not.toThrow();
    const win = new BrowserWindow({});
    FakeBrowserWindow.instances[0]?.close();
    expect(() => focusWindow(win)).not.toThrow();
    expect(FakeBrowserWindow.instances[0]?.focusCount).toBe(0);
  });
});
