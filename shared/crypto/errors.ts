/**
 * Every failure the vault can report. The code is stable and is what the UI translates;
 * the message is English and safe for logs: it never carries record contents.
 */
export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'throttled'
  | 'locked'
  | 'tampered'
  | 'misplaced'
  | 'unsupported-format'
  | 'no-vault'
  | 'vault-exists'
  | 'weak-passphrase'
  | 'not-found'
  | 'storage-failed'
  | 'compartment-closed';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}
