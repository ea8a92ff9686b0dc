import { describe, expect, it } from 'vitest';
import { emptyClientInput } from '../../../../shared/domain/client';
import { fromBase64, newSigningKeyPair, toBase64 } from '../../../../shared/crypto/sign';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { defaultCodec } from '../../../../renderer/vault/codec';
import { LogbookRepository } from '../../../../renderer/vault/logbook';
import { OfficeLinkRepository } from '../../../../renderer/vault/office-links';
import { backoffMs, SyncEngine } from '../../../../renderer/vault/sync-engine';
import { SyncStore } from '../../../../renderer/vault/sync-store';
import { FINGERPRINT_WORD_COUNT } from '../../../../shared/sync/fingerprint';
import { FakeOffice } from '../../../fixtures/fake-office';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const T0 = Date.UTC(2026, 10, 30, 13, 2);

async function setup() {
  const clock = { now: T0 };
  const now = () => clock.now;
  const db = freshDb();
  const vault = makeVault(db, { now });
  await vault.create(PASS, fastKdf());
  const office = new FakeOffice();
  office.now = now;
  const store = new SyncStore(vault, defaultCodec);
  const links = new OfficeLinkRepository(vault, now);
  const engine = new SyncEngine({
    vault,
    store,
    links,
    transport: office.transport,
    now,
    today: () => '2026-11-30',
  });
  const clients = new ClientRepository(vault);
  const logbook = new LogbookRepository(vault);
  return { clock, db, vault, office, store, links, engine, clients, logbook };
}

const newClient = (clients: ClientRepository, achternaam = 'Yılmaz') =>
  clients.create({
    ...emptyClientInput(),
    voornaam: 'Elif',
    achternaam,
    clientnummer: 'K-2026-017',
    bsn: '111222333',
    telefoon: '+31612345678',
    geboortedatum: '1988-04-12',
  });

const entry = (at: string) => ({
  at,
  durationMinutes: 90,
  contactType: 'face-to-face' as const,
  participants: '',
  summary: 'Gesprek over de rugklachten en het sollicitatieplan',
  agreements: '',
  followUpDate: '',
});

async function officeIdOf(links: OfficeLinkRepository, clientId: string) {
  return (await linkOf(links, clientId)).officeClientId;
}

async function linkOf(links: OfficeLinkRepository, clientId: string) {
  const link = await links.get(clientId);
  if (!link) throw new Error('no office link');
  return link.data;
}

const rawBytes = async (db: ReturnType<typeof freshDb>) => {
  const rows = await db.meta.toArray();
  return JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v,
  );
};

