import { describe, expect, it, vi } from 'vitest';
import { newestFirst } from '../../../../shared/domain/logbook';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { newLogbookInput, validateLogbook } from '../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const row = (id: string, at: string, createdAt: string) => ({ id, data: { at, createdAt } });

describe('logbook order within one minute', () => {
  it('follows the creation stamp, not the random id', () => {
    // Ids chosen so that sorting by id alone gives the wrong order.
    const first = row('zzz', '2026-11-20T10:00', '2026-11-20T09:00:01.000Z');
    const second = row('aaa', '2026-11-20T10:00', '2026-11-20T09:00:02.000Z');
    const third = row('mmm', '2026-11-20T10:00', '2026-11-20T09:00:03.000Z');
    const later = row('bbb', '2026-11-20T10:01', '2026-11-20T08:00:00.000Z');
    const sorted = [first, third, later, second].sort(newestFirst).map((r) => r.id);
    expect(sorted).toEqual(['bbb', 'mmm', 'aaa', 'zzz']);
    // And it does not depend on where the rows started.
    expect([second, first, later, third].sort(newestFirst).map((r) => r.id)).toEqual(sorted);
  });

  it('the repository lists same-minute entries in creation order, even saved in one millisecond', async () => {
    const db = freshDb();
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const c = validateClient({ ...emptyClientInput(), achternaam: 'Çelik' });
    if (!c.ok) throw new Error('fixture');
    const client = await new ClientRepository(vault).create(c.value);
    const logbook = new LogbookRepository(vault);
    // Every save in the same millisecond: only the repository's own stamp keeps them apart.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T09:00:00.000Z'));
    try {
      for (const summary of ['een', 'twee', 'drie', 'vier', 'vijf']) {
        const r = validateLogbook({
          ...newLogbookInput(new Date()),
          at: '2026-11-20T10:30',
          summary,
        });
        if (!r.ok) throw new Error('fixture');
        await logbook.create(client.id, r.value);
      }
    } finally {
      vi.useRealTimers();
    }
    expect((await logbook.list(client.id)).map((e) => e.data.summary)).toEqual([
      'vijf',
      'vier',
      'drie',
      'twee',
      'een',
    ]);
  });
});
