// The OS going to sleep or the screen locking means the coach has walked away: the renderer
// must forget every key before anyone else can sit down. Main only asks; locking (wiping keys
// and decrypted state) is the renderer's job, because only it holds them.
import type { PowerMonitor, WebContents } from 'electron';
import { IPC_CHANNELS, type LockReason } from '../shared/ipc/contract';

export type LockTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

export function sendLockRequest(target: LockTarget | null, reason: LockReason): void {
  if (target === null || target.isDestroyed()) return;
  target.send(IPC_CHANNELS.lockRequest, reason);
}

export function forwardLockEvents(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  requestLock: (reason: LockReason) => void,
): void {
  powerMonitor.on('suspend', () => requestLock('suspend'));
  powerMonitor.on('lock-screen', () => requestLock('lock-screen'));
}
