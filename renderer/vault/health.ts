import { VaultError } from '../../shared/crypto/errors';
import { HEALTH_KIND, type HealthFields } from '../../shared/domain/health';
import type { Compartment } from './compartment';
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

  /** Also needs it open: the form overwrites what is there, so it must have been seen. */
  async save(clientId: string, data: HealthFields): Promise<void> {
    if (!this.compartment.isOpenFor(clientId))
      throw new VaultError('compartment-closed', 'Open the compartment before editing');
    await this.compartment.requireLegalGround(clientId);
    const row = await this.compartment.seal({
      id: this.vault.singletonId(clientId, 'health'),
      clientId,
      kind: HEALTH_KIND,
      data,
    });
    await this.vault.database.records.put(row);
  }
}
