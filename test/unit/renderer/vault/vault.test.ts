import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { ClientRepository } from '../../../../renderer/vault/clients';
import {
  emptyClientInput,
  validateClient,
  type ClientFields,
} from '../../../../shared/domain/client';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

function fields(over: Partial<ClientFields> = {}): ClientFields {
  const r = validateClient({
    ...emptyClientInput(),
    achternaam: 'Vries',
    tussenvoegsel: 'de',
    voornaam: 'Jan',
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

async function rejects(p: Promise<unknown>, code: string): Promise<VaultError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    expect((e as VaultError).code).toBe(code);
    return e as VaultError;
  }
  throw new Error(`expected ${code}`);
}

describe('vault', () => {
  it('creates, locks and unlocks; clients survive a new session on the same database', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const made = await repo.create(fields({ woonplaats: 'Utrecht', bsn: '111222333' }));
    await vault.lock();

    const again = makeVault(db);
    await again.unlock(PASS);
    const list = await new ClientRepository(again).list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: made.id,
      achternaam: 'Vries',
      woonplaats: 'Utrecht',
      bsn: '111222333',
    });
  });

  it('persists the KDF parameters with the vault', async () => {
    const db = freshDb();
    const params = { ...fastKdf(), memoryKiB: 2048, iterations: 2 };
    await makeVault(db).create(PASS, params);
    const stored = await makeVault(db).kdfParams();
    expect(stored.alg).toBe('argon2id');
    expect(stored.memoryKiB).toBe(2048);
    expect(stored.iterations).toBe(2);
    expect(Buffer.from(stored.salt).equals(Buffer.from(params.salt))).toBe(true);
  });

  it('refuses a wrong passphrase and changes nothing in the records', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    await new ClientRepository(vault).create(fields());
    await vault.lock();
    const before = await db.records.toArray();
    await rejects(vault.unlock('verkeerde wachtwoordzin'), 'wrong-passphrase');
    expect(vault.unlocked).toBe(false);
    expect(await db.records.toArray()).toEqual(before);
  });

  it('after five failures each further try must wait longer, and success resets it', async () => {
    let now = 1_000_000;
    const db = freshDb();
    const vault = makeVault(db, { now: () => now });
    await vault.create(PASS, fastKdf());
    await vault.lock();
    for (let i = 0; i < 5; i++) await rejects(vault.unlock('fout'), 'wrong-passphrase');
    const first = await rejects(vault.unlock(PASS), 'throttled');
    expect(first.retryAfterMs).toBe(2000);
    now += 2000;
    await rejects(vault.unlock('fout'), 'wrong-passphrase');
    const second = await rejects(vault.unlock(PASS), 'throttled');
    expect(second.retryAfterMs).toBe(4000);
    now += 4000;
    await vault.unlock(PASS);
    expect(vault.unlocked).toBe(true);
    expect(await vault.retryAfterMs()).toBe(0);
  });

  it('changing the passphrase re-wraps the client keys without touching any record', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    await new ClientRepository(vault).create(fields());
    const recordsBefore = await db.records.toArray();
    const keysBefore = await db.clientKeys.toArray();
    await vault.changePassphrase(PASS, 'een geheel nieuwe lange zin');
    expect(await db.records.toArray()).toEqual(recordsBefore);
    // One wrap per client: the row is rewritten (new vault key, one key more), not the records.
    const keysAfter = await db.clientKeys.toArray();
    expect(keysAfter.map((k) => k.clientId)).toEqual(keysBefore.map((k) => k.clientId));
    expect(keysAfter[0]?.sealed).not.toEqual(keysBefore[0]?.sealed);
    await vault.lock();
    await rejects(vault.unlock(PASS), 'wrong-passphrase');
    await vault.unlock('een geheel nieuwe lange zin');
    expect(await new ClientRepository(vault).list()).toHaveLength(1);
  });

  it('locking wipes every key in place and refuses further reads', async () => {
    const vault = makeVault();
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const c = await repo.create(fields());
    const vaultKey = vault.keyring.requireVaultKey();
    const clientKey = vault.keyring.clientKey(c.id) as Uint8Array;
    expect(vaultKey.some((b) => b !== 0)).toBe(true);
    await vault.lock();
    expect(vaultKey.every((b) => b === 0)).toBe(true);
    expect(clientKey.every((b) => b === 0)).toBe(true);
    expect(vault.unlocked).toBe(false);
    await rejects(repo.list(), 'locked');
    await rejects(repo.get(c.id), 'locked');
    expect(() => vault.keyring.requireVaultKey()).toThrow(VaultError);
  });

  it('detects a record moved into another client row', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const a = await repo.create(fields({ achternaam: 'Aydın' }));
    const b = await repo.create(fields({ achternaam: 'Bakker' }));
    const rowA = await db.records.get(a.id);
    await db.records.update(b.id, { sealed: rowA?.sealed });
    // b's key cannot authenticate bytes sealed under a's key.
    await rejects(repo.get(b.id), 'tampered');
  });

  it('detects bytes of the same client moved into another row (same key, other identity)', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const c = await repo.create(fields());
    const [change] = await db.changes.where('recordId').equals(c.id).toArray();
    await db.records.update(c.id, { sealed: change?.sealed });
    const err = await rejects(repo.get(c.id), 'misplaced');
    expect(err.message).toContain('sealed for another row');
  });

  it('detects a flipped bit in a stored record', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const c = await repo.create(fields());
    const row = await db.records.get(c.id);
    const bad = (row?.sealed as Uint8Array).slice();
    bad[40] = (bad[40] ?? 0) ^ 0x80;
    await db.records.update(c.id, { sealed: bad });
    await rejects(repo.get(c.id), 'tampered');
  });

  it('stores only random ids and kinds in clear; no name, BSN or date', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    await new ClientRepository(vault).create(
      fields({
        achternaam: 'Zwanenburg',
        bsn: '111222333',
        geboortedatum: '1984-03-12',
        email: 'z@voorbeeld.nl',
      }),
    );
    const dump = JSON.stringify(
      {
        records: await db.records.toArray(),
        keys: await db.clientKeys.toArray(),
        changes: await db.changes.toArray(),
        meta: await db.meta.toArray(),
      },
      (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v),
    );
    for (const secret of ['Zwanenburg', '111222333', '1984-03-12', 'z@voorbeeld.nl']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('records which fields changed, with increasing HLC stamps', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const c = await repo.create(fields({ woonplaats: 'Gouda' }));
    await repo.update(c.id, { ...fields({ woonplaats: 'Delft' }) });
    const changes = await db.changes.where('recordId').equals(c.id).toArray();
    expect(changes).toHaveLength(2);
    const row = await db.records.get(c.id);
    if (!row) throw new Error('record missing');
    const opened = vault.openRecord<{ woonplaats: string }>(row);
    expect(opened.data.woonplaats).toBe('Delft');
    expect(String(opened.clock.woonplaats) > String(opened.clock.achternaam)).toBe(true);
  });

  it('archives and restores a client', async () => {
    const vault = makeVault();
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const c = await repo.create(fields());
    expect((await repo.setArchived(c.id, true)).archived).toBe(true);
    expect((await repo.get(c.id)).archivedAt).not.toBeNull();
    expect((await repo.setArchived(c.id, false)).archivedAt).toBeNull();
  });

  it('clamps the idle timeout to 1–60 minutes, default 5', async () => {
    const vault = makeVault();
    await vault.create(PASS, fastKdf());
    expect((await vault.settings()).idleMinutes).toBe(5);
    await vault.saveSettings({ idleMinutes: 90 });
    expect((await vault.settings()).idleMinutes).toBe(60);
    await vault.saveSettings({ idleMinutes: 0 });
    expect((await vault.settings()).idleMinutes).toBe(1);
  });
});

