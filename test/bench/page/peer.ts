import { Dexie as Dexie4, type Table as Table4 } from 'dexie';
import { Dexie as Dexie3, type Table as Table3 } from 'dexie3';
import { applyEncryptionMiddleware, NON_INDEXED_FIELDS } from 'dexie-encrypted';
import nacl from 'tweetnacl';
import type { Client } from '../../../shared/domain/client';
import type { KdfParams } from '../../../shared/crypto/kdf';
import { ClientRepository } from '../../../renderer/vault/clients';
import { KoersDb } from '../../../renderer/vault/db';
import { deriveKeyInWorker } from '../../../renderer/vault/kdf-client';
import { newId, Vault } from '../../../renderer/vault/vault';
import { plaintextCodec } from '../../fixtures/plaintext-codec';
import { syntheticClients } from '../../fixtures/synthetic-clients';

/**
 * Writing and reading the same 1,000 client rows through Koers and through the peer people
 * reach for, dexie-encrypted 2.0 (Dexie middleware, tweetnacl secretbox, on Dexie 3), and
 * through plain Dexie without encryption. Every system starts from an empty database and
 * reads through a fresh connection, as after an app start; key derivation is not timed.
 * With gc() exposed (test/bench/open-page.mjs) each timed step starts on a collected heap.
 */
export type System = 'koers' | 'koers-plain' | 'dexie-encrypted' | 'dexie3' | 'dexie4';
export const SYSTEMS: readonly System[] = [
  'koers',
  'koers-plain',
  'dexie-encrypted',
  'dexie3',
  'dexie4',
];

export interface WriteRead {
  writeMs: number;
  readMs: number;
}

const PASS = 'pompoen veerboot gieter lakmoes';
const N = 1000;
let counter = 0;
const dbName = (s: System) => `bench-peer-${s}-${Date.now()}-${++counter}`;

/** A full collection before each timed step, so no system pays for another's garbage. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const cheapKdf = (): KdfParams => ({
  alg: 'argon2id',
  memoryKiB: 1024,
  iterations: 1,
  parallelism: 1,
  salt: new Uint8Array(16),
});

/** Koers: ClientRepository.createMany, then listAll on a freshly unlocked vault. */
async function koers(encrypted: boolean): Promise<WriteRead> {
  const codec = encrypted ? {} : { codec: plaintextCodec };
  const name = dbName(encrypted ? 'koers' : 'koers-plain');
  const db = new KoersDb(name);
  const vault = new Vault({ db, deriveKey: deriveKeyInWorker, ...codec });
  await vault.create(PASS, cheapKdf());
  const input = syntheticClients(N);
  collect();
  const t0 = performance.now();
  await new ClientRepository(vault).createMany(input);
  const writeMs = performance.now() - t0;
  await vault.lock();
  db.close();
  const db2 = new KoersDb(name);
  const vault2 = new Vault({ db: db2, deriveKey: deriveKeyInWorker, ...codec });
  await vault2.unlock(PASS);
  collect();
  const t1 = performance.now();
  const { clients } = await new ClientRepository(vault2).listAll();
  const readMs = performance.now() - t1;
  if (clients.length !== N) throw new Error(`Koers read ${clients.length} clients`);
  await vault2.lock();
  db2.close();
  await db2.delete();
  return { writeMs, readMs };
}

/** The rows Koers makes of the same input, for the Dexie tables. */
function clientRows(): Client[] {
  const at = new Date().toISOString();
  return syntheticClients(N).map((fields) => ({
    ...fields,
    id: newId(),
    archived: false,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
  }));
}

/**
 * dexie-encrypted's types name the app's 'dexie' (Dexie 4); at run time the bench build
 * (test/bench/open-page.mjs) hands it Dexie 3, which is what it is written for.
 */
const encryptDexie3 = applyEncryptionMiddleware as unknown as (
  db: Dexie3,
  key: Uint8Array,
  settings: { clients: typeof NON_INDEXED_FIELDS },
  onKeyChange: (db: Dexie3) => Promise<void>,
) => void;

/**
 * Dexie 3, with or without dexie-encrypted. Only the primary key is indexed, so the
 * middleware encrypts every other field: the most it can protect.
 */
function openDexie3(name: string, key: Uint8Array | null): Dexie3 & { clients: Table3<Client> } {
  const db = new Dexie3(name) as Dexie3 & { clients: Table3<Client> };
  if (key) {
    encryptDexie3(db, key, { clients: NON_INDEXED_FIELDS }, async () => {
      throw new Error('dexie-encrypted: the key changed');
    });
  }
  db.version(1).stores({ clients: 'id' });
  return db;
}

async function dexie3(encrypted: boolean): Promise<WriteRead> {
  const name = dbName(encrypted ? 'dexie-encrypted' : 'dexie3');
  const key = encrypted ? nacl.randomBytes(32) : null;
  const db = openDexie3(name, key);
  await db.open();
  const rows = clientRows();
  collect();
  const t0 = performance.now();
  await db.transaction('rw', db.clients, () => db.clients.bulkAdd(rows));
  const writeMs = performance.now() - t0;
  db.close();
  const db2 = openDexie3(name, key);
  await db2.open();
  collect();
  const t1 = performance.now();
  const read = await db2.clients.toArray();
  const readMs = performance.now() - t1;
  if (read.length !== N || read[0]?.achternaam === undefined) {
    throw new Error(`Dexie 3 read ${read.length} clients, or did not decrypt them`);
  }
  db2.close();
  await db2.delete();
  return { writeMs, readMs };
}

async function dexie4(): Promise<WriteRead> {
  const name = dbName('dexie4');
  const open = () => {
    const db = new Dexie4(name) as Dexie4 & { clients: Table4<Client> };
    db.version(1).stores({ clients: 'id' });
    return db;
  };
  const db = open();
  await db.open();
  const rows = clientRows();
  collect();
  const t0 = performance.now();
  await db.transaction('rw', db.clients, () => db.clients.bulkAdd(rows));
  const writeMs = performance.now() - t0;
  db.close();
  const db2 = open();
  await db2.open();
  collect();
  const t1 = performance.now();
  const read = await db2.clients.toArray();
  const readMs = performance.now() - t1;
  if (read.length !== N) throw new Error(`Dexie 4 read ${read.length} clients`);
  db2.close();
  await db2.delete();
  return { writeMs, readMs };
}

/** One write of 1,000 client rows into an empty database, and one read of them back. */
export function writeRead(system: System): Promise<WriteRead> {
  switch (system) {
    case 'koers':
      return koers(true);
    case 'koers-plain':
      return koers(false);
    case 'dexie-encrypted':
      return dexie3(true);
    case 'dexie3':
      return dexie3(false);
    case 'dexie4':
      return dexie4();
  }
}

/** What a dexie-encrypted row looks like in IndexedDB, for the comparison in docs/testing.md. */
export async function peerRowShape(): Promise<string[]> {
  const name = dbName('dexie-encrypted');
  const db = openDexie3(name, nacl.randomBytes(32));
  await db.open();
  await db.clients.bulkAdd(clientRows().slice(0, 1));
  db.close();
  const raw = new Dexie3(name);
  raw.version(1).stores({ clients: 'id', _encryptionSettings: '++id' });
  const [row] = await raw.table('clients').toArray();
  raw.close();
  await Dexie3.delete(name);
  return Object.keys((row ?? {}) as object);
}
