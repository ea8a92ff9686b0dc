import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { newLogbookInput, validateLogbook } from '../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

vi.mock('../../../../renderer/platform', () => ({ platform: {} }));
const { buildServices } = await import('../../../../renderer/state/services');

describe('cost', () => {
  it('one logbook save with 2,000 entries', async () => {
    const vault = makeVault(freshDb());
    await vault.create(PASS, fastKdf());
    const s = buildServices(vault);
    const v = validateClient({ ...emptyClientInput(), achternaam: 'X' });
    if (!v.ok) throw new Error();
    const client = await s.clients.create(v.value);
    const e = validateLogbook({ ...newLogbookInput(new Date(2026, 5, 1, 10)), summary: 'x'.repeat(400) });
    if (!e.ok) throw new Error();
    for (let i = 0; i < 2000; i++) await s.logbook.create(client.id, e.value);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await s.logbook.create(client.id, e.value);
      times.push(performance.now() - t0);
    }
    const t1 = performance.now();
    await s.financial.rebuild(client.id);
    console.log('save ms', times.map(Math.round), 'rebuild ms', Math.round(performance.now() - t1));
    expect(times.length).toBe(5);
  }, 600_000);
});
