import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { generateSync } from 'otplib';
import pg from 'pg';
import nacl from 'tweetnacl';
import { canonicalRequest, SIGNED_HEADERS } from '../../../shared/sync/protocol.ts';
import { buildOffice } from '../../../office/src/app.ts';
import { DEFAULT_CONFIG, type OfficeContext } from '../../../office/src/context.ts';
import {
  openEmbedded,
  openPostgres,
  type Db,
  type OpenedDb,
} from '../../../office/src/db/database.ts';
import { migrate } from '../../../office/src/db/migrations.ts';
import { OFFICE_TABLES, type StaffRole } from '../../../office/src/db/schema.ts';
import { sha256Hex } from '../../../office/src/devices/signed-request.ts';
import { firstAdministratorCode } from '../../../office/src/staff/staff-auth-routes.ts';

/**
 * The office suite runs on both databases: the embedded PGlite always, and a real
 * PostgreSQL when KOERS_TEST_PG_URL is set (.ci/run starts one). Each suite gets a schema
 * of its own there, so files running in parallel do not meet.
 */
export interface Backend {
  name: 'embedded' | 'postgres';
  open(): Promise<OpenedDb>;
}

const PG_URL = process.env.KOERS_TEST_PG_URL;
let warned = false;

export function backends(): Backend[] {
  const list: Backend[] = [{ name: 'embedded', open: () => openEmbedded('memory://') }];
  if (PG_URL) list.push({ name: 'postgres', open: () => openFreshSchema(PG_URL) });
  else if (!warned) {
    warned = true;
    console.warn(
      '\n*** OFFICE SUITE: KOERS_TEST_PG_URL is not set, so the PostgreSQL run is SKIPPED. ***\n' +
        '*** Only the embedded database was tested. CI sets it (.ci/run).                 ***\n',
    );
  }
  return list;
}

async function openFreshSchema(url: string): Promise<OpenedDb> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const opened = openPostgres(url, { schema, max: 4 });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export interface Office {
  app: FastifyInstance;
  db: Db;
  ctx: OfficeContext;
  clock: { t: number };
  /** Every log line the service wrote. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * Starting PGlite compiles a WebAssembly PostgreSQL: seconds on an idle machine, up to a
 * minute on a shared CI box running other suites alongside. A guard against a hang, not a
 * speed target.
 */
export const SETUP_TIMEOUT = 240_000;

/** A clock far from any real date, moved by hand. */
export const START = Date.UTC(2026, 2, 10, 9, 0, 0);

export async function startOffice(
  backend: Backend,
  override: Partial<OfficeContext['config']> = {},
): Promise<Office> {
  const opened = await backend.open();
  await migrate(opened.db);
  const clock = { t: START };
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const ctx: OfficeContext = {
    db: opened.db,
    now: () => clock.t,
    // Cheap Argon2id and generous limits: speed is the benchmark's business, not the tests'.
    config: {
      ...DEFAULT_CONFIG,
      officeName: 'Testkantoor',
      kdf: { memoryKiB: 256, iterations: 1 },
      limits: {
        signin: { max: 1000, windowMs: 60_000 },
        setup: { max: 1000, windowMs: 60_000 },
        enrol: { max: 1000, windowMs: 60_000 },
      },
      ...override,
    },
  };
  const app = await buildOffice(ctx, { logStream: stream });
  return {
    app,
    db: opened.db,
    ctx,
    clock,
    logs,
    close: async () => {
      await app.close();
      await opened.close();
    },
  };
}

/** Every row of every table, sorted, as JSON: equal dumps mean nothing changed. */
export async function dumpTables(db: Db, except: readonly string[] = []): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of OFFICE_TABLES) {
    if (except.includes(table)) continue;
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      db,
    );
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  out.sync_seq = [
    (await sql<{ v: number }>`select last_value as v from sync_seq`.execute(db)).rows[0],
  ];
  return JSON.stringify(out);
}

export const totpNow = (secret: string, t: number): string =>
  generateSync({ secret, epoch: Math.floor(t / 1000) });

export interface StaffSession {
  id: string;
  login: string;
  cookie: string;
  totpSecret: string;
  passphrase: string;
}

const PASS = 'correct horse battery staple';

async function setupAndSignIn(o: Office, code: string, login: string): Promise<StaffSession> {
  const setup = await o.app.inject({
    method: 'POST',
    url: '/api/staff/setup',
    payload: { code, login, name: `Medewerker ${login}`, passphrase: PASS },
  });
  if (setup.statusCode !== 200) throw new Error(`setup ${setup.statusCode} ${setup.body}`);
  const { staffId, totpSecret } = setup.json<{ staffId: string; totpSecret: string }>();
  const cookie = await signIn(o, login, PASS, totpSecret);
  return { id: staffId, login, cookie, totpSecret, passphrase: PASS };
}

