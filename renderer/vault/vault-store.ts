import { KoersDb } from './db';

/**
 * Where the vault's IndexedDB database lives, and how it moves to a fresh place after an
 * erasure.
 *
 * Why: Chromium keeps IndexedDB in one LevelDB per storage place, and a deleted row (or a
 * deleted database) stays in its log and tables until LevelDB compacts them, which a page
 * cannot trigger (measured on Chromium 156: an erased row and a deleted database were still
 * in the files after three restarts). So after an erasure the vault's remaining rows are
 * copied into a fresh place and the old place is deleted as a whole; Chromium then removes
 * its directory, and the erased client's bytes go with it.
 *
 * The places are Storage Buckets (`navigator.storageBuckets`, Chromium 122+): each bucket
 * has its own LevelDB directory, and deleting a bucket deletes that directory. Which bucket
 * is current is kept in localStorage (bucket names only). A vault made before this, in the
 * origin's default store, moves into a bucket at its first erasure; what the default store
 * held before stays there until Chromium compacts it (docs/security-model.md).
 */

/** One place a database can live: its own IndexedDB factory, removable as a whole. */
export interface StorePlaces {
  /** The places that exist now (bucket names). */
  list(): Promise<string[]>;
  factory(place: string): Promise<IDBFactory>;
  remove(place: string): Promise<void>;
}

/** A small key-value store outside IndexedDB for the pointer (localStorage in the app). */
export interface PointerStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** Bucket names: `koers-vault-1`, `koers-vault-2`, … one current at a time. */
const PREFIX = 'koers-vault-';
const POINTER_KEY = 'koers.vault-store';
/** Set before a move and cleared after it: a boot that finds it finishes the move first. */
const PENDING_KEY = 'koers.vault-store-move';

const generation = (place: string): number => Number(place.slice(PREFIX.length));
const isOurs = (place: string): boolean => new RegExp(`^${PREFIX}\\d+$`).test(place);

/**
 * What Dexie is given as `indexedDB`: it forwards to the current place's factory, so moving
 * the vault changes where the same KoersDb reads and writes (after a close and reopen).
 */
class ForwardingFactory {
  constructor(public current: IDBFactory) {}
  open(name: string, version?: number): IDBOpenDBRequest {
    return this.current.open(name, version);
  }
  deleteDatabase(name: string): IDBOpenDBRequest {
    return this.current.deleteDatabase(name);
  }
  cmp(a: unknown, b: unknown): number {
    return this.current.cmp(a, b);
  }
  databases(): Promise<IDBDatabaseInfo[]> {
    return this.current.databases();
  }
}

export interface VaultStore {
  /** For `new KoersDb(name, deps)`. */
  readonly deps: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
  /** The current place, or null for the origin's default store (legacy vault, no buckets). */
  readonly place: () => string | null;
  /**
   * Copies every row of `db` into a fresh place, points the vault there, reopens `db` on it
   * and deletes the old place. False when this browser has no separate places.
   */
  relocate(db: KoersDb): Promise<boolean>;
  /** Whether a move was started and not finished (a crash): finish it before unlocking. */
  movePending(): boolean;
}

/**
 * Picks the vault's place at boot. Without `places` (no Storage Buckets: Firefox, Node
 * tests) the vault stays in the default store and `relocate` is a no-op returning false.
 * `legacyExists`: whether the default store already holds this vault's database.
 */
export async function openVaultStore(opts: {
  places: StorePlaces | null;
  pointer: PointerStore | null;
  fallback: IDBFactory;
  keyRange: typeof IDBKeyRange;
  legacyExists: () => Promise<boolean>;
}): Promise<VaultStore> {
  const { places, pointer, fallback, keyRange } = opts;
  const forward = new ForwardingFactory(fallback);
  let current: string | null = null;

  if (places && pointer) {
    const ours = (await places.list()).filter(isOurs);
    const named = pointer.get(POINTER_KEY);
    if (named && ours.includes(named)) current = named;
    else if (ours.length > 0)
      current = ours.sort((a, b) => generation(b) - generation(a))[0] ?? null;
    else if (!(await opts.legacyExists())) current = `${PREFIX}1`;
    if (current) {
      // Leftovers of a move a crash interrupted: a half copy, or an old place not yet deleted.
      for (const other of ours) if (other !== current) await places.remove(other);
      forward.current = await places.factory(current);
      pointer.set(POINTER_KEY, current);
    }
  }

  const deps = {
    // The cast: Dexie needs only open, deleteDatabase, cmp and databases of the factory.
    indexedDB: forward as unknown as IDBFactory,
    IDBKeyRange: keyRange,
  };

  async function relocate(db: KoersDb): Promise<boolean> {
    if (!places || !pointer) return false;
    pointer.set(PENDING_KEY, '1');
    const next = `${PREFIX}${current ? generation(current) + 1 : 1}`;
    const target = await places.factory(next);
    const copy = new KoersDb(db.name, { indexedDB: target, IDBKeyRange: keyRange });
    try {
      await copyRows(db, copy);
    } finally {
      copy.close();
    }
    db.close({ disableAutoOpen: false });
    const old = current;
    forward.current = target;
    current = next;
    pointer.set(POINTER_KEY, next);
    await db.open();
    if (old) await places.remove(old);
    else await deleteFrom(fallback, db.name);
    pointer.remove(PENDING_KEY);
    return true;
  }

  return {
    deps,
    place: () => current,
    relocate,
    movePending: () => pointer?.get(PENDING_KEY) === '1',
  };
}

/** Rows per write: chunks are up to 1 MiB, so a batch of them stays within a few MiB. */
const BATCH = 16;

/** Every table, row by row in key order, batch by batch (memory stays flat). */
export async function copyRows(from: KoersDb, to: KoersDb): Promise<number> {
  await to.open();
  let copied = 0;
  for (const table of from.tables) {
    const target = to.table(table.name);
    const keyPath = table.schema.primKey.keyPath as string;
    let last: unknown = undefined;
    for (;;) {
      const batch: Record<string, unknown>[] =
        last === undefined
          ? await table.orderBy(':id').limit(BATCH).toArray()
          : await table.where(':id').above(last).limit(BATCH).toArray();
      if (batch.length === 0) break;
      await target.bulkPut(batch);
      copied += batch.length;
      last = batch[batch.length - 1]?.[keyPath];
    }
  }
  return copied;
}

function deleteFrom(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Another tab holding it open: the move is done; the old copy goes when it closes.
    req.onblocked = () => resolve();
  });
}

interface BucketManager {
  open(
    name: string,
    options?: { persisted?: boolean; durability?: 'strict' | 'relaxed' },
  ): Promise<{
    indexedDB: IDBFactory;
  }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

/** Storage Buckets of this page, or null where the browser has none. */
export function browserBuckets(): StorePlaces | null {
  const manager = (globalThis.navigator as { storageBuckets?: BucketManager } | undefined)
    ?.storageBuckets;
  if (!manager) return null;
  return {
    list: () => manager.keys(),
    factory: async (place) =>
      (await manager.open(place, { persisted: true, durability: 'strict' })).indexedDB,
    remove: (place) => manager.delete(place),
  };
}
