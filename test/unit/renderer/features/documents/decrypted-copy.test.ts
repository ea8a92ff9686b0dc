import { describe, expect, it, vi } from 'vitest';

// The desktop app's save path, with the bridge faked: the name handed to the native save
// dialog is what the coach's file system gets.
const saveFile = vi.fn(async () => ({ saved: true }));
vi.mock('../../../../../renderer/platform', () => ({
  platform: { kind: 'electron', saveFile, canOpenInNewTab: false },
}));

const { saveCopy } = await import('../../../../../renderer/features/documents/decrypted-copy');

describe('saving a decrypted copy', () => {
  // Security review, issue 9 item 10: names stored before they were made portable still
  // leave the vault under a name every OS accepts.
  it.each([
    ['CON.pdf', '_CON.pdf'],
    ['besluit: UWV 2/3?.pdf', 'besluit_ UWV 2_3_.pdf'],
    ['rapport.pdf. ', 'rapport.pdf'],
    ['factuur\u202Efdp.pdf', 'factuur_fdp.pdf'],
  ])('saves %j as %j', async (stored, offered) => {
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' });
    await saveCopy(blob, stored);
    expect(saveFile).toHaveBeenLastCalledWith(offered, blob, 'application/pdf');
  });

  it('keeps a long name within 255 UTF-8 bytes and its extension', async () => {
    const blob = new Blob([new Uint8Array([1])], { type: 'image/jpeg' });
    await saveCopy(blob, `${'ĳ'.repeat(200)}.jpeg`);
    const calls = saveFile.mock.calls as unknown as [string, Blob, string][];
    const name = calls.at(-1)?.[0] ?? '';
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});
