import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment } from '../../../../renderer/vault/compartment';
import type { KoersDb, MetaRow, ClientKeyRow, RecordRow } from '../../../../renderer/vault/db';
import { fromHex } from '../../../../shared/crypto/bytes';
import { openSealed } from '../../../../shared/crypto/sealed-box';
import { VaultError } from '../../../../shared/crypto/errors';
import {
  emptyClientInput,
  validateClient,
  type ClientFields,
} from '../../../../shared/domain/client';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const NEXT = 'een geheel nieuwe lange zin';

function fields(achternaam: string): ClientFields {
  const r = validateClient({ ...emptyClientInput(), achternaam, voornaam: 'Jan' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** What a thief copied before the change: the key material, as it was on disk then. */
async function snapshotKeys(db: KoersDb) {
  return { meta: await db.meta.toArray(), clientKeys: await db.clientKeys.toArray() };
}

/** The current profile with the old key material put back, as an old copy would hold it. */
async function withOldKeys(db: KoersDb, old: { meta: MetaRow[]; clientKeys: ClientKeyRow[] }) {
  await db.meta.bulkPut(old.meta);
  await db.clientKeys.bulkPut(old.clientKeys);
}

describe('a passphrase change rotates keys', () => {
  it('an old copy of the keys plus the old passphrase opens nothing written after it', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const clients = new ClientRepository(vault);
    const audit = new AuditLog(vault);
    const before = await clients.create(fields('Voor'));
    await audit.append({ action: 'unlock', clientId: null, detail: 'voor' });
    const oldCopy = await snapshotKeys(db);
    const oldVaultKey = vault.keyring.requireVaultKey().slice();

    await vault.changePassphrase(PASS, NEXT);
    expect(vault.keyring.requireVaultKey()).not.toEqual(oldVaultKey);
    // Written after the change: an edit of an existing client, a new client, an audit entry.
    await clients.update(before.id, fields('Nadien-bewerkt'));
    const after = await clients.create(fields('Nadien'));
    await audit.append({ action: 'unlock', clientId: null, detail: 'nadien' });
    const newRows = await db.records.toArray();
    const auditRows = await db.audit.toArray();
    await vault.lock();

    // The new passphrase opens everything.
    await vault.unlock(NEXT);
    expect((await clients.list()).map((c) => c.achternaam).sort()).toEqual([
      'Nadien',
      'Nadien-bewerkt',
    ]);
    await vault.lock();

    // The thief's old keys with today's rows: the old passphrase opens the vault…
    await withOldKeys(db, oldCopy);
    await db.records.bulkPut(newRows);
    await db.audit.bulkPut(auditRows);
    await vault.unlock(PASS);
    await vault.loadClientKeys();
    // …but not one row written after the change.
    const opened: string[] = [];
    for (const row of await db.records.where('kind').equals(vault.kindTag('client')).toArray()) {
      try {
        opened.push(vault.openRecord<{ achternaam: string }>(row).data.achternaam);
      } catch (e) {
        expect(e).toBeInstanceOf(VaultError);
      }
    }
    expect(opened).toEqual([]);
    expect(vault.keyring.clientKey(after.id)).toBeUndefined();
    // The audit entry written after the change does not open with the old keys either.
    const check = await audit.verify();
    expect(check.ok).toBe(false);
  });

  it('the compartment moves to a new master: older secrets still open, the old master opens nothing new', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const clients = new ClientRepository(vault);
    const [c] = await clients.createMany([fields('A')]);
    const id = (c as { id: string }).id;
    const audit = new AuditLog(vault);
    const compartment = new Compartment(vault, audit, { now: () => 1_000_000 });
    const note = {
      id: 'n1',
      clientId: id,
      kind: 'logbook-sealed' as const,
      data: { text: 'Diagnose' },
    };
    const row = await compartment.seal(note);
    const oldMasters = await vault.compartmentMasterKey(PASS);
    const before = await db.meta.get('compartment');
    await vault.changePassphrase(PASS, NEXT);
    const after = await db.meta.get('compartment');
    expect(after).not.toEqual(before);
    // With the new passphrase: the entry sealed before the change, and one sealed after.
    await compartment.open({ clientId: id, purpose: 'Verslag', passphrase: NEXT });
    expect(await compartment.openRecord(row)).toEqual(note.data);
    const later = await compartment.seal({ ...note, id: 'n2' });
    expect(await compartment.openRecord(later)).toEqual(note.data);
    // A client who gets a compartment key after the change: sealed to the new master only.
    const b = await clients.create(fields('B'));
    await compartment.seal({ ...note, id: 'n3', clientId: b.id });
    const keyRow = await db.records.get(vault.singletonId(b.id, 'compartment-key'));
    const stored = vault.openRecord<{ wrappedSecret: string }>(keyRow as RecordRow).data;
    for (const old of oldMasters.values())
      expect(() => openSealed(old, fromHex(stored.wrappedSecret))).toThrow(VaultError);
  });
});
