// npx tsx test/bench/backup-bench.ts: back up and restore 1,000 clients with 200 MB of
// documents (issue 13.5), in MB/s, and writes test/bench/backup-results.md.
//
// Runs in Node: the vault on fake-indexeddb (in memory), the backup folder on the real file
// system through the main process's folder code (electron/backup-folder.ts, temporary file,
// fsync, rename). What it measures is the backup's own work (reading rows in pages, framing,
// HMAC-SHA-256 over every byte, writing; on restore reading, checking every MAC, replaying the
// ledger and writing rows). Chromium's IndexedDB is slower to read and write than the
// in-memory fake, so in the app the figures are lower; the Argon2id of the restore is set to
// the unit tests' cheap parameters here, as its cost is the unlock's, not the backup's.
// BENCH_CLIENTS and BENCH_DOC_MB change the size.
import 'fake-indexeddb/auto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveKey } from '../../shared/crypto/kdf';
import { LEDGER_FILE_NAME } from '../../shared/backup/backup-format';
import { restoreBackup } from '../../renderer/vault/backup-restore';
import { BackupService } from '../../renderer/vault/backup-service';
import { ClientRepository } from '../../renderer/vault/clients';
import { DocumentStore } from '../../renderer/vault/documents';
import { fakeLedger, ledgerLine, nodeBackupFolder, tempDir } from '../fixtures/backup-folders';
import { fastKdf, freshDb, makeVault, PASS } from '../fixtures/test-vault';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const DOC_MB = Number(process.env.BENCH_DOC_MB ?? 200);
const DOC_BYTES = 2 * 1024 * 1024;
const MB = 1024 * 1024;
const load0 = loadavg();

const vault = makeVault();
await vault.create(PASS, fastKdf());
const clients = await new ClientRepository(vault).createMany(
  Array.from({ length: CLIENTS }, (_, i) => ({
    voornaam: 'Test',
    achternaam: `Cliënt ${i}`,
    woonplaats: 'Zwolle',
  })) as Parameters<ClientRepository['createMany']>[0],
);
const documents = new DocumentStore(vault, 1024 * 1024 - 1024);
const docCount = Math.round((DOC_MB * MB) / DOC_BYTES);
const pdf = new Uint8Array(DOC_BYTES);
for (let i = 0; i < pdf.length; i++) pdf[i] = (i * 2654435761) >>> 24;
pdf.set([0x25, 0x50, 0x44, 0x46, 0x2d], 0);
for (let d = 0; d < docCount; d++) {
  const client = clients[d % clients.length];
  if (!client) throw new Error('no client');
  await documents.attach(client.id, new Blob([pdf]), {
    direction: 'ontvangen',
    date: '20-11-2026',
    counterparty: 'UWV',
    description: `Document ${d}`,
    fileName: `document-${d}.pdf`,
  });
}
console.log(`seeded ${CLIENTS} clients, ${docCount} documents of ${DOC_BYTES / MB} MB`);

const dir = tempDir('koers-backup-bench-');
const folder = nodeBackupFolder(dir, 4 * MB);
const ledger = fakeLedger();
const service = new BackupService(vault, { folder: () => folder, ledger });
// One erased client in the ledger, so the restore replays a real line.
ledger.entries.push(ledgerLine(clients[clients.length - 1]?.id ?? 'none'));

let heapPeak = 0;
const sampler = setInterval(() => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}, 20);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let t = performance.now();
const { name } = await service.backupNow();
const backupMs = performance.now() - t;
const heapGrowth = heapPeak - heapBefore;
clearInterval(sampler);
const size = statSync(path.join(dir, name)).size;

const db = freshDb();
t = performance.now();
const summary = await restoreBackup({
  db,
  source: folder.read(name),
  passphrase: PASS,
  deriveKey,
  ledger: await folder.readSmall(LEDGER_FILE_NAME),
});
const restoreMs = performance.now() - t;
rmSync(dir, { recursive: true, force: true });

const restoredClients = await db.clientKeys.count();
const mbps = (ms: number) => size / MB / (ms / 1000);
const line = (label: string, ms: number) =>
  `| ${label} | ${(ms / 1000).toFixed(1)} s | ${mbps(ms).toFixed(1)} MB/s |`;
const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const report = `# Backup benchmark

\`npx tsx test/bench/backup-bench.ts\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version},
shared 2-core machine, load average ${fmtLoad(load0)} → ${fmtLoad(loadavg())}). ${CLIENTS} clients,
${docCount} documents of ${DOC_BYTES / MB} MB (${((docCount * DOC_BYTES) / MB).toFixed(0)} MB); the backup file is
${(size / MB).toFixed(1)} MB. The vault is on fake-indexeddb (in memory), the folder on disk through
electron/backup-folder.ts; see the comment at the top of the script for what that leaves out.

| step | time | throughput |
| --- | --- | --- |
${line('back up (read rows in pages, MAC, write, fsync, rename, ledger, rotation)', backupMs)}
${line('restore (read, check every MAC, replay the ledger, write rows)', restoreMs)}

Restored: ${restoredClients} client keys (${summary.droppedClients} erased client left out by the ledger),
${summary.rows} rows read. Heap growth during the backup: ${(heapGrowth / MB).toFixed(1)} MB
(sampled every 20 ms; the rows are read 256 at a time and chunks 4 at a time, so it does not
grow with the documents).
`;
const resultsFile = fileURLToPath(new URL('./backup-results.md', import.meta.url));
// As `npm run lint` wants it (prettier pads the table).
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(resultsFile)) ?? {};
writeFileSync(resultsFile, await prettier.format(report, { ...options, filepath: resultsFile }));
console.log(report);
