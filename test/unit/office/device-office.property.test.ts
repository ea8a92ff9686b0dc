import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../../../shared/domain/financial.ts';
import { ERASURE_STATUSES } from '../../../shared/sync/office-fields.ts';
import type { HoursLine, RightsState } from '../../../shared/sync/projection.ts';
import type { OfficeTransport } from '../../../shared/sync/transport.ts';
import { defaultCodec } from '../../../renderer/vault/codec.ts';
import { OfficeLinkRepository } from '../../../renderer/vault/office-links.ts';
import { SyncEngine } from '../../../renderer/vault/sync-engine.ts';
import { SyncStore } from '../../../renderer/vault/sync-store.ts';
import type { Vault } from '../../../renderer/vault/vault.ts';
import { fastKdf, freshDb, makeVault, PASS } from '../../fixtures/test-vault.ts';
import { iso, Markers, randomDossier } from '../shared/sync/random-dossier.ts';
import {
  dumpTables,
  firstAdmin,
  SETUP_TIMEOUT,
  startOffice,
  type Backend,
  type Office,
} from './office-harness.ts';
import { openEmbedded } from '../../../office/src/db/database.ts';

/**
 * Issue 14, "the projection is proven", end to end: random dossiers with a unique marker in
 * every field of every record kind (random-dossier.ts) are sealed into a real vault, synced by
 * the REAL sync engine (signed requests, the queue) to the REAL office service (Fastify on the
 * embedded PostgreSQL, through app.inject). Then every table of the office database and the
 * whole service log are searched: only markers of allowlisted fields may be found.
 * The hours and the restriction/erasure status come in through the engine's seams (hoursOf,
 * rightsOf) as the composition root wires them, with random values of their real shapes.
 */

const MARKER = /MRK\d{5}Q/g;
const ORIGIN = 'http://localhost:4610';

/** The engine's requests handed to the service in-process, as fetch would carry them. */
const injectTransport =
  (o: Office): OfficeTransport =>
  async (r) => {
    const url = new URL(r.url);
    if (url.origin !== ORIGIN) throw new TypeError('Failed to fetch');
    const res = await o.app.inject({
      method: r.method,
      url: url.pathname + url.search,
      headers: r.headers,
      ...(r.method === 'POST' ? { payload: r.body } : {}),
    });
    if (res.statusCode >= 300) refusals.push(`${r.method} ${url.pathname} ${res.body}`);
    return { status: res.statusCode, body: res.body };
  };

/** What the service refused, said in the failure message. */
const refusals: string[] = [];

/**
 * Plants a dossier's records as they are stored: sealed under a fresh client key, stamped by
 * this vault's clock (the generator's random stamps reach years ahead, which the service
 * rightly refuses as stamped in the future).
 */
async function plant(
  vault: Vault,
  clientId: string,
  dossier: ReturnType<typeof randomDossier>,
  now: number,
) {
  const db = vault.database;
  await db.clientKeys.add(vault.newClientKey(clientId).row);
  const at = `${String(now).padStart(13, '0')}-0000-dev`;
  // The engine makes the office link itself at the first sync, as in the app.
  for (const r of dossier.filter((x) => x.kind !== 'office-link')) {
    const clock = Object.fromEntries(Object.keys(r.clock).map((f) => [f, at]));
    await db.records.add(vault.sealRecord({ ...r, clientId, clock }));
  }
}

const embedded: Backend = { name: 'embedded', open: () => openEmbedded('memory://') };

describe('device to office: the projection is proven', () => {
  let o: Office;
  let vault: Vault;
  let engine: SyncEngine;
  const hours = new Map<string, HoursLine[]>();
  const rights = new Map<string, RightsState>();

  beforeAll(async () => {
    o = await startOffice(embedded);
    const admin = await firstAdmin(o);
    const code = await o.app.inject({
      method: 'POST',
      url: '/api/staff/enrolment-codes',
      headers: { cookie: admin.cookie },
      payload: { coachName: 'Anouk de Boer' },
    });
    expect(code.statusCode).toBe(200);
    const now = () => o.clock.t;
    vault = makeVault(freshDb(), { now });
    await vault.create(PASS, fastKdf());
    engine = new SyncEngine({
      vault,
      store: new SyncStore(vault, defaultCodec),
      links: new OfficeLinkRepository(vault, now),
      transport: injectTransport(o),
      now,
      today: () => '2026-03-10',
      hoursOf: async (id) => hours.get(id) ?? [],
      rightsOf: async (id) => rights.get(id) ?? { restricted: false, erasure: 'none' },
    });
    await engine.enrol(ORIGIN, code.json<{ code: string }>().code, 'Laptop');
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  it('stores and logs only markers of allowlisted fields', async () => {
    const m = new Markers();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const clientId = `client-${++n}`;
        await plant(vault, clientId, randomDossier(g, m), o.clock.t);
        hours.set(
          clientId,
          Array.from({ length: g(fc.integer, { min: 0, max: 4 }) }, () => ({
            month: iso(g).slice(0, 7),
            activity: g(fc.constantFrom, ...ACTIVITIES),
            minutes: g(fc.integer, { min: 0, max: 6000 }),
          })),
        );
        rights.set(clientId, {
          restricted: g(fc.boolean),
          erasure: g(fc.constantFrom, ...ERASURE_STATUSES),
        });
        o.clock.t += 60_000;
        const status = await engine.sync(true);
        // The service accepted the whole push: nothing refused, nothing waiting.
        expect(refusals).toEqual([]);
        expect(status).toMatchObject({ lastError: null, pending: 0 });
      }),
      // No shrinking: each run adds to the same vault and office, so a replay is not a repeat.
      { numRuns: 12, seed: 20261130, endOnFailure: true },
    );

    const dump = await dumpTables(o.db);
    const found = new Set(dump.match(MARKER) ?? []);
    for (const marker of found) expect(m.forbidden.has(marker), marker).toBe(false);
    for (const marker of found) expect(m.allowed.has(marker), marker).toBe(true);
    expect(o.logs.join('').match(MARKER) ?? []).toEqual([]);
    // Not vacuous: the allowlisted fields did arrive (names and client numbers of every client).
    expect(found.size).toBeGreaterThanOrEqual(12 * 2);
    // Every group arrived (the dump holds each row as JSON inside JSON, hence the escaping).
    for (const group of ['client', 'trajectory', 'hours', 'deadlines', 'contact', 'status'])
      expect(dump.includes(`\\"group_name\\":\\"${group}\\"`), group).toBe(true);
  });
});
