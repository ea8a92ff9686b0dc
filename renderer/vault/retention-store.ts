import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import type { SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import type { IsoDate } from '../../shared/domain/iso-date';
import type { RetentionList, RetentionPolicy } from '../../shared/domain/retention';
import type { Vault } from './vault';

const CHECK_ID: SealedIdentity = { id: 'retention-check', clientId: '-', kind: 'retention-check' };

/**
 * The retention policy and the day's check in the settings row. The policy is the firm's
 * configuration (no personal data); the list names clients by id and dates, so it is sealed
 * with the vault key. A list sealed with an older vault key (passphrase change, rotation
 * after an erasure) no longer opens: the check simply runs again.
 */
export class VaultRetentionStore {
  constructor(private readonly vault: Vault) {}

  async policy(): Promise<unknown> {
    return (await this.vault.settings()).retentionPolicy;
  }

  savePolicy(p: RetentionPolicy): Promise<void> {
    return this.vault.saveSettings({ retentionPolicy: p });
  }

  async lastCheck(): Promise<{ on: IsoDate; list: RetentionList } | null> {
    const check = (await this.vault.settings()).retentionCheck;
    if (!check) return null;
    try {
      const list = JSON.parse(fromUtf8(this.vault.openVaultBytes(CHECK_ID, check.sealed)));
      return { on: check.on, list: list as RetentionList };
    } catch (e) {
      if (e instanceof VaultError || e instanceof SyntaxError) return null;
      throw e;
    }
  }

  saveCheck(on: IsoDate, list: RetentionList): Promise<void> {
    const sealed = this.vault.sealVaultBytes(CHECK_ID, utf8(JSON.stringify(list)));
    return this.vault.saveSettings({ retentionCheck: { on, sealed } });
  }
}
