import { describe, expect, it } from 'vitest';
import type { KoersBridge, LockReason } from '../../../shared/ipc/contract';
import { electronPlatform } from '../../../renderer/platform/electron';

describe('Electron platform adapter', () => {
  it('passes OS and menu lock requests to the UI and unsubscribes', () => {
    const listeners = new Set<(r: LockReason) => void>();
    const bridge = {
      platform: 'electron',
      onLockRequest: (cb: (r: LockReason) => void) => {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    } as unknown as KoersBridge;
    const seen: LockReason[] = [];
    const off = electronPlatform(bridge).onLockRequest((r) => seen.push(r));
    for (const l of listeners) l('suspend');
    for (const l of listeners) l('lock-screen');
    off();
    for (const l of listeners) l('menu');
    expect(seen).toEqual(['suspend', 'lock-screen']);
    expect(listeners.size).toBe(0);
  });
});
