import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import type { SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import { newestEpoch } from '../../shared/crypto/key-chain';
import { equalBytes, macFields } from '../../shared/crypto/mac';
import type { ErasureEntry, ErasureLedgerReader } from '../../shared/domain/erasure';
import { defaultCodec } from './codec';
import type { ErasureLedgerMeta, KoersDb } from './db';
import type { Vault } from './vault';

const LEDGER_ID: SealedIdentity = { id: 'erasure-ledger', clientId: '-', kind: 'erasure-ledger' };
const LEDGER_LABEL = 'koers/erasure-ledger/v1';

/**
 * The erasure ledger: one minimal line per erasure (shared/domain/erasure.ts: random ids,
 * date, reason, categories, what was kept), never a name. Kept in the vault's meta table as
 * one row, sealed with the index key (it survives key rotation, so a rotation after an
 * erasure need not rewrite the ledger) and MAC'd by the newest anchor: the anchor is sealed
 * under passphrase-derived keys only, so whoever holds just the vault key can neither add a
 * line nor drop one without `list()` refusing the whole ledger.
 *
 * Backups replay it on restore (ErasureLedgerReader), so an erased client never comes back.
 */
export class ErasureLedger implements ErasureLedgerReader {
  constructor(private readonly vault: Vault) {}

  private get db(): KoersDb {
    return this.vault.database;
  }

  /**
   * Every line, oldest first. Refused ('tampered') when the anchor's MAC does not match.
   * A session unlocked without the passphrase (quick unlock) has no anchor to check with:
   * it gets the lines unchecked (`verified()` says which).
   */
  async list(): Promise<ErasureEntry[]> {
    const row = (await this.db.meta.get('erasure-ledger')) as ErasureLedgerMeta | undefined;
    if (!row) return [];
    const plain = defaultCodec.open(
      this.vault.keyring.requireIndexKey(),
      LEDGER_ID,
      row.sealed,
    ).body;
    const anchors = this.vault.keyring.anchorChain();
    if (anchors) {
      const anchor = row.epoch !== undefined ? anchors.get(row.epoch) : undefined;
      if (!anchor || !row.mac || !equalBytes(macFields(anchor, LEDGER_LABEL, plain), row.mac)) {
        throw new VaultError('tampered', 'The erasure ledger was changed outside Koers');
      }
    }
    const lines = JSON.parse(fromUtf8(plain)) as ErasureEntry[];
    plain.fill(0);
    return lines;
  }

  /** Whether `list()` could check the anchor's MAC in this session. */
  verified(): boolean {
    return this.vault.anchored;
  }

  /** Whether a client (as a whole, not one item) was erased: its rows may never return. */
  async isErased(clientId: string): Promise<boolean> {
    return (await this.list()).some((e) => e.clientId === clientId && !e.itemId);
  }

  /**
   * The row that adds `entry`, to be written in the caller's transaction (an erasure writes
   * its line in the same transaction that destroys the keys). Needs the anchor.
   */
  async rowWith(entry: ErasureEntry): Promise<ErasureLedgerMeta> {
    const lines = [...(await this.list()), entry];
    return this.sealLines(lines);
  }

  /** Sets the certificate's hash on a line (the PDF is made after the erasure). */
  async setCertificate(id: string, sha256: string): Promise<void> {
    const lines = await this.list();
    const line = lines.find((l) => l.id === id);
    if (!line) throw new VaultError('not-found', `No erasure ${id}`);
    line.certificateSha256 = sha256;
    await this.db.meta.put(this.sealLines(lines));
  }

  private sealLines(lines: ErasureEntry[]): ErasureLedgerMeta {
    const anchors = this.vault.keyring.anchorChain();
    if (!anchors) throw new VaultError('anchor-missing', 'Unlock with the passphrase to erase');
    const epoch = newestEpoch(anchors);
    const plain = utf8(JSON.stringify(lines));
    const mac = macFields(anchors.get(epoch) as Uint8Array, LEDGER_LABEL, plain);
    const sealed = defaultCodec.seal(
      this.vault.keyring.requireIndexKey(),
      { ...LEDGER_ID, v: 1 },
      plain,
    );
    plain.fill(0);
    return { key: 'erasure-ledger', sealed, epoch, mac };
  }
}
