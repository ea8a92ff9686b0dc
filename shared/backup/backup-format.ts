import { concat, fromUtf8, utf8 } from '../crypto/bytes';

/**
 * The backup file, frame by frame (docs/security-model.md, "Backups"):
 *
 *   "KOERSBK1" then frames of [type u8][length u32 BE][payload][MAC 32]
 *
 * Frame 0 is the header (JSON): what a restore needs to derive the keys from the passphrase
 * (the KDF parameters and the wrapped vault key, as stored in the vault) and the backup key
 * sealed with the vault key. Then row frames (one table's rows each, exactly as stored), and
 * last an end frame with the counts. Each frame's MAC (HMAC-SHA-256 under a key derived from
 * the backup key) covers its index, type, length, payload and the previous frame's MAC: a
 * flipped byte, a dropped, swapped or repeated frame, or a file cut anywhere is refused.
 */
export const BACKUP_MAGIC = utf8('KOERSBK1');
export const FRAME_HEADER = 1;
export const FRAME_ROWS = 2;
export const FRAME_END = 3;
export const MAC_BYTES = 32;
/** No frame is larger: a lying length field cannot make the reader allocate gigabytes. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** Rows are cut into frames of about this size. */
export const FRAME_TARGET_BYTES = 1024 * 1024;
export const BACKUP_FORMAT = 1;
export const BACKUP_EXTENSION = '.koersbackup';
/** The erasure ledger beside the backups (its own authenticated file). */
export const LEDGER_FILE_NAME = 'koers-verwijderlogboek.koersledger';
export const LEDGER_MAGIC = utf8('KOERSLG1');
export const DEFAULT_BACKUPS_KEPT = 14;
export const MIN_BACKUPS_KEPT = 1;
export const MAX_BACKUPS_KEPT = 60;

export type BackupErrorCode =
  /** Not a Koers backup at all (wrong magic, unknown frame). */
  | 'not-a-backup'
  /** A MAC did not match: a changed byte, a frame from elsewhere. */
  | 'tampered'
  /** The file ends before its end frame. */
  | 'truncated'
  | 'wrong-passphrase'
  /** Written by a newer Koers (format or tables this one does not know). */
  | 'newer-format'
  /** A restore goes into a fresh vault only. */
  | 'vault-exists'
  /** The ledger beside the backups does not open with this backup's key. */
  | 'ledger-tampered'
  /** The vault's keys changed while the backup was written; it was not kept. */
  | 'changed-during-backup'
  /** No backup folder chosen, or it cannot be reached. */
  | 'no-folder';

/** A backup refused or not made; the code is what the UI translates. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** What frame 0 holds: enough to derive the keys from the passphrase, nothing of a dossier. */
export interface BackupHeader {
  format: number;
  /** ISO timestamp. */
  createdAt: string;
  /** Random per file, so frames cannot be moved between two backups. */
  fileId: string;
  /** The Dexie schema version of the vault it came from. */
  dbVersion: number;
  tables: string[];
  kdf: {
    alg: 'argon2id';
    memoryKiB: number;
    iterations: number;
    parallelism: number;
    salt: string;
  };
  /** As stored in the vault: the vault key sealed under the passphrase-derived key (base64). */
  wrappedVaultKey: string;
  /** The backup key sealed with that vault key (base64). */
  wrappedBackupKey: string;
}

export interface BackupEnd {
  frames: number;
  rows: Record<string, number>;
}

// ---- bytes ---------------------------------------------------------------------------------

export const u32 = (n: number): Uint8Array =>
  new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
const readU32 = (b: Uint8Array, at: number): number =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>>
  0;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export function toBase64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = ((b[i] ?? 0) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] ?? '';
    out += B64[(n >> 12) & 63] ?? '';
    out += i + 1 < b.length ? (B64[(n >> 6) & 63] ?? '') : '=';
    out += i + 2 < b.length ? (B64[n & 63] ?? '') : '=';
  }
  return out;
}
export function fromBase64(s: string): Uint8Array {
  if (s.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(s)) throw new Error('Not base64');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n =
      (B64.indexOf(s[i] ?? 'A') << 18) |
      (B64.indexOf(s[i + 1] ?? 'A') << 12) |
      ((B64.indexOf(s[i + 2] ?? 'A') & 63) << 6) |
      (B64.indexOf(s[i + 3] ?? 'A') & 63);
    if (o < out.length) out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** What a frame's MAC covers, besides the previous MAC: its index, type and length. */
export const frameLabel = (index: number, type: number, length: number): Uint8Array =>
  concat(utf8('koers-backup-frame'), u32(index), new Uint8Array([type]), u32(length));

export const frameBytes = (type: number, payload: Uint8Array, mac: Uint8Array): Uint8Array =>
  concat(new Uint8Array([type]), u32(payload.length), payload, mac);

// ---- rows ----------------------------------------------------------------------------------

/**
 * One table's rows as stored: JSON, with every byte array moved after it and referenced by
 * offset and length (`{"$b":[at,len]}`), so a 1 MiB chunk is not inflated by base64.
 */
export function encodeRows(table: string, rows: readonly object[]): Uint8Array {
  const blobs: Uint8Array[] = [];
  let at = 0;
  const json = JSON.stringify(rows, function (this: unknown, key: string, value: unknown) {
    // JSON.stringify hands over Dates already as strings: read the holder's own value.
    const own = (this as Record<string, unknown>)[key];
    if (own instanceof Uint8Array) {
      blobs.push(own);
      const ref = { $b: [at, own.length] };
      at += own.length;
      return ref;
    }
    if (own instanceof Date) return { $d: own.toISOString() };
    if (own instanceof ArrayBuffer || ArrayBuffer.isView(own))
      throw new Error(`Table ${table}: only Uint8Array byte fields can be backed up`);
    return value;
  });
  const name = utf8(table);
  const jsonBytes = utf8(json);
  return concat(new Uint8Array([name.length]), name, u32(jsonBytes.length), jsonBytes, ...blobs);
}

export function decodeRows(payload: Uint8Array): {
  table: string;
  rows: Record<string, unknown>[];
} {
  const nameLength = payload[0] ?? 0;
  const table = fromUtf8(payload.subarray(1, 1 + nameLength));
  const jsonLength = readU32(payload, 1 + nameLength);
  const jsonStart = 5 + nameLength;
  const blobStart = jsonStart + jsonLength;
  if (blobStart > payload.length) throw new BackupError('not-a-backup', 'Row frame too short');
  const rows = JSON.parse(fromUtf8(payload.subarray(jsonStart, blobStart)), (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const ref = o.$b;
      if (Array.isArray(ref) && Object.keys(o).length === 1) {
        const [from, length] = ref as [number, number];
        const start = blobStart + from;
        if (start + length > payload.length)
          throw new BackupError('not-a-backup', 'Byte field beyond its frame');
        // A copy: the frame's buffer is reused for the next frame.
        return payload.slice(start, start + length);
      }
      if (typeof o.$d === 'string' && Object.keys(o).length === 1) return new Date(o.$d);
    }
    return v;
  }) as unknown;
  if (!Array.isArray(rows)) throw new BackupError('not-a-backup', 'Row frame without rows');
  return { table, rows: rows as Record<string, unknown>[] };
}

