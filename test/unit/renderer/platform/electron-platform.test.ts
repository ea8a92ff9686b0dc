import { describe, expect, it } from 'vitest';
import type { KoersBridge, LockReason } from '../../../../shared/ipc/contract';
import { electronPlatform } from '../../../../renderer/platform/electron';

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

describe('Electron platform: saving a copy', () => {
  it('sends a Blob or bytes to the native save dialog with a bare, safe file name; no new tabs', async () => {
    const calls: { suggestedName: string; data: Uint8Array }[] = [];
    const bridge = {
      platform: 'electron',
      saveFile: async (req: { suggestedName: string; data: Uint8Array }) => {
        calls.push(req);
        return { saved: true };
      },
    } as unknown as KoersBridge;
    const p = electronPlatform(bridge);
    expect(p.canOpenInNewTab).toBe(false);
    await p.saveFile('CV-Yılmaz-Ayşe.pdf', new Uint8Array([37, 80, 68, 70]), 'application/pdf');
    await p.saveFile(
      '../../etc/verslag:1.pdf',
      new Blob([new Uint8Array([1, 2, 3])]),
      'application/pdf',
    );
    expect(calls.map((c) => c.suggestedName)).toEqual([
      'CV-Yılmaz-Ayşe.pdf',
      '.._.._etc_verslag_1.pdf',
    ]);
    expect(Array.from(calls[1]?.data ?? [])).toEqual([1, 2, 3]);
  });
});
