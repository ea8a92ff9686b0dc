import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { KoersDb } from '../../../../renderer/vault/db';
import {
  openVaultStore,
  type PointerStore,
  type StorePlaces,
} from '../../../../renderer/vault/vault-store';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { fastKdf, makeVault, PASS } from '../../../fixtures/test-vault';

/** Storage Buckets as fake-indexeddb factories: each place its own universe of databases. */
function fakePlaces() {
  const places = new Map<string, IDBFactory>();
  const removed: string[] = [];
  const api: StorePlaces = {
    list: () => Promise.resolve([...places.keys()]),
    factory: (p) => {
      if (!places.has(p)) places.set(p, new IDBFactory());
      return Promise.resolve(places.get(p) as IDBFactory);
    },
    remove: (p) => {
      places.delete(p);
      removed.push(p);
      return Promise.resolve();
    },
  };
  return { api, places, removed };
}

function memoryPointer(): PointerStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => void data.set(k, v),
    remove: (k) => void data.delete(k),
  };
}

const boot = (places: StorePlaces, pointer: PointerStore, fallback = new IDBFactory()) =>
  openVaultStore({
    places,
    pointer,
    fallback,
    keyRange: FakeKeyRange,
    legacyExists: () => Promise.resolve(false),
  });

function fields(achternaam: string) {
  const r = validateClient({ ...emptyClientInput(), voornaam: 'Jan', achternaam });
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

describe('the vault store', () => {
  it('moves every row to a fresh place and deletes the old place whole', async () => {
    const { api, places, removed } = fakePlaces();
    const pointer = memoryPointer();
    const store = await boot(api, pointer);
    expect(store.place()).toBe('koers-vault-1');
    const db = new KoersDb('koers', store.deps);
    const vault = makeVault(db);
    await vault.create(PASS, fastKdf());
    const clients = new ClientRepository(vault);
    await clients.create(fields('Eerste'));
    const before = await db.records.count();

    expect(await store.relocate(db)).toBe(true);
    expect(store.place()).toBe('koers-vault-2');
    expect(removed).toEqual(['koers-vault-1']);
    expect([...places.keys()]).toEqual(['koers-vault-2']);
    expect(pointer.data.get('koers.vault-store')).toBe('koers-vault-2');
    expect(store.movePending()).toBe(false);
    // The same session goes on in the new place: reads, writes, and a fresh unlock.
    expect(await db.records.count()).toBe(before);
    await clients.create(fields('Tweede'));
    await vault.lock();
    await vault.unlock(PASS);
    expect((await clients.list()).map((c) => c.achternaam).sort()).toEqual(['Eerste', 'Tweede']);
  });

  it('a boot after a crash mid-move keeps the named place and deletes the half copy', async () => {
    const { api, places, removed } = fakePlaces();
    const pointer = memoryPointer();
    await api.factory('koers-vault-3');
    await api.factory('koers-vault-4'); // the half copy
    pointer.set('koers.vault-store', 'koers-vault-3');
    const store = await boot(api, pointer);
    expect(store.place()).toBe('koers-vault-3');
    expect(removed).toEqual(['koers-vault-4']);
    expect([...places.keys()]).toEqual(['koers-vault-3']);
  });

  it('without separate places the vault stays where it is and nothing moves', async () => {
    const store = await openVaultStore({
      places: null,
      pointer: null,
      fallback: new IDBFactory(),
      keyRange: FakeKeyRange,
      legacyExists: () => Promise.resolve(true),
    });
    expect(store.place()).toBeNull();
    expect(await store.relocate(new KoersDb('koers', store.deps))).toBe(false);
  });
});
