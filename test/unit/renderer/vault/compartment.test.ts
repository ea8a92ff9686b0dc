import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { Compartment, COMPARTMENT_IDLE_MS } from '../../../../renderer/vault/compartment';
import { COMPARTMENT_KEY_ID } from '../../../../renderer/vault/vault';
import { open } from '../../../../shared/crypto/envelope';
import { openSealed } from '../../../../shared/crypto/sealed-box';
import type { CompartmentMeta, KoersDb } from '../../../../renderer/vault/db';
import type { Vault } from '../../../../renderer/vault/vault';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

/** Compartment records are wrapped with the client's data key too, so the clients exist. */
async function withClients(vault: Vault, db: KoersDb) {
  for (const id of ['c1', 'c2']) await db.clientKeys.put(vault.newClientKey(id).row);
}

async function setup() {
  let now = 1_000_000;
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  await withClients(vault, db);
  const audit = new AuditLog(vault);
  const compartment = new Compartment(vault, audit, { now: () => now });
  return { db, vault, audit, compartment, tick: (ms: number) => (now += ms) };
}

const note = {
  id: 'n1',
  clientId: 'c1',
  kind: 'logbook-sealed' as const,
  data: { text: 'Diagnose: burn-out' },
};

describe('special-category compartment', () => {
  it('cannot be decrypted with the vault key alone: reading needs the passphrase again', async () => {
    const { db, vault, compartment } = await setup();
    // Writing needs no opening (a coach seals an entry mid-session)…
    const row = await compartment.seal(note);
    // …but reading does: unlocked is not enough.
    await expect(compartment.openRecord(row)).rejects.toMatchObject({
      code: 'compartment-closed',
    });
    const vaultKey = vault.keyring.requireVaultKey();
    const meta = (await db.meta.get('compartment')) as CompartmentMeta;
    // The vault key (what "unlocked" means) does not open the compartment's master key…
    expect(() => open(vaultKey, COMPARTMENT_KEY_ID, meta.wrapped)).toThrow();
    // …and what the client's data key opens is still a sealed box, readable by neither key.
    const inner = vault.openClientBytes(row);
    expect(Buffer.from(inner).toString('latin1')).not.toContain('burn-out');
    expect(() => openSealed(vaultKey, inner)).toThrow();
    const stored = Buffer.from(row.sealed).toString('latin1');
    expect(stored).not.toContain('burn-out');
    await compartment.open({ clientId: 'c1', purpose: 'Re-integratieverslag', passphrase: PASS });
    expect(await compartment.openRecord<{ text: string }>(row)).toEqual(note.data);
  });

  it('is opened per client: an opening for one client does not read another', async () => {
    const { compartment } = await setup();
    const other = await compartment.seal({ ...note, id: 'n9', clientId: 'c2' });
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    expect(compartment.isOpenFor('c1')).toBe(true);
    expect(compartment.isOpenFor('c2')).toBe(false);
    await expect(compartment.openRecord(other)).rejects.toMatchObject({
      code: 'compartment-closed',
    });
    // Within five minutes the second client needs a purpose, not the passphrase again.
    await compartment.open({ clientId: 'c2', purpose: 'Verslag' });
    expect(await compartment.openRecord(other)).toEqual(note.data);
    compartment.forget('c2');
    expect(compartment.isOpenFor('c2')).toBe(false);
    expect(compartment.isOpenFor('c1')).toBe(true);
  });

  it('refuses to open without a legal ground, and logs nothing then', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    await withClients(vault, db);
    const audit = new AuditLog(vault);
    const allowed = new Set<string>(['c1']);
    const compartment = new Compartment(vault, audit, {
      now: () => 1,
      legalGround: (id) => Promise.resolve(allowed.has(id)),
    });
    await expect(
      compartment.open({ clientId: 'c2', purpose: 'Verslag', passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'no-legal-ground' });
    expect(compartment.isOpen()).toBe(false);
    expect(await audit.entries()).toEqual([]);
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    expect(compartment.isOpenFor('c1')).toBe(true);
  });

  it('refuses a wrong passphrase and an empty purpose, and logs every opening with its purpose', async () => {
    const { audit, compartment } = await setup();
    await expect(
      compartment.open({ clientId: 'c1', purpose: 'x', passphrase: 'fout fout fout' }),
    ).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await expect(
      compartment.open({ clientId: 'c1', purpose: '  ', passphrase: PASS }),
    ).rejects.toMatchObject({
      code: 'compartment-closed',
    });
    await compartment.open({ clientId: 'c1', purpose: 'Overleg bedrijfsarts', passphrase: PASS });
    // An opening less than five minutes old is reused, but still needs and logs a purpose.
    await compartment.open({ clientId: 'c1', purpose: 'Rapportage UWV' });
    const entries = await audit.entries({ clientId: 'c1' });
    expect(entries.map((e) => [e.action, e.purpose])).toEqual([
      ['compartment-open', 'Overleg bedrijfsarts'],
      ['compartment-open', 'Rapportage UWV'],
    ]);
  });

  it('closes five minutes after the opening, however much it is used, and on lock', async () => {
    const { vault, compartment, tick } = await setup();
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    const row = await compartment.seal(note);
    tick(COMPARTMENT_IDLE_MS - 1000);
    expect(compartment.isOpenFor('c1')).toBe(true);
    await compartment.openRecord(row); // use does not extend the window
    tick(2000);
    expect(compartment.isOpenFor('c1')).toBe(false);
    expect(compartment.isOpen()).toBe(false);
    await expect(compartment.openRecord(row)).rejects.toMatchObject({ code: 'compartment-closed' });
    await expect(compartment.open({ clientId: 'c1', purpose: 'Verslag' })).rejects.toMatchObject({
      code: 'compartment-closed',
    });

    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    await vault.lock();
    expect(compartment.isOpen()).toBe(false);
  });

  it('keeps a window per client: a later opening of another client has its own five minutes', async () => {
    const { compartment, tick } = await setup();
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    tick(3 * 60_000);
    await compartment.open({ clientId: 'c2', purpose: 'Verslag' }); // passphrase reused
    tick(2 * 60_000 + 1000);
    // c1's five minutes are over; c2 opened three minutes later still has two left.
    expect(compartment.isOpenFor('c1')).toBe(false);
    expect(compartment.isOpenFor('c2')).toBe(true);
    // And the passphrase typed five minutes ago no longer opens anything by itself.
    await expect(compartment.open({ clientId: 'c1', purpose: 'Verslag' })).rejects.toMatchObject({
      code: 'compartment-closed',
    });
    tick(3 * 60_000);
    expect(compartment.isOpenFor('c2')).toBe(false);
  });

  it('still opens after a passphrase change, with the new passphrase only', async () => {
    const { vault, compartment } = await setup();
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    const row = await compartment.seal(note);
    compartment.close();
    await vault.changePassphrase(PASS, 'een geheel nieuwe lange zin');
    await expect(
      compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS }),
    ).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await compartment.open({
      clientId: 'c1',
      purpose: 'Verslag',
      passphrase: 'een geheel nieuwe lange zin',
    });
    expect(await compartment.openRecord(row)).toEqual(note.data);
  });

  it('keeps a key per client: one client key does not open another client’s record', async () => {
    const { compartment } = await setup();
    const a = await compartment.seal(note);
    await compartment.seal({ ...note, id: 'n2', clientId: 'c2' });
    await compartment.open({ clientId: 'c1', purpose: 'Verslag', passphrase: PASS });
    await compartment.open({ clientId: 'c2', purpose: 'Verslag' });
    await expect(
      compartment.openRecord({ ...a, id: 'n2', clientId: 'c2', sealed: a.sealed }),
    ).rejects.toMatchObject({
      code: 'tampered',
    });
  });
});
