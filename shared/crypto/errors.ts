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
  | 'compartment-closed'
  /** No valid consent or other legal ground for special-category data of this client. */
  | 'no-legal-ground'
  /** A purpose or note for the audit log looked like special-category data. */
  | 'audit-special-category'
  /** No anchor vouches for a key the vault key alone could have planted (see docs/security-model.md, "Anchors"). */
  | 'key-not-vouched'
  /** Unlocked without the passphrase (quick unlock): nothing can be vouched for yet. */
  | 'anchor-missing'
  /** The client's processing is restricted (AVG art. 18): the dossier is only stored. */
  | 'restricted'
  /** The client objected to this processing (AVG art. 21) and the objection stands. */
  | 'objected';

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
