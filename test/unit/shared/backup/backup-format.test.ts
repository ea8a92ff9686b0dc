import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  backupDue,
  backupFileName,
  backupTime,
  clampKept,
  decodeRows,
  encodeRows,
  fromBase64,
  frameBytes,
  frameLabel,
  FrameReader,
  rotationVictims,
  toBase64,
} from '../../../../shared/backup/backup-format';
import { streamMac } from '../../../../shared/crypto/stream-mac';

async function* pieces(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

describe('the backup frame, fixed by an independent restatement of the spec', () => {
  it('MACs index, type, length, the previous MAC and the payload with HMAC-SHA-256', async () => {
    const key = new Uint8Array(32).fill(1);
    const payload = new TextEncoder().encode('{"format":1}');
    const previous = new Uint8Array(32);
    const mac = (await streamMac(key)).mac(frameLabel(0, 1, payload.length), previous, payload);
    const expected = createHmac('sha256', Buffer.from(key))
      .update(
        Buffer.concat([
          Buffer.from('koers-backup-frame'),
          Buffer.from([0, 0, 0, 0]), // index
          Buffer.from([1]), // type: header
          Buffer.from([0, 0, 0, payload.length]),
          Buffer.from(previous),
          Buffer.from(payload),
        ]),
      )
      .digest();
    expect(Buffer.from(mac).equals(expected)).toBe(true);
    const frame = frameBytes(1, payload, mac);
    expect([...frame.subarray(0, 5)]).toEqual([1, 0, 0, 0, payload.length]);
    expect(frame.length).toBe(5 + payload.length + 32);
  });

  it('reads frames back whatever the pieces the bytes arrive in', async () => {
    const a = frameBytes(2, new Uint8Array([1, 2, 3]), new Uint8Array(32).fill(7));
    const b = frameBytes(3, new Uint8Array(0), new Uint8Array(32).fill(8));
    const all = new Uint8Array([...new TextEncoder().encode('KOERSBK1'), ...a, ...b]);
    for (const size of [1, 3, 64, 1000]) {
      const r = new FrameReader(pieces(all, size));
      await r.magic(new TextEncoder().encode('KOERSBK1'));
      const f1 = await r.next();
      expect([f1?.index, f1?.type, [...(f1?.payload ?? [])]]).toEqual([0, 2, [1, 2, 3]]);
      expect((await r.next())?.type).toBe(3);
      expect(await r.next()).toBeNull();
    }
  });

  it('keeps rows as stored: byte fields, dates, absent fields', () => {
    const rows = [
      { id: 'r1', clientId: 'c1', kind: 'tag', sealed: new Uint8Array([0, 255, 9]), e: 2 },
      { key: 'lockout', at: new Date('2026-11-30T08:00:00Z'), salt: new Uint8Array(0) },
    ];
    const back = decodeRows(encodeRows('records', rows));
    expect(back.table).toBe('records');
    expect(back.rows).toEqual(rows);
    expect(() => encodeRows('x', [{ b: new Uint16Array(2) }])).toThrow(/Uint8Array/);
  });

  it('base64 round trips every length', () => {
    for (let n = 0; n < 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(toBase64(b)).toBe(Buffer.from(b).toString('base64'));
      expect(fromBase64(toBase64(b))).toEqual(b);
    }
  });
});

describe('names, rotation and the daily rule', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 8, 30));

  it('names sort by time and parse back', () => {
    expect(backupFileName(day(30))).toBe('koers-backup-20261130-083000.koersbackup');
    expect(backupTime(backupFileName(day(3)))).toEqual(day(3));
    expect(backupTime('rapport.pdf')).toBeNull();
  });

  it('rotation deletes all but the newest `keep` backups, never other files, and keeps at least one', () => {
    const names = [1, 2, 3, 4].map((d) => backupFileName(day(d)));
    expect(rotationVictims([...names, 'notities.txt'], 2)).toEqual([names[1], names[0]]);
    expect(rotationVictims(names, 0)).toEqual([names[2], names[1], names[0]]);
    expect(clampKept(100)).toBe(60);
  });

  it('is due once per (UTC) day', () => {
    const names = [backupFileName(day(3))];
    expect(backupDue([], day(3))).toBe(true);
    expect(backupDue(names, new Date(day(3).getTime() + 3_600_000))).toBe(false);
    expect(backupDue(names, day(4))).toBe(true);
  });
});