// ---- reading a stream ----------------------------------------------------------------------

export interface Frame {
  index: number;
  type: number;
  payload: Uint8Array;
  mac: Uint8Array;
}

/**
 * Reads frames from a stream of arbitrary pieces, holding at most one frame (plus one piece)
 * at a time. Ends with 'truncated' when the bytes stop inside a frame.
 */
export class FrameReader {
  private buffer: Uint8Array = new Uint8Array(0);
  private ended = false;
  private index = 0;
  private readonly it: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async fill(n: number): Promise<boolean> {
    if (this.buffer.length >= n || this.ended) return this.buffer.length >= n;
    // Pieces are gathered and joined once, not re-copied at each piece (a 1 MiB frame from
    // 64 KiB reads would otherwise be copied sixteen times).
    const pieces = [this.buffer];
    let have = this.buffer.length;
    while (have < n) {
      const next = await this.it.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      pieces.push(next.value);
      have += next.value.length;
    }
    this.buffer = pieces.length === 1 ? this.buffer : concat(...pieces);
    return this.buffer.length >= n;
  }

  private take(n: number): Uint8Array {
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  async magic(expected: Uint8Array): Promise<void> {
    if (!(await this.fill(expected.length)))
      throw new BackupError('not-a-backup', 'Too short for a backup');
    const got = this.take(expected.length);
    if (got.some((b, i) => b !== expected[i]))
      throw new BackupError('not-a-backup', 'Not a Koers backup');
  }

  /** The next frame, or null at a clean end of the bytes. */
  async next(): Promise<Frame | null> {
    if (!(await this.fill(1))) return null;
    if (!(await this.fill(5))) throw new BackupError('truncated', 'The file ends inside a frame');
    const type = this.buffer[0] ?? 0;
    const length = readU32(this.buffer, 1);
    if (length > MAX_FRAME_BYTES) throw new BackupError('not-a-backup', 'Frame too large');
    if (!(await this.fill(5 + length + MAC_BYTES)))
      throw new BackupError('truncated', 'The file ends inside a frame');
    this.take(5);
    const payload = this.take(length);
    const mac = this.take(MAC_BYTES);
    return { index: this.index++, type, payload, mac };
  }

  /** Whether any byte follows (after the end frame there must be none). */
  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }
}

// ---- names and rotation --------------------------------------------------------------------

const NAME = /^koers-backup-(\d{8})-(\d{6})\.koersbackup$/;

/** "koers-backup-20261130-081500.koersbackup" (UTC): sorts by name as by time. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString(); // 2026-11-30T08:15:00.000Z
  const day = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 19).replaceAll(':', '');
  return `koers-backup-${day}-${time}${BACKUP_EXTENSION}`;
}

export const isBackupName = (name: string): boolean => NAME.test(name);

/** When a backup of this name was made, or null for any other name. */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m?.[1] || !m[2]) return null;
  const [d, t] = [m[1], m[2]];
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The backups in a folder, newest first; other files are not ours and are left alone. */
export const backupsNewestFirst = (names: readonly string[]): string[] =>
  names.filter(isBackupName).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));

/** Which backups rotation deletes: all but the `keep` newest. */
export const rotationVictims = (names: readonly string[], keep: number): string[] =>
  backupsNewestFirst(names).slice(Math.max(MIN_BACKUPS_KEPT, keep));

/** At most daily: due when the newest backup is from an earlier (UTC) day, or there is none. */
export function backupDue(names: readonly string[], now: Date): boolean {
  const newest = backupsNewestFirst(names)[0];
  const at = newest ? backupTime(newest) : null;
  return !at || at.toISOString().slice(0, 10) < now.toISOString().slice(0, 10);
}

export const clampKept = (n: number): number =>
  Math.min(MAX_BACKUPS_KEPT, Math.max(MIN_BACKUPS_KEPT, Math.round(n)));
