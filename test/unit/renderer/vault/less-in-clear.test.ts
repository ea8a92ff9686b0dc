import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment } from '../../../../renderer/vault/compartment';
import type { KoersDb } from '../../../../renderer/vault/db';
import { HealthRepository } from '../../../../renderer/vault/health';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { paddedLength, randomKey, seal } from '../../../../shared/crypto/envelope';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { emptyHealth } from '../../../../shared/domain/health';
import {
  newLogbookForm,
  newLogbookInput,
  validateLogbook,
} from '../../../../shared/domain/logbook';
import { ALL_RECORD_KINDS } from '../../../../shared/records/registry';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

/** Every value IndexedDB keeps outside the sealed bytes: keys, indexes, clear fields. */
async function clearValues(db: KoersDb): Promise<string[]> {
  const out: string[] = [];
  for (const table of db.tables) {
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      for (const [field, value] of Object.entries(row)) {
        if (!(value instanceof Uint8Array)) out.push(`${table.name}.${field}=${String(value)}`);
      }
    }
  }
  return out;
}

async function dossierWithHealthAndSealedDraft() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), achternaam: 'Jansen' });
  if (!r.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(r.value);
  const compartment = new Compartment(vault, new AuditLog(vault), { now: () => 1_000_000 });
  const logbook = new LogbookRepository(vault, compartment);
  const entry = validateLogbook({ ...newLogbookInput(new Date(2026, 10, 20)), summary: 'Gesprek' });
  if (!entry.ok) throw new Error('fixture');
  await logbook.create(client.id, entry.value);
  await logbook.prepareDrafts(client.id);
  const input = { ...newLogbookForm(new Date(2026, 10, 20)), summary: 'Hij heeft een depressie' };
  await logbook.saveDraft(client.id, { entryId: null, input });
  await compartment.open({ clientId: client.id, purpose: 'Verslag', passphrase: PASS });
  await new HealthRepository(vault, compartment).save(client.id, {
    ...emptyHealth(),
    functionalLimitations: 'Niet tillen',
  });
  return { db, vault, client };
}

describe('less in clear', () => {
  it('stores no kind name and no fixed id: who has health data or a sealed draft does not show', async () => {
    const { db, client } = await dossierWithHealthAndSealedDraft();
    const clear = await clearValues(db);
    for (const kind of ALL_RECORD_KINDS) {
      expect(clear.filter((v) => v.endsWith(`=${kind}`) || v.includes(`:${kind}`))).toEqual([]);
    }
    // Singleton ids look like random ids: no client id with a suffix, nothing with a colon.
    const recordIds = clear.filter((v) => v.startsWith('records.id='));
    expect(recordIds.length).toBeGreaterThan(3);
    for (const id of recordIds) expect(id).toMatch(/^records\.id=[0-9a-f]{32}$/);
    expect(clear.some((v) => v.includes(`${client.id}:`))).toBe(false);
  });

  it('pads sealed sizes into buckets', () => {
    const key = randomKey();
    const header = { id: 'x'.repeat(32), clientId: 'y'.repeat(32), kind: 'z'.repeat(32), v: 1 };
    const size = (n: number) => seal(key, header, new Uint8Array(n)).length;
    expect(size(10)).toBe(size(300));
    expect(size(5_000)).toBe(size(7_000));
    // A document's last chunk: sizes 4 KiB apart cannot be told apart.
    expect(size(200_000)).toBe(size(204_096));
    expect(size(200_000)).toBeLessThan(size(300_000));
    expect(paddedLength(1)).toBe(512);
    expect(paddedLength(1025)).toBe(2048);
    expect(paddedLength(65_537)).toBe(131_072);
  });
});