describe('office sync on the device', () => {
  it('enrols with a one-time code, keeps the secret keys sealed and shows the same fingerprint as the office', async () => {
    const { engine, office, db, store } = await setup();
    office.issueCode('ABC123');
    const e = await engine.enrol(office.origin, 'ABC123', 'Laptop Anouk');
    expect(e.coachName).toBe('Anouk de Boer');
    expect(e.fingerprint.split(' ')).toHaveLength(FINGERPRINT_WORD_COUNT);
    const status = await engine.status();
    expect(status).toMatchObject({ enrolled: true, officeName: 'Re-integratie Zuid' });
    // The secret key is in the sealed state, and in no stored byte in clear.
    const state = await store.load();
    const secret = state.enrolment?.signSecretKey ?? '';
    expect(fromBase64(secret)).toHaveLength(64);
    const raw = await rawBytes(db);
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain('Anouk');
    // A code works once.
    await expect(engine.enrol(office.origin, 'ABC123', 'x')).rejects.toMatchObject({
      code: 'refused',
    });
  });

  it('signs every request: the office accepts it, and refuses the same request signed with another key', async () => {
    const { engine, office, store, clients } = await setup();
    office.issueCode('ABC123');
    const enrolment = await engine.enrol(office.origin, 'ABC123', 'Laptop');
    const c = await newClient(clients);
    expect((await engine.sync()).lastError).toBeNull();
    expect(office.refusals).toEqual([]);
    const before = office.allRows().length;
    // Swap in another Ed25519 key: the office refuses, and nothing changes there.
    const state = await store.load();
    const wrong = newSigningKeyPair();
    await store.save({
      ...state,
      enrolment: { ...enrolment, signSecretKey: toBase64(wrong.secretKey) },
    });
    await clients.update(c.id, {
      ...emptyClientInput(),
      voornaam: 'Elif',
      achternaam: 'Kaya',
      clientnummer: 'K-2026-017',
    });
    const s = await engine.sync();
    expect(s.lastError).toBe('refused');
    expect(office.refusals).toEqual(['signature']);
    expect(office.allRows()).toHaveLength(before);
    expect(JSON.stringify(office.allRows())).not.toContain('Kaya');
  });

  it('queues changes sealed while offline, retries with back-off on a fake clock, and a retry after a lost answer changes nothing twice', async () => {
    const { engine, office, db, clock, clients, logbook, links } = await setup();
    office.issueCode('ABC123');
    await engine.enrol(office.origin, 'ABC123', 'Laptop');
    office.online = false;
    const c = await newClient(clients, 'Kuipersma');
    await logbook.create(c.id, entry('2026-11-28T10:00'));
    await logbook.create(c.id, entry('2026-11-29T10:00'));

    const offline = await engine.sync();
    expect(offline.lastError).toBe('offline');
    expect(offline.pending).toBeGreaterThanOrEqual(5);
    expect(offline.retryAt).toBe(T0 + backoffMs(1));
    // The queue holds the display name, sealed: not one stored byte says it.
    expect(await rawBytes(db)).not.toContain('Kuipersma');

    // Before the back-off ends an automatic round does not even try.
    office.online = true;
    const tried = office.requests.length;
    clock.now = T0 + backoffMs(1) - 1;
    expect((await engine.sync()).pending).toBe(offline.pending);
    expect(office.requests.length).toBe(tried);

    // A second failure doubles the wait.
    office.online = false;
    clock.now = T0 + backoffMs(1);
    const again = await engine.sync();
    expect(again.retryAt).toBe(clock.now + backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    // The office applies the push but the answer is lost: the queue stays and goes again.
    office.online = true;
    office.loseNextResponse = true;
    clock.now += backoffMs(2);
    expect((await engine.sync()).lastError).toBe('offline');
    const appliedOnce = office.applied;
    const rowsOnce = JSON.stringify(office.allRows().map((r) => r.fields));
    expect(appliedOnce).toBeGreaterThan(0);

    clock.now += backoffMs(3);
    const done = await engine.sync();
    expect(done).toMatchObject({ lastError: null, pending: 0, lastSyncAt: clock.now });
    expect(office.applied).toBe(appliedOnce);
    expect(JSON.stringify(office.allRows().map((r) => r.fields))).toBe(rowsOnce);

    const oc = await officeIdOf(links, c.id);
    expect(office.row(oc, 'client')?.fields['displayName']?.value).toBe('Elif Kuipersma');
    expect(office.row(oc, 'hours')?.fields['2026-11|unspecified']?.value).toBe(3);
    expect(office.row(oc, 'contact')?.fields['lastContact']?.value).toBe('2026-11-29');
    // Nothing beyond the allowlist: no BSN, phone, birth date or logbook text.
    const all = office.bodies.join('\n');
    for (const secret of ['111222333', '612345678', '1988-04-12', 'rugklachten'])
      expect(all).not.toContain(secret);
    expect(office.auditHeads.length).toBeGreaterThan(0);
  });

  it('takes the office status where it is newer and keeps the losing device value in the conflict log', async () => {
    const { engine, office, clock, clients, links } = await setup();
    office.issueCode('ABC123');
    await engine.enrol(office.origin, 'ABC123', 'Laptop');
    const c = await newClient(clients);
    await engine.sync();
    const oc = await officeIdOf(links, c.id);

    // Offline, the coach pauses the trajectory; later the planner closes it at the office.
    office.online = false;
    clock.now = T0 + 60_000;
    await links.setStatus(c.id, 'paused');
    await engine.sync();
    office.officeEdit(oc, 'trajectory', 'status', 'completed', `${T0 + 120_000}-0000-office`);
    office.online = true;
    clock.now = T0 + 10 * 60_000;
    await engine.sync(true);

    const link = await linkOf(links, c.id);
    expect(link.status).toBe('completed');
    expect(link.conflicts).toHaveLength(1);
    expect(link.conflicts[0]).toMatchObject({
      field: 'status',
      from: 'device',
      lost: { value: 'paused' },
      kept: { value: 'completed' },
    });
    // The office keeps its newer value; the device does not push its loser again.
    expect(office.row(oc, 'trajectory')?.fields['status']?.value).toBe('completed');
    await engine.sync(true);
    expect(office.row(oc, 'trajectory')?.fields['status']?.value).toBe('completed');
  });

  it('keeps the device value when it is newer than the office one (the office logs its own loser)', async () => {
    const { engine, office, clock, clients, links } = await setup();
    office.issueCode('ABC123');
    await engine.enrol(office.origin, 'ABC123', 'Laptop');
    const c = await newClient(clients);
    await engine.sync();
    const oc = await officeIdOf(links, c.id);
    // An office edit stamped before the coach's (the planner's laptop clock was behind).
    office.officeEdit(oc, 'trajectory', 'status', 'stopped', `${T0 + 1000}-0000-office`);
    clock.now = T0 + 60_000;
    await links.setStatus(c.id, 'paused');
    await engine.sync(true);
    const link = await linkOf(links, c.id);
    expect(link.status).toBe('paused');
    expect(link.conflicts).toEqual([]);
    expect(office.row(oc, 'trajectory')?.fields['status']?.value).toBe('paused');
  });

  it('applies a new coach from the office on the next pull', async () => {
    const { engine, office, clients, links } = await setup();
    office.issueCode('ABC123');
    await engine.enrol(office.origin, 'ABC123', 'Laptop');
    const c = await newClient(clients);
    await engine.sync();
    const oc = await officeIdOf(links, c.id);
    office.officeEdit(oc, 'client', 'coachId', 'coach-2', `${T0 + 5000}-0000-office`);
    await engine.sync(true);
    expect(await linkOf(links, c.id)).toMatchObject({ coachId: 'coach-2', coachName: '' });
  });

  it('refuses every request of a revoked device and says so', async () => {
    const { engine, office, store, clients } = await setup();
    office.issueCode('ABC123');
    const e = await engine.enrol(office.origin, 'ABC123', 'Laptop');
    office.revoke(e.deviceId);
    await newClient(clients);
    const s = await engine.sync(true);
    expect(s.lastError).toBe('revoked');
    expect(s.pending).toBeGreaterThan(0);
    expect(office.allRows()).toEqual([]);
    expect((await store.load()).enrolment).not.toBeNull();
  });

  it('keeps the enrolment through a passphrase change (its key is re-wrapped)', async () => {
    const { engine, office, vault } = await setup();
    office.issueCode('ABC123');
    await engine.enrol(office.origin, 'ABC123', 'Laptop');
    await vault.changePassphrase(PASS, 'een geheel nieuwe lange zin voor de kluis');
    await vault.lock();
    await vault.unlock('een geheel nieuwe lange zin voor de kluis');
    expect((await engine.status()).enrolled).toBe(true);
  });
});
