import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import {
  emptyRequestInput,
  validateRequest,
  type DataSubjectRequest,
  type RequestInput,
} from '../../../../shared/domain/requests';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { ClientRecords } from '../../../../renderer/vault/records';
import { RequestRepository } from '../../../../renderer/vault/requests';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const c = validateClient({ ...emptyClientInput(), achternaam: 'Jansen' });
  if (!c.ok) throw new Error('fixture');
  const clients = new ClientRepository(vault);
  const a = await clients.create(c.value);
  const b = await clients.create(c.value);
  return { db, vault, a, b, requests: new RequestRepository(vault) };
}

let tick = 0;
const request = (over: Partial<RequestInput>): DataSubjectRequest => {
  const r = validateRequest(
    { ...emptyRequestInput(), receivedOn: '01-03-2026', ...over },
    { today: '2026-06-01', term: '1-month', recordedAt: `2026-06-01T10:00:0${tick++}Z` },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('the request register', () => {
  it('logs every registration, change and delivery by type only, for the privacy officer', async () => {
    const { vault, a } = await setup();
    const audit = new AuditLog(vault);
    const requests = new RequestRepository(vault, audit);
    const saved = await requests.save(
      a.id,
      request({ type: 'access', description: 'Belde op 1 maart' }),
    );
    await requests.save(a.id, saved.data, saved.id);
    await requests.markDelivered(a.id, saved.id, { on: '2026-06-02', how: 'e-mail' });
    const entries = (await audit.entries()).filter((e) => e.action === 'request');
    expect(entries.map((e) => e.facts)).toEqual([
      { kind: 'request', type: 'access', change: 'registered' },
      { kind: 'request', type: 'access', change: 'changed' },
      { kind: 'request', type: 'access', change: 'delivered' },
    ]);
    expect(entries.every((e) => e.clientId === a.id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('Belde');
  });

  it('stores requests per client, newest first, and across clients', async () => {
    const { a, b, requests } = await setup();
    await requests.save(a.id, request({ receivedOn: '01-03-2026' }));
    await requests.save(a.id, request({ receivedOn: '05-04-2026', type: 'erasure' }));
    await requests.save(b.id, request({ receivedOn: '10-03-2026' }));
    expect((await requests.list(a.id)).map((r) => r.data.receivedOn)).toEqual([
      '2026-04-05',
      '2026-03-01',
    ]);
    expect(await requests.listAll()).toHaveLength(3);
  });

  it('refuses a request of the wrong shape, and one of another client', async () => {
    const { a, b, requests } = await setup();
    await expect(
      requests.save(a.id, { ...request({}), extensionMonths: 3 }),
    ).rejects.toBeInstanceOf(VaultError);
    const saved = await requests.save(a.id, request({}));
    await expect(requests.get(b.id, saved.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('markDelivered closes the request and keeps an outcome already recorded', async () => {
    const { a, requests } = await setup();
    const plain = await requests.save(a.id, request({}));
    const partly = await requests.save(
      a.id,
      request({ type: 'portability', outcome: 'partly', outcomeReasons: 'Rechten van derden' }),
    );
    const seen: string[] = [];
    requests.subscribe((id) => seen.push(id));
    const done = await requests.markDelivered(a.id, plain.id, {
      on: '2026-03-20',
      how: 'ZIP per beveiligde e-mail',
    });
    expect(done.data).toMatchObject({
      status: 'done',
      outcome: 'granted',
      deliveredOn: '2026-03-20',
      deliveredHow: 'ZIP per beveiligde e-mail',
    });
    expect(
      (await requests.markDelivered(a.id, partly.id, { on: '2026-03-21', how: 'USB' })).data,
    ).toMatchObject({ outcome: 'partly', outcomeReasons: 'Rechten van derden' });
    expect(seen).toEqual([a.id, a.id]);
  });

  it('lists only the open access and portability requests for the export', async () => {
    const { a, b, requests } = await setup();
    const access = await requests.save(a.id, request({ receivedOn: '01-03-2026' }));
    const port = await requests.save(
      a.id,
      request({ receivedOn: '02-03-2026', type: 'portability' }),
    );
    await requests.save(a.id, request({ type: 'erasure' }));
    await requests.save(b.id, request({}));
    const delivered = await requests.save(a.id, request({}));
    await requests.markDelivered(a.id, delivered.id, { on: '2026-03-05', how: 'post' });
    expect((await requests.openExportRequests(a.id)).map((r) => r.id)).toEqual([
      access.id,
      port.id,
    ]);
  });

  it('leaves a damaged row out of the lists', async () => {
    const { vault, a, requests } = await setup();
    await requests.save(a.id, request({}));
    await new ClientRecords<object>(vault, 'data-subject-request').save(a.id, { type: 'x' });
    expect(await requests.list(a.id)).toHaveLength(1);
  });
});
