import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment, COMPARTMENT_IDLE_MS } from '../../../../renderer/vault/compartment';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import {
  LOGBOOK_KIND,
  LOGBOOK_VERSION_KIND,
  newLogbookForm,
  newLogbookInput,
  validateLogbook,
  type LogbookInput,
} from '../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const SECRET = 'Hij vertelde over zijn depressie en de antidepressiva';

async function setup(opts: { legalGround?: boolean } = {}) {
  let now = 5_000_000;
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), achternaam: 'Jansen' });
  if (!r.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(r.value);
  const audit = new AuditLog(vault);
  const compartment = new Compartment(vault, audit, {
    now: () => now,
    legalGround: () => Promise.resolve(opts.legalGround ?? true),
  });
  const logbook = new LogbookRepository(vault, compartment, audit);
  const openIt = () =>
    compartment.open({ clientId: client.id, purpose: 'Rapportage', passphrase: PASS });
  return {
    db,
    vault,
    client,
    logbook,
    compartment,
    audit,
    openIt,
    tick: (ms: number) => (now += ms),
  };
}

function fields(over: Partial<LogbookInput> = {}) {
  const r = validateLogbook({
    ...newLogbookInput(new Date(2026, 10, 20, 10, 30)),
    summary: 'Gesprek over sollicitaties',
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** Every stored byte of the records table, as text, to search for plaintext. */
async function storedText(db: ReturnType<typeof freshDb>) {
  const rows = await db.records.toArray();
  return rows.map((r) => Buffer.from(r.sealed).toString('latin1')).join('\n');
}

describe('sealed logbook entries', () => {
  it('are written without opening, hidden while closed, and listed once opened', async () => {
    const { db, client, logbook, openIt } = await setup();
    await logbook.create(client.id, fields({ summary: 'Gewoon gesprek' }));
    const sealed = await logbook.create(
      client.id,
      fields({ at: '2026-11-21T09:00', summary: SECRET }),
      { sealed: true },
    );
    expect(sealed.sealed).toBe(true);
    expect(await logbook.hasSealed(client.id)).toBe(true);
    const closed = await logbook.list(client.id);
    expect(closed.map((e) => e.data.summary)).toEqual(['Gewoon gesprek']);
    expect(await storedText(db)).not.toContain('depressie');

    await openIt();
    const opened = await logbook.list(client.id);
    expect(opened.map((e) => [e.data.summary, e.sealed ?? false])).toEqual([
      [SECRET, true],
      ['Gewoon gesprek', false],
    ]);
  });

  it('keeps the time of a sealed contact in the index, for hours and last contact', async () => {
    const { client, logbook } = await setup();
    await logbook.create(client.id, fields({ at: '2026-11-21T09:00', durationMinutes: 45 }), {
      sealed: true,
    });
    await logbook.list(client.id); // a closed list must not drop it from the index
    expect(await logbook.allContacts()).toEqual([
      {
        clientId: client.id,
        entryId: expect.any(String),
        at: '2026-11-21T09:00',
        durationMinutes: 45,
      },
    ]);
  });

  it('closes again after five minutes unused', async () => {
    const { client, logbook, openIt, tick } = await setup();
    await logbook.create(client.id, fields({ summary: SECRET }), { sealed: true });
    await openIt();
    expect(await logbook.list(client.id)).toHaveLength(1);
    tick(COMPARTMENT_IDLE_MS + 1);
    expect(await logbook.list(client.id)).toHaveLength(0);
  });

  it('moves a plain entry into the compartment with its history when an edit seals it', async () => {
    const { db, vault, client, logbook, openIt } = await setup();
    const e = await logbook.create(client.id, fields({ summary: 'Versie een' }));
    await logbook.update(client.id, e.id, fields({ summary: 'Versie twee' }));
    await logbook.update(client.id, e.id, fields({ summary: SECRET }), { sealed: true });
    const plainLeft = await db.records
      .where('kind')
      .anyOf(vault.kindTag(LOGBOOK_KIND), vault.kindTag(LOGBOOK_VERSION_KIND))
      .count();
    expect(plainLeft).toBe(0);
    await expect(logbook.history(client.id, e.id)).rejects.toMatchObject({
      code: 'compartment-closed',
    });
    await openIt();
    const history = await logbook.history(client.id, e.id);
    expect(history.map((v) => [v.version, v.summary])).toEqual([
      [1, 'Versie een'],
      [2, 'Versie twee'],
      [3, SECRET],
    ]);
  });

  it('refuses to edit a sealed entry while the compartment is closed', async () => {
    const { client, logbook } = await setup();
    const e = await logbook.create(client.id, fields({ summary: SECRET }), { sealed: true });
    await expect(
      logbook.update(client.id, e.id, fields({ summary: 'anders' }), { sealed: true }),
    ).rejects.toMatchObject({ code: 'compartment-closed' });
  });

  it('refuses a sealed entry without a legal ground and writes nothing', async () => {
    const { db, client, logbook } = await setup({ legalGround: false });
    const before = await db.records.count();
    await expect(
      logbook.create(client.id, fields({ summary: SECRET }), { sealed: true }),
    ).rejects.toMatchObject({ code: 'no-legal-ground' });
    expect(await db.records.count()).toBe(before);
  });

  it('seals a draft whose text the detector flags, and shows it only once opened', async () => {
    const { db, client, logbook, openIt } = await setup();
    await logbook.prepareDrafts(client.id);
    const input = { ...newLogbookForm(new Date(2026, 10, 20, 10, 0)), summary: SECRET };
    await logbook.saveDraft(client.id, { entryId: null, input });
    expect(await storedText(db)).not.toContain('depressie');
    expect(await logbook.loadDraft(client.id, null)).toBe('sealed');
    await openIt();
    const draft = await logbook.loadDraft(client.id, null);
    expect(draft !== 'sealed' && draft?.input.summary).toBe(SECRET);
    // Once the text is harmless again, the draft goes back to the client's key.
    await logbook.saveDraft(client.id, { entryId: null, input: { ...input, summary: 'Rustig' } });
    const plain = await logbook.loadDraft(client.id, null);
    expect(plain !== 'sealed' && plain?.input.summary).toBe('Rustig');
  });

  it('a waiting sealed draft never blocks a new entry, and can be discarded unread (audited)', async () => {
    const { client, logbook, audit, openIt } = await setup({ legalGround: false });
    await logbook.prepareDrafts(client.id);
    const input = { ...newLogbookForm(new Date(2026, 10, 20, 10, 0)), summary: SECRET };
    await logbook.saveDraft(client.id, { entryId: null, input });
    const [waiting] = await logbook.sealedDrafts(client.id);
    if (!waiting) throw new Error('no sealed draft');
    // A new entry in a slot of its own: its draft and its save leave the sealed draft alone.
    const other = { ...input, summary: 'Sollicitatie besproken' };
    await logbook.saveDraft(client.id, { entryId: null, slot: 's1', input: other });
    expect((await logbook.latestNewDraft(client.id))?.slot).toBe('s1');
    await logbook.create(client.id, fields({ summary: other.summary }), { slot: 's1' });
    expect(await logbook.latestNewDraft(client.id)).toBeUndefined();
    expect(await logbook.sealedDrafts(client.id)).toEqual([waiting]);
    // No legal ground: it cannot be opened, only thrown away, and that is logged.
    await expect(openIt()).rejects.toMatchObject({ code: 'no-legal-ground' });
    await logbook.discardSealedDraft(client.id, waiting.rowId);
    expect(await logbook.sealedDrafts(client.id)).toEqual([]);
    const log = await audit.entries();
    expect(log.some((e) => e.action === 'sealed-draft-discarded' && e.clientId === client.id)).toBe(
      true,
    );
  });
});
