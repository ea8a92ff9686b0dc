import { VaultError } from '../../shared/crypto/errors';
import type { AuditAction, AuditEvent } from './audit';
import type { KoersDb, LockoutMeta } from './db';
import { lockoutDelayMs } from './lockout';

/** Every place Koers asks for the passphrase. They share one back-off. */
export type PassphrasePrompt =
  | 'unlock'
  | 'compartment-open'
  | 'session-leave'
  | 'passphrase-change'
  | 'quick-unlock-enroll'
  | 'erasure';

/** The audit action written for a wrong passphrase at each prompt. */
export const FAILED_ACTION = {
  unlock: 'unlock-failed',
  'compartment-open': 'compartment-open-failed',
  'session-leave': 'session-leave-failed',
  'passphrase-change': 'passphrase-change-failed',
  'quick-unlock-enroll': 'quick-unlock-enroll-failed',
  erasure: 'erasure-failed',
} as const satisfies Record<PassphrasePrompt, AuditAction>;

/** Appends to the audit log; only works while the vault key is in memory. */
export type AuditSink = (event: AuditEvent) => Promise<unknown>;

/**
 * One growing delay for every passphrase prompt (lock screen, compartment, leaving session
 * mode, changing the passphrase): five free tries, then 2 s, 4 s, 8 s … The count lives in
 * the 'lockout' meta row, so closing a dialog or restarting the app does not reset it.
 *
 * Each failure is audited. The log is sealed with the vault key, which the lock screen does
 * not have: failures there are counted in the same row and written as one entry
 * ("N failed attempts since …") at the next successful unlock.
 */
export class PassphraseThrottle {
  private sink: AuditSink | null = null;

  constructor(
    private readonly db: KoersDb,
    private readonly now: () => number,
  ) {}

  /** Where failures go while unlocked; wired next to the AuditLog (vault-instance.ts). */
  auditWith(sink: AuditSink | null): void {
    this.sink = sink;
  }

  /** Milliseconds until the next try is allowed (0 = now). */
  async retryAfterMs(): Promise<number> {
    const row = await this.row();
    if (!row) return 0;
    return Math.max(0, row.lastFailureAt + lockoutDelayMs(row.failures) - this.now());
  }

  /**
   * Runs one passphrase check. Refused with VaultError('throttled') while the back-off
   * runs; a wrong passphrase counts and is audited; success resets the back-off.
   * `check` must do nothing but derive and unwrap.
   */
  async attempt<T>(prompt: PassphrasePrompt, check: () => Promise<T>): Promise<T> {
    const wait = await this.retryAfterMs();
    if (wait > 0) throw new VaultError('throttled', 'Too many wrong passphrases', wait);
    let result: T;
    try {
      result = await check();
    } catch (e) {
      // Only a passphrase that does not open the key counts: a worker or disk failure is
      // no guess and must not push the coach into the back-off.
      if (e instanceof VaultError && e.code === 'wrong-passphrase')
        await this.recordFailure(prompt);
      throw e;
    }
    await this.reset();
    return result;
  }

  /**
   * Writes the failures counted while locked as one audit entry. Call right after a
   * successful unlock (passphrase or quick unlock), once the vault key is in memory.
   */
  async flushLockedFailures(): Promise<void> {
    const row = await this.row();
    if (!row?.unaudited || !this.sink) return;
    try {
      await this.sink({
        action: FAILED_ACTION.unlock,
        clientId: null,
        failures: row.unaudited,
        since: new Date(row.unauditedSince ?? row.lastFailureAt).toISOString(),
      });
    } catch {
      return; // Kept for the next unlock rather than lost.
    }
    const now = await this.row();
    if (!now) return;
    if (now.failures === 0) await this.db.meta.delete('lockout');
    else {
      const kept: LockoutMeta = {
        key: 'lockout',
        failures: now.failures,
        lastFailureAt: now.lastFailureAt,
      };
      await this.db.meta.put(kept);
    }
  }

  private async row(): Promise<LockoutMeta | undefined> {
    return (await this.db.meta.get('lockout')) as LockoutMeta | undefined;
  }

  private async reset(): Promise<void> {
    const row = await this.row();
    if (!row) return;
    // The back-off ends; failures not yet in the audit log stay until they are written.
    if (row.unaudited) {
      const kept: LockoutMeta = { ...row, failures: 0 };
      await this.db.meta.put(kept);
    } else await this.db.meta.delete('lockout');
  }

  private async recordFailure(prompt: PassphrasePrompt): Promise<void> {
    const at = this.now();
    let audited = false;
    if (prompt !== 'unlock' && this.sink) {
      try {
        await this.sink({ action: FAILED_ACTION[prompt], clientId: null });
        audited = true;
      } catch {
        audited = false; // Counted below and written at the next unlock.
      }
    }
    const prev = await this.row();
    const unaudited = (prev?.unaudited ?? 0) + (audited ? 0 : 1);
    const row: LockoutMeta = {
      key: 'lockout',
      failures: (prev?.failures ?? 0) + 1,
      lastFailureAt: at,
      ...(unaudited > 0 && {
        unaudited,
        unauditedSince: prev?.unaudited ? (prev.unauditedSince ?? at) : at,
      }),
    };
    await this.db.meta.put(row);
  }
}
