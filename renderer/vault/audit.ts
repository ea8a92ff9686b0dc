import nacl from 'tweetnacl';
import { fromUtf8, toHex, utf8 } from '../../shared/crypto/bytes';
import { VaultError } from '../../shared/crypto/errors';
import { detectSpecialCategories } from '../../shared/domain/special-categories';
import type { Codec } from './codec';
import { defaultCodec } from './codec';
import type { AuditRow, KoersDb } from './db';
import type { Vault } from './vault';

export type AuditAction =
  | 'unlock'
  | 'passphrase-change'
  | 'quick-unlock-enrolled'
  | 'quick-unlock-removed'
  | 'compartment-open'
  | 'export'
  | 'erasure'
  | 'consent-change'
  | 'restriction';

export interface AuditEvent {
  action: AuditAction;
  /** The client concerned, or null for events about the vault itself. */
  clientId: string | null;
  /** Why (e.g. the stated purpose of a compartment opening); never dossier content. */
  purpose?: string;
  detail?: string;
}

export interface AuditEntry extends AuditEvent {
  seq: number;
  at: string;
  /** Hex SHA-512 of the previous entry's sealed bytes; '' for the first entry. */
  prev: string;
}

export type AuditCheck =
  | { ok: true; count: number; head: string }
  | {
      ok: false;
      count: number;
      brokenAt: number;
      reason: 'tampered' | 'moved' | 'missing' | 'chain';
    };

/** Throws before anything is written; the message names only the field, never the text. */
function refuseSpecialCategories(event: AuditEvent): void {
  for (const field of ['purpose', 'detail'] as const) {
    const text = event[field];
    if (text && detectSpecialCategories(text).length > 0)
      throw new VaultError(
        'audit-special-category',
        `Audit ${field} looks like special-category data`,
      );
  }
}

/** The chain link: a hash over the sealed bytes, so any change to an entry breaks the next. */
export const linkHash = (sealed: Uint8Array): string => toHex(nacl.hash(sealed));
const identity = (seq: number) => ({ id: `audit:${seq}`, clientId: '-', kind: 'audit' });

/**
 * Append-only, hash-chained audit log. Each entry is sealed with the vault key (so it is
 * authenticated and unreadable without the passphrase), carries the hash of the previous
 * sealed entry, and is bound to its position. An edited, deleted or reordered entry is
 * found by verify(), which names the first broken link. Cutting off the tail leaves a valid
 * shorter chain: that is why the head goes to the office at each sync (later work).
 */
export class AuditLog {
  constructor(
    private readonly vault: Vault,
    private readonly codec: Codec = defaultCodec,
  ) {}

  /** Through the vault, so every call while locked fails with VaultError('locked'). */
  private get db(): KoersDb {
    return this.vault.database;
  }

  async append(event: AuditEvent, now = new Date()): Promise<AuditEntry> {
    // The log outlives erasure of a dossier, so it must never hold what erasure removes.
    refuseSpecialCategories(event);
    const key = this.vault.keyring.requireVaultKey();
    let entry: AuditEntry | undefined;
    await this.db.transaction('rw', this.db.audit, async () => {
      const last = await this.db.audit.orderBy('seq').last();
      const seq = (last?.seq ?? 0) + 1;
      entry = { ...event, seq, at: now.toISOString(), prev: last ? linkHash(last.sealed) : '' };
      const row: AuditRow = {
        seq,
        sealed: this.codec.seal(key, { ...identity(seq), v: 1 }, utf8(JSON.stringify(entry))),
      };
      await this.db.audit.add(row);
    });
    return entry as AuditEntry;
  }

  /** Every entry, oldest first; refuses to show a log whose chain is broken. */
  async entries(filter?: { clientId?: string }): Promise<AuditEntry[]> {
    const check = await this.verify();
    if (!check.ok) throw new VaultError('tampered', `Audit log broken at entry ${check.brokenAt}`);
    const out = (await this.db.audit.orderBy('seq').toArray()).map((r) => this.open(r));
    return filter?.clientId ? out.filter((e) => e.clientId === filter.clientId) : out;
  }

  async verify(): Promise<AuditCheck> {
    const rows = await this.db.audit.orderBy('seq').toArray();
    let prev: AuditRow | undefined;
    let expectedSeq = 1;
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, count: rows.length, brokenAt: expectedSeq, reason: 'missing' };
      let entry: AuditEntry;
      try {
        entry = this.open(row);
      } catch (e) {
        const reason = e instanceof VaultError && e.code === 'misplaced' ? 'moved' : 'tampered';
        return { ok: false, count: rows.length, brokenAt: row.seq, reason };
      }
      if (entry.seq !== row.seq || entry.prev !== (prev ? linkHash(prev.sealed) : '')) {
        return { ok: false, count: rows.length, brokenAt: row.seq, reason: 'chain' };
      }
      prev = row;
      expectedSeq++;
    }
    return { ok: true, count: rows.length, head: prev ? linkHash(prev.sealed) : '' };
  }

  private open(row: AuditRow): AuditEntry {
    const key = this.vault.keyring.requireVaultKey();
    const { body } = this.codec.open(key, identity(row.seq), row.sealed);
    const entry = JSON.parse(fromUtf8(body)) as AuditEntry;
    body.fill(0);
    return entry;
  }
}
