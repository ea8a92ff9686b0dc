import { VaultError } from '../../shared/crypto/errors';
import {
  isRetentionHold,
  RETENTION_HOLD_KIND,
  type RetentionHold,
} from '../../shared/domain/retention-hold';
import type { AuditLog } from './audit';
import { ClientRecords } from './records';
import type { StoredRecord, Vault } from './vault';

export type StoredHold = StoredRecord<RetentionHold>;

/**
 * Legal holds on retention items, one sealed record per hold under the client's key: erasing
 * the client erases its holds. Every hold is audited by its class and review date only; the
 * reason stays in the sealed record.
 */
export class RetentionHoldRepository {
  private readonly records: ClientRecords<RetentionHold>;

  constructor(
    vault: Vault,
    private readonly audit: AuditLog,
  ) {
    this.records = new ClientRecords<RetentionHold>(vault, RETENTION_HOLD_KIND);
  }

  /** Every client's holds (a row of an unknown shape is left out: it holds nothing back). */
  async listAll(): Promise<StoredHold[]> {
    return (await this.records.listAll()).filter((r) => isRetentionHold(r.data));
  }

  async list(clientId: string): Promise<StoredHold[]> {
    return (await this.records.list(clientId)).filter((r) => isRetentionHold(r.data));
  }

  /** Records a hold; checked before sealing, audited after. */
  async place(
    clientId: string,
    hold: Omit<RetentionHold, 'recordedAt'>,
    now = new Date(),
  ): Promise<StoredHold> {
    const data: RetentionHold = {
      ...hold,
      reason: hold.reason.trim(),
      recordedAt: now.toISOString(),
    };
    if (!isRetentionHold(data)) throw new VaultError('unsupported-format', 'Not a valid hold');
    const saved = await this.records.save(clientId, data);
    await this.audit.append(
      {
        action: 'retention-hold',
        clientId,
        facts: { kind: 'retention-hold', retention: data.retention, reviewOn: data.reviewOn },
      },
      now,
    );
    return saved;
  }
}
