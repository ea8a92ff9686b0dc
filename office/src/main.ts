import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOffice } from './app.ts';
import { DEFAULT_CONFIG } from './context.ts';
import { openFromEnv } from './db/database.ts';
import { migrate } from './db/migrations.ts';
import { firstAdministratorCode } from './staff/staff-auth-routes.ts';

/**
 * `npm run office`. Environment: PORT (default 4300), HOST (default 127.0.0.1),
 * KOERS_OFFICE_DATA (the embedded database's folder, default ./office-data), DATABASE_URL
 * (postgres://…, a real server instead), KOERS_OFFICE_TLS_CERT / KOERS_OFFICE_TLS_KEY (PEM
 * files: serve HTTPS), KOERS_OFFICE_NAME, KOERS_OFFICE_TRUST_PROXY=1 behind a proxy.
 */
async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 4300);
  const host = env.HOST ?? '127.0.0.1';
  const dataDir = resolve(env.KOERS_OFFICE_DATA ?? './office-data');
  const certFile = env.KOERS_OFFICE_TLS_CERT;
  const keyFile = env.KOERS_OFFICE_TLS_KEY;
  if (Boolean(certFile) !== Boolean(keyFile))
    throw new Error('Set both KOERS_OFFICE_TLS_CERT and KOERS_OFFICE_TLS_KEY, or neither');
  const scheme = certFile ? 'https' : 'http';
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  // The address first; the port is taken once the database is ready (a few seconds).
  console.log(`Koers office: ${scheme}://${shownHost}:${port}`);
  const opened = await openFromEnv(env, dataDir);
  console.log(
    opened.kind === 'embedded'
      ? `Database: embedded PostgreSQL in ${dataDir} (one instance only)`
      : 'Database: PostgreSQL from DATABASE_URL',
  );
  const applied = await migrate(opened.db);
  if (applied.length > 0) console.log(`Migrations applied: ${applied.join(', ')}`);

  const code = await firstAdministratorCode(opened.db, Date.now());
  if (code)
    console.log(
      `No administrator yet. One-time code for the first administrator (24 hours): ${code}\n` +
        `  POST /api/staff/setup with { code, login, name, passphrase }, or open the office page.`,
    );

  const app = await buildOffice(
    {
      db: opened.db,
      now: Date.now,
      config: { ...DEFAULT_CONFIG, officeName: env.KOERS_OFFICE_NAME ?? DEFAULT_CONFIG.officeName },
    },
    {
      ...(certFile && keyFile
        ? { https: { cert: readFileSync(certFile), key: readFileSync(keyFile) } }
        : {}),
      trustProxy: env.KOERS_OFFICE_TRUST_PROXY === '1',
    },
  );
  await app.listen({ port, host });

  const stop = async () => {
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error('Koers office failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
