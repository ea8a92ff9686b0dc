/**
 * Where a backup's bytes go. `commit` makes it a backup (a folder renames its temporary file
 * to the final name); until then nothing is visible, and `abort` throws the partial away.
 */
export interface BackupSink {
  write(bytes: Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * A folder the coach chose (USB stick, network share), as the main process offers it: bare
 * file names only, never a path. `create` writes under a temporary name and renames on
 * commit, so a kill mid-write leaves the earlier files as they were.
 */
export interface BackupFolder {
  list(): Promise<string[]>;
  create(name: string): Promise<BackupSink>;
  read(name: string): AsyncIterable<Uint8Array>;
  /** The whole (small) file, or null when absent: the ledger. */
  readSmall(name: string): Promise<Uint8Array | null>;
  remove(name: string): Promise<void>;
}