/** Signs in (a fresh TOTP step: the clock moves 30 s) and returns the cookie header. */
export async function signIn(o: Office, login: string, passphrase: string, secret: string) {
  o.clock.t += 30_000;
  const res = await o.app.inject({
    method: 'POST',
    url: '/api/staff/signin',
    payload: { login, passphrase, totp: totpNow(secret, o.clock.t) },
  });
  if (res.statusCode !== 200) throw new Error(`signin ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((k) => k.name === 'koers_office_session');
  if (!c) throw new Error('no session cookie');
  return `koers_office_session=${c.value}`;
}

let seq = 0;
const uniqueLogin = (role: string) => `${role}${++seq}.${randomBytes(3).toString('hex')}`;

/** The first administrator (only once per office) or, after that, another staff member. */
export async function firstAdmin(o: Office): Promise<StaffSession> {
  const code = await firstAdministratorCode(o.db, o.clock.t);
  if (!code) throw new Error('an administrator exists already');
  return setupAndSignIn(o, code, uniqueLogin('admin'));
}

export async function staffWithRole(o: Office, admin: StaffSession, role: StaffRole) {
  const res = await o.app.inject({
    method: 'POST',
    url: '/api/staff/invites',
    headers: { cookie: admin.cookie },
    payload: { role },
  });
  if (res.statusCode !== 200) throw new Error(`invite ${res.statusCode} ${res.body}`);
  return setupAndSignIn(o, res.json<{ code: string }>().code, uniqueLogin(role));
}

export interface TestDevice {
  deviceId: string;
  coachId: string;
  fingerprint: string;
  sign: nacl.SignKeyPair;
  box: nacl.BoxKeyPair;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

export async function enrolDevice(
  o: Office,
  admin: StaffSession,
  coach: { coachName: string } | { coachId: string },
): Promise<TestDevice> {
  const codeRes = await o.app.inject({
    method: 'POST',
    url: '/api/staff/enrolment-codes',
    headers: { cookie: admin.cookie },
    payload: coach,
  });
  if (codeRes.statusCode !== 200) throw new Error(`code ${codeRes.statusCode} ${codeRes.body}`);
  const sign = nacl.sign.keyPair();
  const box = nacl.box.keyPair();
  const res = await o.app.inject({
    method: 'POST',
    url: '/api/devices/enrol',
    payload: {
      code: codeRes.json<{ code: string }>().code,
      signPublicKey: b64(sign.publicKey),
      boxPublicKey: b64(box.publicKey),
      label: 'Laptop',
    },
  });
  if (res.statusCode !== 200) throw new Error(`enrol ${res.statusCode} ${res.body}`);
  const r = res.json<{ deviceId: string; coachId: string; fingerprint: string }>();
  return { ...r, sign, box };
}

export interface SignOverrides {
  deviceId?: string;
  timestamp?: number;
  nonce?: string;
  signWith?: Uint8Array;
  /** The body actually sent, after signing the given one. */
  sentBody?: string;
  omit?: (keyof typeof SIGNED_HEADERS)[];
}

/** A device request signed as protocol.ts says (the way Koers signs it). */
export function signed(
  o: Office,
  device: TestDevice,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  over: SignOverrides = {},
): InjectOptions {
  const text = body === undefined ? '' : JSON.stringify(body);
  const timestamp = String(over.timestamp ?? o.clock.t);
  const nonce = over.nonce ?? randomBytes(16).toString('base64url');
  const deviceId = over.deviceId ?? device.deviceId;
  const bodySha256 = sha256Hex(text);
  const msg = canonicalRequest({ method, path: url, timestamp, nonce, bodySha256, deviceId });
  const sig = nacl.sign.detached(Buffer.from(msg, 'utf8'), over.signWith ?? device.sign.secretKey);
  const all: [keyof typeof SIGNED_HEADERS, string][] = [
    ['device', deviceId],
    ['timestamp', timestamp],
    ['nonce', nonce],
    ['bodySha256', bodySha256],
    ['signature', b64(sig)],
  ];
  const headers: Record<string, string> = Object.fromEntries(
    all.filter(([k]) => !over.omit?.includes(k)).map(([k, v]) => [SIGNED_HEADERS[k], v]),
  );
  if (body !== undefined) headers['content-type'] = 'application/json';
  return {
    method,
    url,
    headers,
    ...(body !== undefined ? { payload: over.sentBody ?? text } : {}),
  };
}

/** A stamp as shared/sync/hlc.ts writes it, at ms `wall` of `node`. */
export const stamp = (wall: number, node: string, counter = 0) =>
  `${String(wall).padStart(13, '0')}-${counter.toString(36).padStart(4, '0')}-${node}`;

export const newClientId = () => `oc_${randomBytes(12).toString('base64url')}`;
