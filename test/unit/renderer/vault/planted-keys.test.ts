import { describe, expect, it } from 'vitest';
import nacl from 'tweetnacl';
import { AuditLog } from '../../../../renderer/vault/audit';
import { Compartment } from '../../../../renderer/vault/compartment';
import type { CompartmentMeta, KoersDb } from '../../../../renderer/vault/db';
import { COMPARTMENT_PUBLIC_ID, type Vault } from '../../../../renderer/vault/vault';
import { toHex } from '../../../../shared/crypto/bytes';
import { seal } from '../../../../shared/crypto/envelope';
import { openSealed, sealTo } from '../../../../shared/crypto/sealed-box';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const note = {
  id: 'n1',
  clientId: 'c1',
  kind: 'logbook-sealed' as const,
  data: { text: 'Diagnose: burn-out' },
};

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  await db.clientKeys.put(vault.newClientKey('c1').row);
  const audit = new AuditLog(vault);
  const compartment = new Compartment(vault, audit, { now: () => 1_000_000 });
  return { db, vault, audit, compartment };
}

/**
 * What an attacker holding only the vault key can do: open the client's data key and write
 * a compartment key pair whose secret he knows, in the format the app stores.
 */
async function plantClientPair(db: KoersDb, vault: Vault, attacker: nacl.BoxKeyPair) {
  const masterPublic = (await vault.compartmentPublicKey()) as Uint8Array;
  await db.records.put(
    vault.sealRecord({
      id: vault.singletonId('c1', 'compartment-key'),
      clientId: 'c1',
      kind: 'compartment-client-key',
      data: {
        publicKey: toHex(attacker.publicKey),
        wrappedSecret: toHex(sealTo(masterPublic, attacker.secretKey)),
        // A MAC he would have to forge: the best he can do is one under the vault key.
        mac: toHex(nacl.hash(attacker.publicKey).slice(0, 32)),
        macEpoch: 0,
      },
      clock: {},
    }),
  );
}

describe('the compartment trusts no key the vault key alone could write', () => {
  it('refuses to seal to a client key pair planted with the vault key, and audits it', async () => {
    const { db, vault, audit, compartment } = await setup();
    const attacker = nacl.box.keyPair();
    await plantClientPair(db, vault, attacker);
    // A fresh session's compartment (as after a restart) meets the planted pair first.
    const fresh = new Compartment(vault, audit, { now: () => 1_000_000 });
    await expect(fresh.seal(note)).rejects.toMatchObject({ code: 'key-not-vouched' });
    const entries = await audit.entries();
    expect(entries.at(-1)).toMatchObject({ action: 'compartment-key-refused', clientId: 'c1' });
    // Nothing was written that the attacker's key opens.
    for (const row of await db.records.toArray()) {
      let inner: Uint8Array;
      try {
        inner = vault.openClientBytes(row);
      } catch {
        continue;
      }
      expect(() => openSealed(attacker.secretKey, inner)).toThrow();
    }
    // Opening refuses the planted pair too.
    await expect(
      compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'key-not-vouched' });
  });

  it('refuses a swapped master public key', async () => {
    const { db, vault, compartment } = await setup();
    const attacker = nacl.box.keyPair();
    const c = (await db.meta.get('compartment')) as CompartmentMeta;
    const swapped: CompartmentMeta = {
      ...c,
      publicKey: seal(
        vault.keyring.requireVaultKey(),
        { ...COMPARTMENT_PUBLIC_ID, v: 1 },
        attacker.publicKey,
      ),
    };
    await db.meta.put(swapped);
    await expect(compartment.seal(note)).rejects.toMatchObject({ code: 'key-not-vouched' });
  });

  it('a genuine pair seals and opens; the inner box is bound to its row', async () => {
    const { vault, compartment } = await setup();
    const row = await compartment.seal(note);
    const other = await compartment.seal({ ...note, id: 'n2', data: { text: 'ander' } });
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    expect(await compartment.openRecord(row)).toEqual(note.data);
    // Move n2's inner box into n1's row, re-wrapped with the client key (vault-key power):
    // the outer layer checks out, the inner binding does not.
    const moved = vault.sealClientBytes(
      { id: row.id, clientId: row.clientId, kind: vault.kindOf(row) },
      vault.openClientBytes(other),
    );
    await expect(compartment.openRecord(moved)).rejects.toMatchObject({ code: 'misplaced' });
  });

  it('a session without an anchor (quick unlock) cannot seal, and says why', async () => {
    const { vault, compartment } = await setup();
    const q = await vault.enrollQuickUnlock(PASS);
    await vault.lock();
    await vault.unlockWithQuickUnlockKey(q);
    await vault.loadClientKeys();
    await expect(compartment.seal(note)).rejects.toMatchObject({ code: 'key-not-vouched' });
    // Opening with the passphrase brings the anchor back, and sealing works again.
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    const row = await compartment.seal(note);
    expect(await compartment.openRecord(row)).toEqual(note.data);
  });
});
