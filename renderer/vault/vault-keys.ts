import { secretCopy, wipe } from '../../shared/crypto/bytes';
import { randomBytes, type SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import type { KdfParams } from '../../shared/crypto/kdf';
import {
  decodeKeyChain,
  encodeKeyChain,
  newestEpoch,
  type KeyChain,
} from '../../shared/crypto/key-chain';
import { equalBytes, macFields } from '../../shared/crypto/mac';
import type { Codec } from './codec';
import type { CompartmentMeta } from './db';
import type { Keyring } from './keyring';

/** A MAC by an anchor key, with the anchor's epoch. */
export interface Vouch {
  epoch: number;
  mac: Uint8Array;
}

export type DeriveKey = (passphrase: string, params: KdfParams) => Promise<Uint8Array>;

// The identities every wrapped key is sealed under (inside the sealed header, checked on open).
export const VAULT_KEY_ID: SealedIdentity = { id: 'vault-key', clientId: '-', kind: 'vault-key' };
export const KEY_CHECK_ID: SealedIdentity = { id: 'key-check', clientId: '-', kind: 'key-check' };
export const COMPARTMENT_KEY_ID: SealedIdentity = {
  id: 'compartment-key',
  clientId: '-',
  kind: 'compartment-key',
};
export const COMPARTMENT_PUBLIC_ID: SealedIdentity = {
  id: 'compartment-public-key',
  clientId: '-',
  kind: 'compartment-public-key',
};
export const ANCHORS_ID: SealedIdentity = { id: 'anchors', clientId: '-', kind: 'anchors' };
export const COMPARTMENT_ANCHORS_ID: SealedIdentity = {
  id: 'compartment-anchors',
  clientId: '-',
  kind: 'anchors',
};
export const INDEX_KEY_ID: SealedIdentity = { id: 'index-key', clientId: '-', kind: 'index-key' };
export const AUDIT_KEYS_ID: SealedIdentity = {
  id: 'audit-keys',
  clientId: '-',
  kind: 'audit-keys',
};
export const clientKeyId = (clientId: string): SealedIdentity => ({
  id: `key:${clientId}`,
  clientId,
  kind: 'client-key',
});

/** The vault format, sealed with the vault key under the passphrase: 2 = anchors and epochs. */
export const FORMAT = 2;
export const MASTER_PUBLIC_LABEL = 'koers/compartment-master-public/v1';

export function checkMac(
  chain: KeyChain | null,
  v: Vouch | undefined,
  label: string,
  fields: (string | Uint8Array)[],
): boolean {
  const anchor = v && chain?.get(v.epoch);
  if (!v || !anchor) return false;
  return equalBytes(macFields(anchor, label, ...fields), v.mac);
}

/** Opens one sealed key and copies it out; the opened plaintext is zero-filled. */
export function openKeyCopy(
  codec: Codec,
  key: Uint8Array,
  id: SealedIdentity,
  sealed: Uint8Array,
): { key: Uint8Array; format: number } {
  const { header, body } = codec.open(key, id, sealed);
  const out = secretCopy(body);
  body.fill(0);
  return { key: out, format: header.v };
}

/**
 * Wrapping and unwrapping of the vault's own keys: keys under the passphrase-derived keys,
 * key chains under the vault key, and the compartment's master. Every opened plaintext is
 * copied out and zero-filled.
 */
export class KeyWrapping {
  constructor(
    private readonly codec: Codec,
    private readonly deriveKey: DeriveKey,
    private readonly keyring: Keyring,
  ) {}

  /** One key sealed under `key`, copied out; the opened plaintext is zero-filled. */
  openKey(key: Uint8Array, id: SealedIdentity, sealed: Uint8Array): Uint8Array {
    return openKeyCopy(this.codec, key, id, sealed).key;
  }

  /** A key chain sealed under `key`; a legacy single key opens as epoch 0. */
  openChain(key: Uint8Array, id: SealedIdentity, sealed: Uint8Array): KeyChain {
    const { body } = this.codec.open(key, id, sealed);
    const chain = decodeKeyChain(body);
    body.fill(0);
    return chain;
  }

  /** A key wrapped by a passphrase-derived key: failing authentication means a wrong passphrase. */
  unwrapWithPassphraseKey(
    kek: Uint8Array,
    id: SealedIdentity,
    wrapped: Uint8Array,
    what: string,
  ): Uint8Array {
    return this.unwrapWithFormat(kek, id, wrapped, what).key;
  }

  /** As unwrapWithPassphraseKey, with the version sealed beside the key (the vault format). */
  unwrapWithFormat(
    kek: Uint8Array,
    id: SealedIdentity,
    wrapped: Uint8Array,
    what: string,
  ): { key: Uint8Array; format: number } {
    try {
      return openKeyCopy(this.codec, kek, id, wrapped);
    } catch (e) {
      if (e instanceof VaultError && e.code === 'tampered') {
        throw new VaultError('wrong-passphrase', `The passphrase does not open ${what}`);
      }
      throw e;
    }
  }

  /** The vault key, if `passphrase` opens it; the only thing a throttled attempt runs. */
  async newCompartmentMeta(
    passphrase: string,
    pair: { publicKey: Uint8Array; secretKey: Uint8Array },
    like: KdfParams,
    keys?: { vaultKey: Uint8Array; anchors: KeyChain },
    older?: { masters: KeyChain; epoch: number },
  ): Promise<CompartmentMeta> {
    const anchors = keys?.anchors ?? this.keyring.anchorChain();
    const vaultKey = keys?.vaultKey ?? this.keyring.requireVaultKey();
    const { kek, ...wrapped } = await this.wrapCompartment(passphrase, pair.secretKey, like);
    const meta: CompartmentMeta = {
      ...wrapped,
      publicKey: this.codec.seal(vaultKey, { ...COMPARTMENT_PUBLIC_ID, v: 1 }, pair.publicKey),
    };
    if (anchors) {
      const epoch = newestEpoch(anchors);
      meta.anchors = this.codec.seal(
        kek,
        { ...COMPARTMENT_ANCHORS_ID, v: 1 },
        encodeKeyChain(anchors),
      );
      meta.publicKeyMac = macFields(
        anchors.get(epoch) as Uint8Array,
        MASTER_PUBLIC_LABEL,
        pair.publicKey,
      );
      meta.macEpoch = epoch;
    }
    if (older) {
      meta.masterEpoch = older.epoch;
      meta.previous = this.codec.sealTo(pair.publicKey, encodeKeyChain(older.masters));
    }
    wipe(kek);
    return meta;
  }

  private async wrapCompartment(
    passphrase: string,
    master: Uint8Array,
    like: KdfParams,
  ): Promise<Omit<CompartmentMeta, 'publicKey'> & { kek: Uint8Array }> {
    const kdf = { ...like, salt: randomBytes(16) };
    const kek = await this.deriveKey(passphrase, kdf);
    const wrapped = this.codec.seal(kek, { ...COMPARTMENT_KEY_ID, v: 1 }, master);
    return { key: 'compartment', kdf, wrapped, kek };
  }

  async unwrapCompartment(
    passphrase: string,
    c: CompartmentMeta,
    loadAnchors = false,
  ): Promise<KeyChain> {
    const kek = await this.deriveKey(passphrase, c.kdf);
    try {
      const master = this.unwrapWithPassphraseKey(
        kek,
        COMPARTMENT_KEY_ID,
        c.wrapped,
        'the compartment',
      );
      if (loadAnchors && !this.keyring.anchorChain() && c.anchors) {
        this.keyring.setAnchors(this.openChain(kek, COMPARTMENT_ANCHORS_ID, c.anchors));
      }
      // The masters by epoch: this one, and those before it (sealed to this one).
      const masters: KeyChain = new Map();
      if (c.previous) {
        const older = this.codec.openSealed(master, c.previous);
        for (const [e, k] of decodeKeyChain(older)) masters.set(e, k);
        older.fill(0);
      }
      masters.set(c.masterEpoch ?? 0, master);
      return masters;
    } finally {
      wipe(kek);
    }
  }
}