describe('a damaged row', () => {
  it('does not lock the coach out of the other dossiers', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    const good = await repo.create(fields({ achternaam: 'Goed' }));
    const bad = await repo.create(fields({ achternaam: 'Kapot' }));
    const row = await db.records.get(bad.id);
    const flipped = (row?.sealed as Uint8Array).slice();
    flipped[50] = (flipped[50] ?? 0) ^ 1;
    await db.records.update(bad.id, { sealed: flipped });
    await vault.lock();
    await vault.unlock(PASS);
    const { clients, damaged } = await new ClientRepository(vault).listAll();
    expect(clients.map((c) => c.id)).toEqual([good.id]);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.id).toBe(bad.id);
    expect(damaged[0]?.error.code).toBe('tampered');
  });

  it('a damaged client key is reported, not fatal', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const repo = new ClientRepository(vault);
    await repo.create(fields({ achternaam: 'Goed' }));
    const bad = await repo.create(fields({ achternaam: 'Kapot' }));
    const keyRow = await db.clientKeys.get(bad.id);
    const flipped = (keyRow?.sealed as Uint8Array).slice();
    flipped[30] = (flipped[30] ?? 0) ^ 1;
    await db.clientKeys.update(bad.id, { sealed: flipped });
    await vault.lock();
    await vault.unlock(PASS);
    const { clients, damaged } = await new ClientRepository(vault).listAll();
    expect(clients).toHaveLength(1);
    expect(damaged.map((d) => d.id)).toEqual([bad.id]);
  });
});

describe('quick unlock key', () => {
  it('needs the passphrase to hand out the key, and that key unlocks; another key is refused', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    await new ClientRepository(vault).create(fields({ achternaam: 'Snel' }));
    await rejects(vault.enrollQuickUnlock('verkeerd'), 'wrong-passphrase');
    const key = await vault.enrollQuickUnlock(PASS);
    await vault.lock();
    await rejects(vault.unlockWithQuickUnlockKey(new Uint8Array(32).fill(7)), 'wrong-passphrase');
    expect(vault.unlocked).toBe(false);
    const next = await vault.unlockWithQuickUnlockKey(key);
    expect((await new ClientRepository(vault).list())[0]?.achternaam).toBe('Snel');
    // The caller's copy is wiped once used, and a fresh one replaces it.
    expect(key.every((b) => b === 0)).toBe(true);
    expect(next.byteLength).toBe(32);
  });
});
