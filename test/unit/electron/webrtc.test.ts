// Main's share of "no WebRTC": every webContents gets the strictest IP handling policy
// (electron/webrtc.ts). The page's share is test/e2e/hardening.spec.ts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { startKoers, type KoersElectron } from '../../../electron/start';
import { WEBRTC_IP_HANDLING_POLICY, restrictWebRtc } from '../../../electron/webrtc';
import * as electron from '../../fixtures/fake-electron';
import {
  FakeBrowserWindow,
  FakeWebContents,
  asWebContents,
  fakeApp,
  makeEvent,
  resetFakeElectron,
} from '../../fixtures/fake-electron';
import { fakeSpawn } from '../../fixtures/fake-spawn';

const fake: KoersElectron = electron;

beforeEach(() => {
  resetFakeElectron();
  fakeApp.paths.set('userData', mkdtempSync(path.join(tmpdir(), 'koers-home-')));
  fakeApp.paths.set('documents', fakeApp.getPath('userData'));
});

describe('WebRTC in main', () => {
  it('uses no direct UDP and reveals no local address', () => {
    expect(WEBRTC_IP_HANDLING_POLICY).toBe('disable_non_proxied_udp');
    const contents = new FakeWebContents();
    restrictWebRtc(asWebContents(contents));
    expect(contents.webRtcIpHandlingPolicy).toBe('disable_non_proxied_udp');
  });

  it('applies to the app window and to every webContents created later', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'koers-dist-'));
    mkdirSync(path.join(dist, 'electron'));
    mkdirSync(path.join(dist, 'renderer'));
    writeFileSync(path.join(dist, 'renderer', 'index.html'), '<title>Koers</title>');
    const koers = startKoers(fake, {
      mainDir: path.join(dist, 'electron'),
      spawn: fakeSpawn().spawn,
    });
    fakeApp.markReady();
    await koers?.ready;
    expect(FakeBrowserWindow.instances[0]?.webContents.webRtcIpHandlingPolicy).toBe(
      'disable_non_proxied_udp',
    );
    const later = new FakeWebContents();
    fakeApp.emit('web-contents-created', makeEvent({}), later);
    expect(later.webRtcIpHandlingPolicy).toBe('disable_non_proxied_udp');
  });
});
