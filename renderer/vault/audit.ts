import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { newestEpoch } from '../../shared/crypto/key-chain';
import { VaultError } from '../../shared/crypto/errors';
import type { AuditFacts } from '../../shared/domain/audit-facts';
import { detectSpecialCategories } from '../../shared/domain/special-categories';
import type { Codec } from './codec';
import { defaultCodec } from './codec';
import { headRow, linkHash, readHead } from './audit-head';
import type { AuditRow, KoersDb } from './db';
import type { Vault } from './vault';

export type AuditAction =
  | 'unlock'
  | 'passphrase-change'
  | 'quick-unlock-enrolled'
  | 'quick-unlock-removed'
  | 'compartment-open'
  | 'export'
  /** A client's export read in from another vault (portability). */
  | 'import'
  | 'erasure'
  | 'consent-change'
  | 'restriction'
  /** A legal hold on a retention item (renderer/vault/retention-holds.ts). */
  | 'retention-hold'
  /** A client's request (AVG art. 15–21) registered, changed or answered: its type only. */
  | 'request'
  | 'session-mode-start'
  | 'session-mode-end'
  /** A compartment key that no anchor vouches for was refused (see Compartment.prepare). */
  | 'compartment-key-refused'
  // A wrong passphrase; on the lock screen counted and written once at the next unlock.
  | 'unlock-failed'
  | 'compartment-open-failed'
  /** A sealed draft thrown away unread (it could not be opened, or the coach chose to). */
  | 'sealed-draft-discarded'
  /** Unsaved input of a form thrown away by the coach; the detail names the form. */
  | 'draft-discarded'
  /** A redacted ID copy kept as a document (the original image never stored). */
  | 'id-copy-redacted'
  | 'session-leave-failed'
  | 'passphrase-change-failed'
  /** A wrong passphrase when confirming an erasure (nothing was erased). */
  | 'erasure-failed'
  | 'quick-unlock-enroll-failed';

export interface AuditEvent {
  action: AuditAction;
  /** The client concerned, or null for events about the vault itself. */
  clientId: string | null;
  /** Why (e.g. the stated purpose of a compartment opening); never dossier content. */
  purpose?: string;
  /**
   * What happened beyond the action, as codes the viewer words in the UI language. New
   * entries use this; `detail` is what older versions wrote (English words and tokens).
   */
  facts?: AuditFacts;
  /** Free text or a token; kept for entries written before `facts` (see legacyFacts). */
  detail?: string;
  /** For 'unlock-failed': how many wrong passphrases on the lock screen, and since when. */
  failures?: number;
  since?: string;
}

export interface AuditEntry extends AuditEvent {
  seq: number;
  at: string;
  /** Hex SHA-512 of the previous entry's sealed bytes; '' for the first entry. */
  prev: string;
}

/**
 * `vouchedUpTo`: the last entry an anchor vouches for (0: none). Entries after it were
 * written in a session unlocked without the passphrase (quick unlock): intact, not vouched.
 * `anchored`: false when this session has no anchor (quick unlock), so the head could not
 * be checked at all.
 */
export type AuditCheck =
  | { ok: true; count: number; head: string; vouchedUpTo: number; anchored: boolean }
  | {
      ok: false;
      count: number;
      brokenAt: number;
      /** The last entry the check can still vouch for (0: none). */
      vouchedUpTo: number;
      /**
       * truncated: rows after `brokenAt - 1` were removed (the anchored head names more);
       * replaced: the chain does not lead to the anchored head (a chain built anew);
       * unvouched: an entry claims an anchor that did not write it.
       */
      reason: 'tampered' | 'moved' | 'missing' | 'chain' | 'truncated' | 'replaced' | 'unvouched';
    };

const ENTRY_LABEL = 'koers/audit-entry/v1';

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

export { linkHash };
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
    const keys = this.vault.keyring.requireAuditKeys();
    const e = newestEpoch(keys);
    let entry: AuditEntry | undefined;
    await this.db.transaction('rw', this.db.audit, this.db.meta, async () => {
      const last = await this.db.audit.orderBy('seq').last();
      const seq = (last?.seq ?? 0) + 1;
      entry = { ...event, seq, at: now.toISOString(), prev: last ? linkHash(last.sealed) : '' };
      const sealed = this.codec.seal(
        keys.get(e) as Uint8Array,
        { ...identity(seq), v: 1 },
        utf8(JSON.stringify(entry)),
      );
      const row: AuditRow = { seq, sealed, e };
      // With an anchor (unlocked with the passphrase) the entry and the head are vouched for.
      if (this.vault.anchored) {
        const hash = linkHash(sealed);
        const vouch = this.vault.vouch(ENTRY_LABEL, String(seq), hash);
        row.mac = vouch.mac;
        await this.db.meta.put(headRow(this.vault, { seq, hash }));
      }
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

  /**
   * Checks every link, every anchor MAC and the anchored head. Names the first broken entry
   * and the last one it can vouch for. A cut-off tail and a chain built anew (both possible
   * with the vault key alone) are caught by the head, which only an anchor can write.
   */
  async verify(): Promise<AuditCheck> {
    const rows = await this.db.audit.orderBy('seq').toArray();
    const anchored = this.vault.anchored;
    const head = anchored ? await readHead(this.db, this.vault) : null;
    let prev: AuditRow | undefined;
    let expectedSeq = 1;
    let vouchedUpTo = 0;
    const broken = (brokenAt: number, reason: Extract<AuditCheck, { ok: false }>['reason']) =>
      ({ ok: false, count: rows.length, brokenAt, vouchedUpTo, reason }) as const;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, 'missing');
      let entry: AuditEntry;
      try {
        entry = this.open(row);
      } catch (e) {
        return broken(
          row.seq,
          e instanceof VaultError && e.code === 'misplaced' ? 'moved' : 'tampered',
        );
      }
      const hash = linkHash(row.sealed);
      if (entry.seq !== row.seq || entry.prev !== (prev ? linkHash(prev.sealed) : '')) {
        return broken(row.seq, 'chain');
      }
      if (anchored && row.mac) {
        const ok = this.vault.checkVouch(
          { epoch: row.e ?? 0, mac: row.mac },
          ENTRY_LABEL,
          String(row.seq),
          hash,
        );
        if (!ok) return broken(row.seq, 'unvouched');
        vouchedUpTo = row.seq;
      }
      prev = row;
      expectedSeq++;
    }
    if (anchored) {
      if (head === 'forged') return broken(1, 'replaced');
      // Every anchored vault has a head from its creation (seq 0): none means it was removed.
      if (head === null) return broken(1, 'truncated');
      if (head !== null) {
        if (rows.length < head.seq) return broken(rows.length + 1, 'truncated');
        const atHead = head.seq === 0 ? undefined : rows[head.seq - 1];
        if (head.seq > 0 && (!atHead || linkHash(atHead.sealed) !== head.hash))
          return broken(head.seq, 'replaced');
      }
    }
    return {
      ok: true,
      count: rows.length,
      head: prev ? linkHash(prev.sealed) : '',
      vouchedUpTo,
      anchored,
    };
  }

  private open(row: AuditRow): AuditEntry {
    const key = this.vault.keyring.requireAuditKeys().get(row.e ?? 0);
    if (!key) throw new VaultError('tampered', `No audit key for entry ${row.seq}`);
    const { body } = this.codec.open(key, identity(row.seq), row.sealed);
    const entry = JSON.parse(fromUtf8(body)) as AuditEntry;
    body.fill(0);
    return entry;
  }
}
