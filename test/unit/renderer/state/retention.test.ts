import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { RequestRepository } from '../../../../renderer/vault/requests';
import { RetentionHoldRepository } from '../../../../renderer/vault/retention-holds';
import { VaultRetentionStore } from '../../../../renderer/vault/retention-store';
import type { Vault } from '../../../../renderer/vault/vault';
import {
  RetentionService,
  type ClientEraser,
  type RetentionSources,
} from '../../../../renderer/state/retention';
import { emptyClientInput, validateClient, type Client } from '../../../../shared/domain/client';
import type { ErasureEntry } from '../../../../shared/domain/erasure';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

/**
 * The retention engine over a real vault, with a fake clock: the "today" of each session is
 * given, and the archive timestamp is set with vi.setSystemTime (Date only; IndexedDB's
 * timers keep running).
 */
afterEach(() => {
  vi.useRealTimers();
});

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const audit = new AuditLog(vault);
  const clients = new ClientRepository(vault);
  const holds = new RetentionHoldRepository(vault, audit);
  const requests = new RequestRepository(vault);
  const reads = { clients: 0 };
  const sources: RetentionSources = {
    clients: async () => {
      reads.clients++;
      return (await clients.listAll()).clients;
    },
    trajectoryEnds: async () => [],
    requests: () => requests.listAll(),
    holds: () => holds.listAll(),
    placeHold: (clientId, hold) => holds.place(clientId, hold),
  };
  const erased: { clientId: string; reason: string; passphrase: string }[] = [];
  const eraser: ClientEraser = {
    eraseClient: async (clientId, o) => {
      erased.push({ clientId, reason: o.reason, passphrase: o.passphrase });
      return { id: 'e1', clientId, erasedAt: '', reason: o.reason, categories: [], kept: [] };
    },
  };
  /** One unlocked session on `day`: a fresh service, as services.ts builds at each unlock. */
  const session = (day: string, withEraser = true) =>
    new RetentionService(
      sources,
      new VaultRetentionStore(vault),
      withEraser ? eraser : null,
      () => day,
    );
  const archivedClient = async (name: string, archivedAt: string): Promise<Client> => {
    const r = validateClient({ ...emptyClientInput(), achternaam: name });
    if (!r.ok) throw new Error('fixture');
    const c = await clients.create(r.value);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(archivedAt));
    const archived = await clients.setArchived(c.id, true);
    vi.useRealTimers();
    return archived;
  };
  return { db, vault, audit, holds, reads, erased, session, archivedClient };
}

const keys = (items: { clientId: string; retention: string }[]) =>
  items.map((i) => `${i.clientId}:${i.retention}`);

