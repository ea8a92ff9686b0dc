import { describe, expect, it } from 'vitest';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import {
  formToInput,
  newLogbookForm,
  newLogbookInput,
  validateLogbook,
  type LogbookInput,
} from '../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), achternaam: 'Jansen' });
  if (!r.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(r.value);
  return { db, vault, client, logbook: new LogbookRepository(vault) };
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

describe('logbook', () => {
  it('lists entries newest first and survives lock and unlock', async () => {
    const { vault, client, logbook } = await setup();
    await logbook.create(client.id, fields({ at: '2026-11-01T09:00', summary: 'eerste' }));
    await logbook.create(client.id, fields({ at: '2026-11-15T14:00', summary: 'tweede' }));
    await vault.lock();
    await vault.unlock(PASS);
    await vault.loadClientKeys();
    expect((await logbook.list(client.id)).map((e) => e.data.summary)).toEqual([
      'tweede',
      'eerste',
    ]);
  });

  it('an edit makes a new version and keeps the old one unchanged', async () => {
    const { client, logbook } = await setup();
    const e = await logbook.create(client.id, fields({ summary: 'Afspraak: cv opsturen' }));
    await logbook.update(
      client.id,
      e.id,
      fields({ summary: 'Afspraak: cv en motivatie opsturen' }),
    );
    await logbook.update(
      client.id,
      e.id,
      fields({ summary: 'Afspraak: cv, motivatie en referentie' }),
    );
    const history = await logbook.history(client.id, e.id);
    expect(history.map((v) => [v.version, v.summary])).toEqual([
      [1, 'Afspraak: cv opsturen'],
      [2, 'Afspraak: cv en motivatie opsturen'],
      [3, 'Afspraak: cv, motivatie en referentie'],
    ]);
    expect(await logbook.list(client.id)).toHaveLength(1);
  });

  it('keeps a sealed draft across a lock, and clears it once the entry is saved', async () => {
    const { db, vault, client, logbook } = await setup();
    const input = {
      ...newLogbookForm(new Date()),
      summary: 'Halverwege een zin die niet verloren mag gaan',
    };
    vault.onBeforeLock(() => void logbook.saveDraft(client.id, { entryId: null, input }));
    await vault.lock();
    // The write started before the wipe; wait for it to land.
    await new Promise((r) => setTimeout(r, 50));
    const raw = JSON.stringify(
      (await db.records.toArray()).map((r) => Buffer.from(r.sealed).toString('latin1')),
    );
    expect(raw).not.toContain('niet verloren');
    await vault.unlock(PASS);
    await vault.loadClientKeys();
    const draft = await logbook.loadDraft(client.id, null);
    expect(draft !== 'sealed' && draft?.input.summary).toBe(input.summary);
    const r = validateLogbook(formToInput(input));
    if (!r.ok) throw new Error('fixture');
    await logbook.create(client.id, r.value);
    expect(await logbook.loadDraft(client.id, null)).toBeUndefined();
  });

  it('validates: summary required, minutes whole and within a day, Dutch follow-up date', () => {
    const bad = validateLogbook({
      ...newLogbookInput(new Date()),
      summary: ' ',
      durationMinutes: 1.5,
      followUpDate: '31-02-2027',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.summary).toBe('validation.required');
      expect(bad.errors.durationMinutes).toBe('validation.minutes');
      expect(bad.errors.followUpDate).toBe('validation.date');
    }
    const good = validateLogbook({
      ...newLogbookInput(new Date()),
      summary: 'x',
      followUpDate: '3-1-2027',
    });
    expect(good.ok && good.value.followUpDate).toBe('2027-01-03');
  });
});

describe('logbook form', () => {
  it('reads Dutch date and time and refuses nonsense', () => {
    const ok = validateLogbook(
      formToInput({ ...newLogbookForm(new Date()), date: '3-1-2027', time: '9.05', summary: 'x' }),
    );
    expect(ok.ok && ok.value.at).toBe('2027-01-03T09:05');
    const bad = validateLogbook(
      formToInput({ ...newLogbookForm(new Date()), date: '3-1-2027', time: '25:00', summary: 'x' }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.at).toBe('validation.dateTime');
  });
});
