import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment } from '../../../../renderer/vault/compartment';
import { FormDraftStore } from '../../../../renderer/vault/form-drafts';
import { DraftSlot } from '../../../../renderer/state/draft-slot';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { emptyHealth } from '../../../../shared/domain/health';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const HEALTH_TEXT = 'Kan na de knieoperatie niet langer dan een uur staan';

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), achternaam: 'Özdemir' });
  if (!r.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(r.value);
  const audit = new AuditLog(vault);
  const compartment = new Compartment(vault, audit, { now: () => 1_000_000 });
  const store = new FormDraftStore(vault, compartment, audit);
  const unlockAgain = async () => {
    await vault.unlock(PASS);
    await new ClientRepository(vault).listAll(); // as the app does at unlock
  };
  return { db, vault, client, audit, compartment, store, unlockAgain };
}

/** Every stored byte of the records and meta tables, as text, to search for plaintext. */
async function storedText(db: ReturnType<typeof freshDb>) {
  const rows = [
    ...(await db.records.toArray()).map((r) => r.sealed),
    ...(await db.meta.toArray()).map((m) => ('sealed' in m ? m.sealed : new Uint8Array())),
  ];
  return rows.map((b) => Buffer.from(b).toString('latin1')).join('\n');
}

type Person = { voornaam: string; achternaam: string };

