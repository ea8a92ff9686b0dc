// npm run bench:office — the office service under load, over real HTTP on localhost:
//   1. 200 devices × 50 changes: each device makes one sync round trip (a signed push of its
//      50 field-group changes, then a signed pull of what changed since its last pull),
//      CONCURRENCY devices at a time; p50/p95 of the round trips.
//   2. one device pulls 10,000 changed rows, in pages of 1,000.
// On the embedded database (PGlite in a temp folder) and, when KOERS_TEST_PG_URL is set, on
// PostgreSQL (in a schema of its own). Devices sign with Node's Ed25519 (the bytes are the
// same as tweetnacl's; the device's own signing speed is not what is measured here).
// Results go to test/bench/OFFICE-RESULTS.md.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateSync } from 'otplib';
import { canonicalRequest, SIGNED_HEADERS } from '../../shared/sync/protocol.ts';
import { buildOffice } from '../../office/src/app.ts';
import { DEFAULT_CONFIG, type OfficeContext } from '../../office/src/context.ts';
import { openEmbedded, openPostgres, type OpenedDb } from '../../office/src/db/database.ts';
import { migrate } from '../../office/src/db/migrations.ts';
import { firstAdministratorCode } from '../../office/src/staff/staff-auth-routes.ts';

const DEVICES = Number(process.env.OFFICE_BENCH_DEVICES ?? 200);
const CHANGES = Number(process.env.OFFICE_BENCH_CHANGES ?? 50);
const CONCURRENCY = Number(process.env.OFFICE_BENCH_CONCURRENCY ?? 20);
const PULL_ROWS = Number(process.env.OFFICE_BENCH_PULL_ROWS ?? 10_000);
const PORT = Number(process.env.KOERS_BENCH_PORT ?? 4553);

interface Device {
  id: string;
  key: KeyObject;
  since: number;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ??
  NaN;

async function call(base: string, d: Device, method: 'GET' | 'POST', path: string, body?: unknown) {
  const text = body === undefined ? '' : JSON.stringify(body);
  const timestamp = String(Date.now());
  const nonce = randomBytes(16).toString('base64url');
  const bodySha256 = createHash('sha256').update(text).digest('hex');
  const msg = canonicalRequest({ method, path, timestamp, nonce, bodySha256, deviceId: d.id });
  const res = await fetch(base + path, {
    method,
    headers: {
      [SIGNED_HEADERS.device]: d.id,
      [SIGNED_HEADERS.timestamp]: timestamp,
      [SIGNED_HEADERS.nonce]: nonce,
      [SIGNED_HEADERS.bodySha256]: bodySha256,
      [SIGNED_HEADERS.signature]: sign(null, Buffer.from(msg), d.key).toString('base64'),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: text }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ next: number; more: boolean; changes: unknown[] }>;
}

async function staffCookie(base: string, ctx: OfficeContext): Promise<string> {
  const code = await firstAdministratorCode(ctx.db, Date.now());
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const setup = (await (
    await post('/api/staff/setup', {
      code,
      login: 'bench',
      name: 'Bench',
      passphrase: 'bench passphrase 1',
    })
  ).json()) as { totpSecret: string };
  const res = await post('/api/staff/signin', {
    login: 'bench',
    passphrase: 'bench passphrase 1',
    totp: generateSync({ secret: setup.totpSecret }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

async function enrol(base: string, cookie: string, coach: string): Promise<Device> {
  const post = (path: string, body: unknown, c?: string) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(c ? { cookie: c } : {}) },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<Record<string, string>>);
  const { code } = await post('/api/staff/enrolment-codes', { coachName: coach }, cookie);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  const r = await post('/api/devices/enrol', {
    code,
    signPublicKey: raw.toString('base64'),
    boxPublicKey: randomBytes(32).toString('base64'),
    label: 'bench',
  });
  if (!r.deviceId) throw new Error(`enrol failed: ${JSON.stringify(r)}`);
  return { id: r.deviceId, key: privateKey, since: 0 };
}

/** 50 changes of a coach's day: 10 clients × 5 groups, stamped now. */
function changesFor(d: Device, round: number) {
  const hlc = `${String(Date.now()).padStart(13, '0')}-${round.toString(36).padStart(4, '0')}-${d.id}`;
  const out = [];
  for (let i = 0; out.length < CHANGES; i++) {
    const officeClientId = `oc_${d.id.slice(2, 14)}_${i % 10}`;
    const g = Math.floor(i / 10) % 5;
    if (g === 0)
      out.push({
        officeClientId,
        group: 'client',
        fields: {
          clientNumber: { value: `K-${i}`, hlc },
          displayName: { value: `Client ${i}`, hlc },
        },
      });
    if (g === 1)
      out.push({
        officeClientId,
        group: 'trajectory',
        fields: {
          type: { value: 'werkfit', hlc },
          phase: { value: 'plan', hlc },
          status: { value: 'active', hlc },
        },
      });
    if (g === 2)
      out.push({
        officeClientId,
        group: 'hours',
        fields: { [`2026-03|coaching`]: { value: i % 7, hlc } },
      });
    if (g === 3)
      out.push({
        officeClientId,
        group: 'deadlines',
        fields: { 'pw-plan-van-aanpak': { value: { due: '2026-04-01', done: null }, hlc } },
      });
    if (g === 4)
      out.push({
        officeClientId,
        group: 'contact',
        fields: { lastContact: { value: '2026-03-09', hlc } },
      });
  }
  return out;
}

async function runOn(name: string, opened: OpenedDb): Promise<string[]> {
  await migrate(opened.db);
  const ctx: OfficeContext = {
    db: opened.db,
    now: Date.now,
    config: {
      ...DEFAULT_CONFIG,
      limits: {
        signin: { max: 1e6, windowMs: 60_000 },
        setup: { max: 1e6, windowMs: 60_000 },
        enrol: { max: 1e6, windowMs: 60_000 },
      },
    },
  };
  const app = await buildOffice(ctx, { logLevel: 'warn' });
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    const cookie = await staffCookie(base, ctx);
    const devices: Device[] = [];
    for (let i = 0; i < DEVICES; i++) devices.push(await enrol(base, cookie, `Coach ${i}`));

    const times: number[] = [];
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < devices.length) {
          const d = devices[next++] as Device;
          const start = performance.now();
          await call(base, d, 'POST', '/api/sync/push', { changes: changesFor(d, 1) });
          const pulled = await call(base, d, 'GET', `/api/sync/pull?since=${d.since}&limit=1000`);
          d.since = pulled.next;
          times.push(performance.now() - start);
        }
      }),
    );
    const wall = performance.now() - t0;

