import { wipe } from '../../shared/crypto/bytes';
import { randomBytes, randomKey } from '../../shared/crypto/envelope';
import { encodeKeyChain, wipeChain, type KeyChain } from '../../shared/crypto/key-chain';
import type { KdfParams } from '../../shared/crypto/kdf';
import { newBoxKeyPair } from '../../shared/crypto/sealed-box';
import type { Codec } from './codec';
import { resealBackupKey } from './backup-key';
import type { ClientKeyRow, CompartmentMeta, KoersDb, SyncMeta, VaultMeta } from './db';
import type { Keyring } from './keyring';
import { rewrapSyncKey } from './sync-store';
import {
  ANCHORS_ID,
  AUDIT_KEYS_ID,
  clientKeyId,
  FORMAT,
  INDEX_KEY_ID,
  KEY_CHECK_ID,
  VAULT_KEY_ID,
  type DeriveKey,
  type KeyWrapping,
} from './vault-keys';

export interface RotationDeps {
  db: KoersDb;
  codec: Codec;
  deriveKey: DeriveKey;
  keys: KeyWrapping;
  keyring: Keyring;
}

/** What the caller checked with the passphrase before rotating. */
export interface RotationInput {
  meta: VaultMeta;
  /** The vault key the passphrase opened; wiped here. */
  oldVaultKey: Uint8Array;
  oldAnchors: KeyChain | null;
  oldAuditKeys: KeyChain;
  current: string;
  /** The passphrase after the rotation: a new one, or `current` again (after an erasure). */
  next: string;
  /**
   * The passphrase stays (an erasure): the key derived from it is reused with its own
   * parameters instead of being derived again (Argon2id costs most of a second). An old
   * copy of the vault key's wrapping plus the passphrase opens the old vault key either way;
   * what protects is that the old key opens nothing written after the rotation.
   */
  sameKek?: Uint8Array;
  kdf?: KdfParams;
}

/**
 * Rotates every key the vault holds: a new vault key, a new compartment master (the older
 * masters sealed to it, so older client secrets open: one sealing, whatever the caseload), a
 * new anchor, a new audit key and a new data key per client (older keys stay, sealed under
 * the new vault key, so older rows open; rows carry the epoch of their key). Records are not
 * re-encrypted: one wrap per client. Client keys no longer in the table (an erased client)
 * are not carried over: only the old vault key could open their old wrapping.
 *
 * Used by a passphrase change and after an erasure (Vault.changePassphrase, Vault.rotateKeys).
 * Writes everything in one transaction, then moves the session to the new keys.
 */
export async function rotateKeys(deps: RotationDeps, input: RotationInput): Promise<void> {
  const { db, codec, keys, keyring } = deps;
  const { meta, oldVaultKey, current, next } = input;
  const compartment = (await db.meta.get('compartment')) as CompartmentMeta | undefined;
  let oldMasters: KeyChain;
  try {
    oldMasters = compartment
      ? await keys.unwrapCompartment(current, compartment)
      : new Map<number, Uint8Array>();
  } catch (e) {
    wipe(oldVaultKey, input.sameKek);
    throw e;
  }

  const epoch = (meta.epoch ?? 0) + 1;
  const vaultKey = randomKey();
  const anchors: KeyChain = input.oldAnchors ?? new Map();
  anchors.set(epoch, randomKey());
  const auditKeys: KeyChain = new Map(input.oldAuditKeys);
  auditKeys.set(epoch, randomKey());
  const clientChains = new Map<string, KeyChain>();
  const keyRows: ClientKeyRow[] = [];
  for (const row of await db.clientKeys.toArray()) {
    const chain = keys.openChain(oldVaultKey, clientKeyId(row.clientId), row.sealed);
    chain.set(epoch, randomKey());
    clientChains.set(row.clientId, chain);
    keyRows.push({
      clientId: row.clientId,
      sealed: codec.seal(vaultKey, { ...clientKeyId(row.clientId), v: 1 }, encodeKeyChain(chain)),
    });
  }
  // The backup key and office sync's key are wrapped by the vault key too and outlive
  // rotations (backup-key.ts, sync-store.ts): re-sealed under the new one.
  const backupKeyRow = await resealBackupKey(db, codec, oldVaultKey, vaultKey);
  const sync = (await db.meta.get('sync')) as SyncMeta | undefined;
  const syncUpdate = sync ? rewrapSyncKey(codec, sync, oldVaultKey, vaultKey) : null;
  wipe(oldVaultKey);

  const params = input.sameKek ? meta.kdf : (input.kdf ?? { ...meta.kdf, salt: randomBytes(16) });
  const newKek = input.sameKek ?? (await deps.deriveKey(next, params));
  const indexKey = keyring.requireIndexKey();
  const updated: VaultMeta = {
    ...meta,
    formatVersion: 2,
    epoch,
    kdf: params,
    wrappedVaultKey: codec.seal(newKek, { ...VAULT_KEY_ID, v: FORMAT }, vaultKey),
    keyCheck: codec.seal(vaultKey, { ...KEY_CHECK_ID, v: 1 }, randomBytes(16)),
    anchors: codec.seal(newKek, { ...ANCHORS_ID, v: 1 }, encodeKeyChain(anchors)),
    auditKeys: codec.seal(vaultKey, { ...AUDIT_KEYS_ID, v: 1 }, encodeKeyChain(auditKeys)),
    indexKey: codec.seal(vaultKey, { ...INDEX_KEY_ID, v: 1 }, indexKey),
  };
  wipe(newKek);

  const pair = newBoxKeyPair();
  const compartmentUpdate = await keys.newCompartmentMeta(
    next,
    pair,
    compartment?.kdf ?? params,
    { vaultKey, anchors },
    { masters: oldMasters, epoch },
  );
  wipe(pair.secretKey);
  wipeChain(oldMasters);
  await db.transaction('rw', db.meta, db.clientKeys, async () => {
    await db.meta.put(updated);
    await db.meta.put(compartmentUpdate);
    await db.clientKeys.bulkPut(keyRows);
    if (backupKeyRow) await db.meta.put(backupKeyRow);
    if (syncUpdate) await db.meta.put(syncUpdate);
  });
  // Only now, with everything on disk, does this session move to the new keys.
  const keptIndexKey = indexKey.slice();
  keyring.setVaultKey(vaultKey);
  keyring.setIndexKey(keptIndexKey);
  keyring.setAuditKeys(auditKeys);
  keyring.setAnchors(anchors);
  for (const [clientId, chain] of clientChains) keyring.setClientChain(clientId, chain);
}