describe('form drafts', () => {
  it('writes a draft sealed with the client key, restores it after a lock, removes it after a save', async () => {
    const { db, vault, client, store, unlockAgain } = await setup();
    const slot = new DraftSlot<Person>(store, client.id, 'personalia');
    slot.show({ voornaam: 'Yusuf', achternaam: 'Özdemir-Kaya' }, true);
    // The lock hook: sealed at once, written after the keys are gone.
    const write = slot.writeNow();
    await vault.lock();
    await write;
    expect(await storedText(db)).not.toContain('Kaya');

    await unlockAgain();
    const again = new DraftSlot<Person>(store, client.id, 'personalia');
    const kept = await again.load();
    expect(kept?.values).toEqual({ voornaam: 'Yusuf', achternaam: 'Özdemir-Kaya' });

    // Saved: the draft goes, and the next form finds none.
    await again.saving(() => Promise.resolve(true));
    expect(await new DraftSlot<Person>(store, client.id, 'personalia').load()).toBeUndefined();
  });

  it('keeps the draft when the save fails, or reports false', async () => {
    const { client, store } = await setup();
    const slot = new DraftSlot<Person>(store, client.id, 'trajectory');
    slot.show({ voornaam: 'x', achternaam: 'y' }, true);
    await slot.writeNow();
    await expect(slot.saving(() => Promise.reject(new Error('disk full')))).rejects.toThrow();
    expect(await slot.saving(() => Promise.resolve(false))).toBe(false);
    expect((await slot.load())?.values).toEqual({ voornaam: 'x', achternaam: 'y' });
  });

  it("orders a pause's write, the removal after a save and the next mount's load", async () => {
    const { client, store } = await setup();
    const slot = new DraftSlot<Person>(store, client.id, 'personalia');
    slot.show({ voornaam: 'a', achternaam: 'b' }, true);
    // A write queued just before the save (a pause) must not land after its removal...
    void slot.writeNow();
    let finish: (v: boolean) => void = () => undefined;
    const saving = slot.saving(() => new Promise<boolean>((r) => (finish = r)));
    // ...and no write starts while the save is under way (it carries the input).
    expect(slot.writeNow()).toBeUndefined();
    // The form remounts after its save (new key) and loads before the save has finished.
    const remounted = new DraftSlot<Person>(store, client.id, 'personalia').load();
    finish(true);
    await saving;
    expect(await remounted).toBeUndefined();
  });

  it('discards audited, naming the form and not the input; nothing kept, nothing logged', async () => {
    const { client, store, audit } = await setup();
    const slot = new DraftSlot<Person>(store, client.id, 'trajectory');
    await slot.discard();
    expect((await audit.entries()).filter((e) => e.action === 'draft-discarded')).toEqual([]);
    slot.show({ voornaam: 'Geheime', achternaam: 'Invoer' }, true);
    void slot.writeNow();
    await slot.discard();
    expect(await slot.load()).toBeUndefined();
    const entries = (await audit.entries()).filter((e) => e.action === 'draft-discarded');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ clientId: client.id, detail: 'trajectory' });
    expect(JSON.stringify(entries)).not.toContain('Geheime');
  });

  it('seals a health draft in the compartment: not readable with the client key alone', async () => {
    const { db, vault, client, compartment, store, unlockAgain } = await setup();
    await compartment.open({ clientId: client.id, purpose: 'Rapportage', passphrase: PASS });
    const slot = new DraftSlot<ReturnType<typeof emptyHealth>>(store, client.id, 'health');
    await slot.prepare();
    slot.show({ ...emptyHealth(), functionalLimitations: HEALTH_TEXT }, true);
    // As at lock: the compartment closes first, then the draft's hook seals.
    compartment.close();
    const write = slot.writeNow();
    await vault.lock();
    await write;
    expect(await storedText(db)).not.toContain('knieoperatie');

    await unlockAgain();
    const rows = await db.records.toArray();
    expect(rows.filter((r) => vault.isKind(r, 'health-draft'))).toHaveLength(1);
    expect(rows.filter((r) => vault.isKind(r, 'client-draft'))).toHaveLength(0);
    // Closed: the draft stays sealed; opened with a purpose: back as typed.
    expect(await slot.load()).toBeUndefined();
    await compartment.open({ clientId: client.id, purpose: 'Rapportage', passphrase: PASS });
    expect((await slot.load())?.values.functionalLimitations).toBe(HEALTH_TEXT);
  });

  it("keeps the new-client form's draft under the vault key, and one form's draft never opens as another's", async () => {
    const { db, vault, client, store, unlockAgain } = await setup();
    const slot = new DraftSlot<Person>(store, null, 'personalia');
    slot.show({ voornaam: 'Nieuwe', achternaam: 'Vrieswijk' }, true);
    const write = slot.writeNow();
    await vault.lock();
    await write;
    expect(await storedText(db)).not.toContain('Vrieswijk');
    await unlockAgain();
    expect((await slot.load())?.values.achternaam).toBe('Vrieswijk');
    expect(await new DraftSlot(store, client.id, 'personalia').load()).toBeUndefined();
    // Only the new-client form goes without a client.
    expect(() => store.seal(null, 'health', {})).toThrow();
    await slot.dropKept();
    expect(await slot.load()).toBeUndefined();
  });

  it('keeps the date forms of one editor apart, one draft per step, and discards only the one', async () => {
    const { vault, client, store, audit, unlockAgain } = await setup();
    const step = (part: string) => new DraftSlot<string>(store, client.id, 'milestone-done', part);
    const a = step('plaatsing');
    const b = step('eindevaluatie');
    a.show('12-03-2026', true);
    b.show('01-04-2026', true);
    const writes = [a.writeNow(), b.writeNow()];
    await vault.lock();
    await Promise.all(writes);
    await unlockAgain();
    expect((await step('plaatsing').load())?.values).toBe('12-03-2026');
    expect((await step('eindevaluatie').load())?.values).toBe('01-04-2026');
    // The editor without a step is another draft again.
    expect(await new DraftSlot(store, client.id, 'milestone-done').load()).toBeUndefined();
    await step('plaatsing').discard();
    expect(await step('plaatsing').load()).toBeUndefined();
    expect((await step('eindevaluatie').load())?.values).toBe('01-04-2026');
    const discarded = (await audit.entries({ clientId: client.id })).filter(
      (e) => e.action === 'draft-discarded',
    );
    expect(discarded.map((e) => e.detail)).toEqual(['milestone-done']);
  });
});
