import { describe, expect, it } from 'vitest';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import {
  LOGBOOK_INDEX_KIND,
  newLogbookInput,
  validateLogbook,
} from '../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const fields = (at: string, durationMinutes: number) => {
  const r = validateLogbook({ ...newLogbookInput(new Date()), at, durationMinutes, summary: 'x' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('logbook contact index', () => {
  it('follows creates and edits, across clients, and heals itself when it disagrees', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const c = validateClient({ ...emptyClientInput(), achternaam: 'A' });
    if (!c.ok) throw new Error('fixture');
    const [a, b] = await new ClientRepository(vault).createMany([c.value, c.value]);
    if (!a || !b) throw new Error('fixture');
    const logbook = new LogbookRepository(vault);
    const e1 = await logbook.create(a.id, fields('2025-02-20T10:00', 90));
    await logbook.create(b.id, fields('2025-01-03T10:00', 30));
    await logbook.update(a.id, e1.id, fields('2025-02-21T10:00', 45));
    const byClient = (await logbook.allContacts()).map((x) => [
      x.clientId === a.id ? 'a' : 'b',
      x.at,
      x.durationMinutes,
    ]);
    expect(byClient.sort()).toEqual([
      ['a', '2025-02-21T10:00', 45],
      ['b', '2025-01-03T10:00', 30],
    ]);
    // Lose the index: opening the dossier rebuilds it.
    await db.records.where('kind').equals(vault.kindTag(LOGBOOK_INDEX_KIND)).delete();
    expect(await logbook.allContacts()).toEqual([]);
    await logbook.list(a.id);
    expect((await logbook.allContacts()).map((x) => x.durationMinutes)).toEqual([45]);
  });
});
