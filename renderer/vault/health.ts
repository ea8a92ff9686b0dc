import { VaultError } from '../../shared/crypto/errors';
import type { ChangeNote } from '../../shared/domain/field-history';
import { HEALTH_KIND, type HealthFields } from '../../shared/domain/health';
import type { Compartment } from './compartment';
import { sealedHistoryRow } from './field-history';
import type { Vault } from './vault';

/** A client's health fields, kept only in the special-category compartment. */
export class HealthRepository {
  constructor(
    private readonly vault: Vault,
    private readonly compartment: Compartment,
  ) {}

  /** Needs the compartment open for this client; undefined when nothing is recorded yet. */
  async load(clientId: string): Promise<HealthFields | undefined> {
    const row = await this.vault.database.records.get(this.vault.singletonId(clientId, 'health'));
    return row ? this.compartment.openRecord<HealthFields>(row) : undefined;
  }

  /**
   * Also needs it open: the form overwrites what is there, so it must have been seen. The
   * earlier values of changed fields are sealed in the compartment too, in the same write.
   */
  async save(clientId: string, data: HealthFields, note?: ChangeNote): Promise<void> {
    if (!this.compartment.isOpenFor(clientId))
      throw new VaultError('compartment-closed', 'Open the compartment before editing');
    await this.compartment.requireLegalGround(clientId);
    const id = this.vault.singletonId(clientId, 'health');
    const before = await this.load(clientId);
    const row = await this.compartment.seal({ id, clientId, kind: HEALTH_KIND, data });
    const history = await sealedHistoryRow(this.compartment, {
      id,
      clientId,
      kind: HEALTH_KIND,
      before,
      after: data,
      note,
    });
    const db = this.vault.database;
    await db.transaction('rw', db.records, async () => {
      await db.records.put(row);
      if (history) await db.records.add(history);
    });
  }
}
