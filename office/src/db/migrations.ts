import { sql, type Kysely } from 'kysely';
import type { Db } from './database.ts';

/**
 * Numbered migrations, applied in order at start. Never edit one that has shipped: add the
 * next number. Each runs in its own transaction with its row in schema_migrations.
 */
interface Migration {
  id: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** One statement at a time: both drivers send parameters, and a prepared statement holds one. */
async function statements(db: Kysely<unknown>, text: string): Promise<void> {
  for (const one of text.split(';').map((s) => s.trim())) if (one) await sql.raw(one).execute(db);
}

const MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: 'staff, devices, sync state',
    async up(db) {
      await statements(
        db,
        `
        create table office_meta (key text primary key, value text not null);
        create table staff (
          id text primary key,
          login text not null unique,
          name text not null,
          role text not null check (role in ('administrator', 'planner', 'privacy-officer')),
          pass_hash text not null,
          kdf text not null,
          totp_secret text not null,
          totp_last_step bigint not null default 0,
          created_at bigint not null,
          disabled_at bigint
        );
        create table staff_invites (
          code_hash text primary key,
          role text not null,
          expires_at bigint not null,
          created_by text references staff(id)
        );
        create table sessions (
          token_hash text primary key,
          staff_id text not null references staff(id),
          created_at bigint not null,
          expires_at bigint not null
        );
        create table rate_limits (
          key text primary key,
          window_start bigint not null,
          hits integer not null
        );
        create table coaches (id text primary key, name text not null, created_at bigint not null);
        create table enrolment_codes (
          code_hash text primary key,
          coach_id text not null references coaches(id),
          expires_at bigint not null,
          created_by text not null references staff(id)
        );
        create table devices (
          id text primary key,
          coach_id text not null references coaches(id),
          label text not null,
          sign_public_key text not null unique,
          box_public_key text not null,
          fingerprint text not null,
          enrolled_at bigint not null,
          last_seen_at bigint,
          revoked_at bigint
        );
        create table nonces (
          device_id text not null references devices(id),
          nonce text not null,
          expires_at bigint not null,
          primary key (device_id, nonce)
        );
        create index nonces_expiry on nonces (expires_at);
        create table clients (
          office_client_id text primary key,
          coach_id text not null references coaches(id),
          created_at bigint not null
        );
        create index clients_coach on clients (coach_id);
        create sequence sync_seq;
        create table sync_rows (
          office_client_id text not null references clients(office_client_id),
          group_name text not null,
          fields jsonb not null,
          seq bigint not null,
          updated_at bigint not null,
          primary key (office_client_id, group_name)
        );
        create index sync_rows_seq on sync_rows (seq);
        create table sync_conflicts (
          id bigserial primary key,
          office_client_id text not null,
          group_name text not null,
          field text not null,
          loser text not null check (loser in ('device', 'office')),
          winner_value jsonb not null,
          loser_value jsonb not null,
          device_id text not null,
          at bigint not null
        );
        create table audit_heads (
          device_id text primary key references devices(id),
          seq bigint not null,
          hash text not null,
          at bigint not null
        );
      `,
      );
    },
  },
];

/** Any fixed number: the lock that keeps two instances starting at once from racing. */
const MIGRATION_LOCK = 7_140_001;

/**
 * Runs what is missing, holding a session advisory lock on one connection so that several
 * instances starting together apply each migration once: the second waits, then finds
 * nothing left to do.
 */
export async function migrate(db: Db, now = Date.now): Promise<number[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        id integer primary key, name text not null, applied_at bigint not null)`.execute(conn);
      const done = new Set(
        (await conn.selectFrom('schema_migrations').select('id').execute()).map((r) => r.id),
      );
      const applied: number[] = [];
      for (const m of MIGRATIONS) {
        if (done.has(m.id)) continue;
        await conn.transaction().execute(async (tx) => {
          await m.up(tx as unknown as Kysely<unknown>);
          await tx
            .insertInto('schema_migrations')
            .values({ id: m.id, name: m.name, applied_at: now() })
            .execute();
        });
        applied.push(m.id);
      }
      return applied;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
