import {
  Kysely,
  PostgresDialect,
  type DatabaseConnection,
  type Dialect,
  type Driver,
} from 'kysely';
import { KyselyPGlite } from 'kysely-pglite';
import pg from 'pg';
import type { OfficeDb } from './schema.ts';

export type Db = Kysely<OfficeDb>;

export interface OpenedDb {
  db: Db;
  /** 'embedded' serves one instance; 'postgres' may be shared by several. */
  kind: 'embedded' | 'postgres';
  close(): Promise<void>;
}

/**
 * A real PostgreSQL server. bigint (int8) comes back as a number, as PGlite returns it:
 * every bigint here is a time in ms or a sequence number, far below 2^53.
 */
export function openPostgres(url: string, opts: { schema?: string; max?: number } = {}): OpenedDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    // Tests give each suite a schema of its own in one database.
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === 20
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<OfficeDb>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * The embedded PostgreSQL (PGlite) in a data folder, or in memory for tests
 * (`memory://`). PGlite is one session: two requests that each run a transaction would
 * interleave their statements in it. So every use of the connection, a single query or a
 * whole transaction, waits its turn here.
 */
export async function openEmbedded(dataDir: string): Promise<OpenedDb> {
  const { dialect, client } = await KyselyPGlite.create(dataDir);
  const db = new Kysely<OfficeDb>({ dialect: serialised(dialect) });
  return {
    db,
    kind: 'embedded',
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}

function serialised(inner: Dialect): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver: () => new TurnTakingDriver(inner.createDriver()),
  };
}

class TurnTakingDriver implements Driver {
  #tail: Promise<void> = Promise.resolve();
  #release = new Map<DatabaseConnection, () => void>();
  constructor(private readonly inner: Driver) {}

  init = () => this.inner.init();
  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const before = this.#tail;
    this.#tail = before.then(() => mine);
    await before;
    const conn = await this.inner.acquireConnection();
    // One object per turn, so the release below ends exactly this turn.
    const turn: DatabaseConnection = {
      executeQuery: (q) => conn.executeQuery(q),
      streamQuery: (q, n) => conn.streamQuery(q, n),
    };
    this.#release.set(turn, () => {
      release();
      void this.inner.releaseConnection(conn);
    });
    return turn;
  }
  beginTransaction: Driver['beginTransaction'] = (c, s) => this.inner.beginTransaction(c, s);
  commitTransaction: Driver['commitTransaction'] = (c) => this.inner.commitTransaction(c);
  rollbackTransaction: Driver['rollbackTransaction'] = (c) => this.inner.rollbackTransaction(c);
  async releaseConnection(c: DatabaseConnection): Promise<void> {
    const done = this.#release.get(c);
    this.#release.delete(c);
    done?.();
  }
  destroy = () => this.inner.destroy();
}

/** DATABASE_URL selects a real server; otherwise the embedded database in `dataDir`. */
export async function openFromEnv(env: NodeJS.ProcessEnv, dataDir: string): Promise<OpenedDb> {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  return openEmbedded(dataDir);
}