describe('the retention engine at unlock', () => {
  it('lists the dossier 2 years after archiving, medical data 3 months later; checks at most daily', async () => {
    const { reads, session, archivedClient } = await setup();
    const jan = await archivedClient('Jansen', '2024-03-15T10:00:00');

    expect((await session('2026-03-14').list()).due).toEqual([]);
    expect(reads.clients).toBe(1);
    // A second unlock the same day reads nothing again…
    expect((await session('2026-03-14').list()).due).toEqual([]);
    expect(reads.clients).toBe(1);
    // …the next day's does.
    const day = await session('2026-03-15').list();
    expect(reads.clients).toBe(2);
    expect(day.due).toEqual([
      { clientId: jan.id, retention: 'dossier', dueOn: '2026-03-15', because: 'period' },
    ]);
    const later = await session('2026-06-15').list();
    expect(keys(later.due)).toEqual([`${jan.id}:dossier`, `${jan.id}:medical`]);
  });

  it('a legal hold (audited, reason kept out of the log) keeps an item off until its review date', async () => {
    const { audit, holds, session, archivedClient, reads } = await setup();
    const jan = await archivedClient('Jansen', '2024-03-15T10:00:00');
    const s = session('2026-04-01');
    const [item] = (await s.list()).due;
    if (!item) throw new Error('expected an item');

    // Bad input changes nothing.
    expect(await s.hold(item, { reason: '', reviewOn: '1-3-2026' })).toEqual({
      ok: false,
      errors: {
        reason: 'retention.errors.reasonRequired',
        reviewOn: 'retention.errors.reviewNotAfterToday',
      },
    });
    expect(await holds.listAll()).toEqual([]);

    const reason = 'Procedure bij de rechtbank over het ontslag loopt nog';
    expect(await s.hold(item, { reason, reviewOn: '1-10-2026' })).toEqual({ ok: true });
    expect((await s.list()).due).toEqual([]);
    expect((await s.list()).held).toEqual([{ ...item, reviewOn: '2026-10-01' }]);

    const entries = await audit.entries();
    const entry = entries.find((e) => e.action === 'retention-hold');
    expect(entry).toMatchObject({
      clientId: jan.id,
      facts: { kind: 'retention-hold', retention: 'dossier', reviewOn: '2026-10-01' },
    });
    expect(JSON.stringify(entries)).not.toContain('rechtbank');

    // Later sessions see the hold, until its review date.
    expect(keys((await session('2026-06-15').list()).due)).toEqual([`${jan.id}:medical`]);
    expect((await session('2026-09-30').list()).held).toHaveLength(1);
    const back = await session('2026-10-01').list();
    expect(keys(back.due)).toEqual([`${jan.id}:dossier`, `${jan.id}:medical`]);
    expect(back.held).toEqual([]);
    expect(reads.clients).toBe(4);
  });

  it('erases only when the coach confirms, through the eraser; then the client is off the list', async () => {
    const { erased, session, archivedClient } = await setup();
    const jan = await archivedClient('Jansen', '2024-03-15T10:00:00');
    const piet = await archivedClient('Pieters', '2024-03-20T10:00:00');
    const s = session('2026-07-01');
    expect(keys((await s.list()).due)).toEqual([
      `${jan.id}:dossier`,
      `${piet.id}:dossier`,
      `${jan.id}:medical`,
      `${piet.id}:medical`,
    ]);
    expect(erased).toEqual([]);
    const [first] = (await s.list()).due;
    if (!first) throw new Error('expected an item');
    await s.confirm(first, PASS);
    expect(erased).toEqual([{ clientId: jan.id, reason: 'retention', passphrase: PASS }]);
    expect(keys((await s.list()).due)).toEqual([`${piet.id}:dossier`, `${piet.id}:medical`]);

    // Without an eraser wired in, nothing is erased and the list stays.
    const unwired = session('2026-07-01', false);
    expect(unwired.canErase).toBe(false);
    await expect(unwired.confirm(first, PASS)).rejects.toThrow();
    expect(keys((await unwired.list()).due)).toHaveLength(2);
  });

  it('checks again at once when asked (after archiving), not only the next day', async () => {
    const { session, archivedClient, reads } = await setup();
    const s = session('2026-07-01');
    expect((await s.list()).due).toEqual([]);
    // Archived today, but with the session's clock two years on from the archive timestamp.
    const jan = await archivedClient('Jansen', '2024-03-15T10:00:00');
    expect((await s.list()).due).toEqual([]);
    expect(reads.clients).toBe(1);
    expect(keys((await s.refresh()).due)).toEqual([`${jan.id}:dossier`, `${jan.id}:medical`]);
    // The refreshed list is the day's list for the next unlock too.
    expect(keys((await session('2026-07-01').list()).due)).toHaveLength(2);
    expect(reads.clients).toBe(2);
  });

  it('keeps the day’s list sealed: the settings row names no client in clear', async () => {
    const { db, session, archivedClient } = await setup();
    const jan = await archivedClient('Jansen', '2024-03-15T10:00:00');
    expect((await session('2026-07-01').list()).due).toHaveLength(2);
    const row = (await db.meta.get('settings')) as { retentionCheck?: { sealed: Uint8Array } };
    const sealed = row.retentionCheck?.sealed;
    expect(sealed).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(sealed as Uint8Array).toString('latin1')).not.toContain(jan.id);
    expect(JSON.stringify(row)).not.toContain(jan.id);
  });

  it('a check sealed with a replaced vault key runs again rather than failing', async () => {
    const { vault, session, archivedClient, reads } = await setup();
    await archivedClient('Jansen', '2024-03-15T10:00:00');
    await session('2026-07-01').list();
    await (vault as Vault).changePassphrase(PASS, 'ander wachtwoord met vier woorden', fastKdf());
    expect((await session('2026-07-01').list()).due).toHaveLength(2);
    expect(reads.clients).toBe(2);
  });

  it('tells the archive dialog when a client archived today will be due', async () => {
    const { session } = await setup();
    const c = { id: 'x', archived: false, archivedAt: null } as unknown as Client;
    const f = await session('2026-11-30').forecast(c);
    expect(f.dossier).toEqual({ on: '2028-11-30', because: 'period' });
    expect(f.medical).toEqual({ on: '2029-02-28', because: 'period' });
    expect(f['coaching-report']?.on).toBe('2029-11-30');
    expect(f.financial?.on).toBe('2033-11-30');
  });

  it('saves a policy only within its bounds', async () => {
    const { session } = await setup();
    const s = session('2026-11-30');
    const p = await s.policy();
    expect(
      await s.savePolicy({
        ...p,
        rules: { ...p.rules, dossier: { months: 30, trigger: 'service-end' } },
      }),
    ).toEqual({ dossier: 'retention.errors.months' });
    expect((await s.policy()).rules.dossier.months).toBe(24);
    expect(
      await s.savePolicy({
        ...p,
        rules: { ...p.rules, dossier: { months: 18, trigger: 'archived' } },
      }),
    ).toEqual({});
    expect((await session('2026-12-01').policy()).rules.dossier).toEqual({
      months: 18,
      trigger: 'archived',
    });
  });
});

// The ledger type is the erasure contract's; this keeps the fake eraser honest about it.
export type _Entry = ErasureEntry;
