import { beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type LockReason } from '../../../shared/ipc/contract';
import { forwardLockEvents, sendLockRequest } from '../../../electron/lock-events';
import {
  FakeWebContents,
  asWebContents,
  fakePowerMonitor,
  powerMonitor,
  resetFakeElectron,
} from '../../fixtures/fake-electron';

beforeEach(() => resetFakeElectron());

describe('lock on OS events', () => {
  it.each(['suspend', 'lock-screen'] as const)(
    'powerMonitor %s asks the renderer to lock',
    (ev) => {
      const requested: LockReason[] = [];
      forwardLockEvents(powerMonitor, (reason) => requested.push(reason));
      expect(requested).toEqual([]);
      fakePowerMonitor.emit(ev);
      expect(requested).toEqual([ev]);
    },
  );

  it('ignores power events that do not mean the user left', () => {
    const requested: LockReason[] = [];
    forwardLockEvents(powerMonitor, (reason) => requested.push(reason));
    fakePowerMonitor.emit('resume');
    fakePowerMonitor.emit('on-ac');
    fakePowerMonitor.emit('unlock-screen');
    expect(requested).toEqual([]);
  });

  it('sends the lock request on the contract channel', () => {
    const contents = new FakeWebContents();
    sendLockRequest(asWebContents(contents), 'suspend');
    expect(contents.sent).toEqual([{ channel: IPC_CHANNELS.lockRequest, args: ['suspend'] }]);
  });

  it('does nothing when there is no live window', () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    expect(() => sendLockRequest(asWebContents(contents), 'menu')).not.toThrow();
    expect(() => sendLockRequest(null, 'menu')).not.toThrow();
    expect(contents.sent).toEqual([]);
  });
});
