import { concat, fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { equalBytes } from '../../shared/crypto/mac';
import { streamMac, type StreamMac } from '../../shared/crypto/stream-mac';
import {
  BACKUP_MAGIC,
  BackupError,
  decodeRows,
  encodeRows,
  FRAME_END,
  FRAME_HEADER,
  FRAME_ROWS,
  frameBytes,
  frameLabel,
  FrameReader,
  MAC_BYTES,
  type BackupEnd,
  type BackupHeader,
} from '../../shared/backup/backup-format';

import type { BackupSink } from '../../shared/backup/backup-ports';

export type { BackupSink };

/** Writes frames with their chained MACs (the layout is in shared/backup/backup-format.ts). */
export class FrameWriter {
  private index = 0;
  private previous: Uint8Array = new Uint8Array(MAC_BYTES);
  bytes = 0;

  constructor(
    private readonly sink: BackupSink,
    private readonly mac: StreamMac,
  ) {}

  async start(): Promise<void> {
    await this.sink.write(BACKUP_MAGIC);
    this.bytes += BACKUP_MAGIC.length;
  }

  async frame(type: number, payload: Uint8Array): Promise<void> {
    const mac = this.mac.mac(frameLabel(this.index, type, payload.length), this.previous, payload);
    const bytes = frameBytes(type, payload, mac);
    await this.sink.write(bytes);
    this.bytes += bytes.length;
    this.previous = mac;
    this.index++;
  }

  get frames(): number {
    return this.index;
  }

  header = (h: BackupHeader) => this.frame(FRAME_HEADER, utf8(JSON.stringify(h)));
  rows = (table: string, rows: readonly object[]) =>
    this.frame(FRAME_ROWS, encodeRows(table, rows));
  end = (e: BackupEnd) => this.frame(FRAME_END, utf8(JSON.stringify(e)));
}

export interface ReadHandlers {
  /** Given the header (not yet authenticated), the backup key B's MAC key, or a throw. */
  macKeyFor(header: BackupHeader): Promise<Uint8Array>;
  /** Called after the header frame's MAC has been checked. */
  onHeader?(header: BackupHeader): Promise<void>;
  /** Each table's rows, only after their frame's MAC has been checked. */
  onRows(table: string, rows: Record<string, unknown>[]): Promise<void>;
}

function parseJson<T>(payload: Uint8Array): T {
  try {
    return JSON.parse(fromUtf8(payload)) as T;
  } catch {
    throw new BackupError('not-a-backup', 'A frame does not hold JSON');
  }
}

/**
 * Reads a backup and checks it frame by frame: every MAC, the order, the counts in the end
 * frame, and that nothing follows it. Rows reach `onRows` only once their frame is proven;
 * the caller must still treat everything as provisional until this resolves (a cut file is
 * only known to be cut at its end).
 */
export async function readBackup(
  source: AsyncIterable<Uint8Array>,
  handlers: ReadHandlers,
): Promise<{ header: BackupHeader; end: BackupEnd }> {
  const reader = new FrameReader(source);
  await reader.magic(BACKUP_MAGIC);
  const first = await reader.next();
  if (!first) throw new BackupError('truncated', 'The backup has no header');
  if (first.type !== FRAME_HEADER) throw new BackupError('not-a-backup', 'No header frame');
  const header = parseJson<BackupHeader>(first.payload);
  if (typeof header.format !== 'number' || header.format > 1)
    throw new BackupError('newer-format', `Backup format ${String(header.format)}`);
  const mac = await streamMac(await handlers.macKeyFor(header));
  let previous: Uint8Array = new Uint8Array(MAC_BYTES);
  const check = (f: { index: number; type: number; payload: Uint8Array; mac: Uint8Array }) => {
    const want = mac.mac(frameLabel(f.index, f.type, f.payload.length), previous, f.payload);
    if (!equalBytes(want, f.mac)) throw new BackupError('tampered', `Frame ${f.index} changed`);
    previous = concat(f.mac);
  };
  check(first);
  await handlers.onHeader?.(header);
  const counted: Record<string, number> = {};
  for (;;) {
    const f = await reader.next();
    if (!f) throw new BackupError('truncated', 'The backup ends before its end frame');
    check(f);
    if (f.type === FRAME_ROWS) {
      const { table, rows } = decodeRows(f.payload);
      counted[table] = (counted[table] ?? 0) + rows.length;
      await handlers.onRows(table, rows);
    } else if (f.type === FRAME_END) {
      const end = parseJson<BackupEnd>(f.payload);
      const same =
        end.frames === f.index &&
        Object.keys(end.rows).length === Object.keys(counted).length &&
        Object.entries(end.rows).every(([t, n]) => counted[t] === n);
      if (!same) throw new BackupError('tampered', 'The counts do not match the end frame');
      if (!(await reader.atEnd())) throw new BackupError('tampered', 'Bytes after the end frame');
      return { header, end };
    } else throw new BackupError('not-a-backup', `Unknown frame type ${f.type}`);
  }
}