    // One coach with PULL_ROWS rows (clients × 5 groups), pulled from the start.
    const big = await enrol(base, cookie, 'Coach with many clients');
    for (let done = 0; done < PULL_ROWS; done += 1000) {
      const changes = [];
      for (let i = done; i < Math.min(done + 1000, PULL_ROWS); i++)
        changes.push({
          officeClientId: `oc_big_${Math.floor(i / 5)}`,
          group: ['client', 'trajectory', 'hours', 'deadlines', 'contact'][i % 5],
          fields: {
            [['displayName', 'phase', '2026-03|coaching', 'pw-plan-van-aanpak', 'lastContact'][
              i % 5
            ] as string]: {
              value: [`Client ${i}`, 'plan', 2, { due: '2026-04-01', done: null }, '2026-03-09'][
                i % 5
              ],
              hlc: `${String(Date.now()).padStart(13, '0')}-0000-${big.id}`,
            },
          },
        });
      await call(base, big, 'POST', '/api/sync/push', { changes });
    }
    const p0 = performance.now();
    let since = 0;
    let rows = 0;
    let pages = 0;
    for (;;) {
      const page = await call(base, big, 'GET', `/api/sync/pull?since=${since}&limit=1000`);
      rows += page.changes.length;
      pages++;
      since = page.next;
      if (!page.more) break;
    }
    const pullMs = performance.now() - p0;
    if (rows !== PULL_ROWS) throw new Error(`pulled ${rows} rows, expected ${PULL_ROWS}`);

    const f = (n: number) => n.toFixed(1);
    console.log(
      `${name}: round trip p50 ${f(pct(times, 50))} ms, p95 ${f(pct(times, 95))} ms; pull ${rows} in ${f(pullMs)} ms`,
    );
    return [
      `| ${name} | sync round trip (push ${CHANGES} + pull), ${DEVICES} devices, ${CONCURRENCY} at a time: p50 | ${f(pct(times, 50))} ms |`,
      `| ${name} | the same, p95 | ${f(pct(times, 95))} ms |`,
      `| ${name} | all ${DEVICES} round trips (${DEVICES * CHANGES} changes), wall time | ${f(wall)} ms |`,
      `| ${name} | pull of ${rows} changed rows (${pages} pages of ≤ 1,000) | ${f(pullMs)} ms |`,
    ];
  } finally {
    await app.close();
  }
}

const load0 = loadavg();
const lines: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'office-bench-'));
const embedded = await openEmbedded(join(dir, 'data'));
try {
  lines.push(...(await runOn('embedded (PGlite, on disk)', embedded)));
} finally {
  await embedded.close();
  rmSync(dir, { recursive: true, force: true });
}
const url = process.env.KOERS_TEST_PG_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`create schema ${schema}`);
  const opened = openPostgres(url, { schema });
  try {
    lines.push(...(await runOn('PostgreSQL 15', opened)));
  } finally {
    await opened.close();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  }
} else console.warn('KOERS_TEST_PG_URL not set: PostgreSQL not measured.');
const load1 = loadavg();

const out = `# Office service benchmark

Produced by \`npm run bench:office\` (test/bench/office-bench.ts), over HTTP on localhost, the
service and the clients in one Node process. Machine: ${cpus().length}× ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.
Date: ${new Date().toISOString().slice(0, 10)}. Load average at the start ${load0.map((l) => l.toFixed(2)).join(' / ')}, at the end ${load1.map((l) => l.toFixed(2)).join(' / ')} (a shared machine).

| database | measure | result |
|---|---|---|
${lines.join('\n')}
`;
writeFileSync(fileURLToPath(new URL('./OFFICE-RESULTS.md', import.meta.url)), out);
console.log(out);
process.exit(0);
