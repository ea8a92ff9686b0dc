import type { KdfParams } from '../../../shared/crypto/kdf';
import { emptyClientInput, validateClient } from '../../../shared/domain/client';
import { emptyGroundInput } from '../../../shared/domain/consent';
import {
  LOGBOOK_KIND,
  LOGBOOK_SEALED_KIND,
  newLogbookInput,
  validateLogbook,
  type LogbookEntry,
} from '../../../shared/domain/logbook';
import { buildServices } from '../../../renderer/state/services';
import { ClientRepository } from '../../../renderer/vault/clients';
import { KoersDb, type RecordRow } from '../../../renderer/vault/db';
import { deriveKeyInWorker } from '../../../renderer/vault/kdf-client';
import { newId, Vault } from '../../../renderer/vault/vault';
import { syntheticClients } from '../../fixtures/synthetic-clients';
import type { BenchDef } from './harness';

const PASS = 'pompoen veerboot gieter lakmoes';
const ENTRIES = 2000;
const SEALED_ENTRIES = 100;
const DOCUMENTS = 10;
const DOC_SIZE = 5 * 1024 * 1024;

/** Cheap Argon2id: these measure what the erasure costs beyond its Argon2id runs. */
const cheap = (): KdfParams => ({
  alg: 'argon2id',
  memoryKiB: 1024,
  iterations: 1,
  parallelism: 1,
  salt: crypto.getRandomValues(new Uint8Array(16)),
});

function pdfBlob(size: number): Blob {
  const head = new TextEncoder().encode('%PDF-1.7\n');
  const parts: BlobPart[] = [head];
  let left = size - head.length;
  while (left > 0) {
    const piece = new Uint8Array(Math.min(left, 65_536));
    crypto.getRandomValues(piece);
    parts.push(piece);
    left -= piece.length;
  }
  return new Blob(parts, { type: 'application/pdf' });
}

async function newVault(label: string) {
  const db = new KoersDb(`bench-erasure-${label}-${Date.now()}-${Math.random()}`);
  const vault = new Vault({ db, deriveKey: deriveKeyInWorker });
  await vault.create(PASS, cheap());
  return { db, vault, s: buildServices(vault) };
}

async function drop(x: { db: KoersDb; vault: Vault }) {
  await x.vault.lock();
  x.db.close();
  await x.db.delete();
}

/**
 * One client with 2,000 logbook entries (100 of them sealed in the compartment), a legal
 * ground and 50 MB of documents (10 × 5 MB, sealed in 1 MiB chunks), beside 20 other
 * clients. Measured: `eraseClient` from the passphrase check to the rotated keys (the store
 * move is measured apart: it copies the whole vault, whatever the client's size).
 */
async function eraseBigClient(): Promise<number> {
  const x = await newVault('client');
  await new ClientRepository(x.vault).createMany(syntheticClients(20));
  const r = validateClient({ ...emptyClientInput(), voornaam: 'Bench', achternaam: 'Erasure' });
  if (!r.ok) throw new Error('fixture');
  const client = await x.s.clients.create(r.value);
  await x.s.consents.addGround(client, { ...emptyGroundInput(), givenOn: '01-06-2025' });
  const at = new Date().toISOString();
  const rows: RecordRow[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const f = validateLogbook({
      ...newLogbookInput(new Date(2020, 0, 1 + i, 10)),
      summary: `Gesprek ${i} over werk en sollicitaties.`,
    });
    if (!f.ok) throw new Error('fixture');
    const data: LogbookEntry = { ...f.value, version: 1, createdAt: at, updatedAt: at };
    const id = newId();
    rows.push(
      i < SEALED_ENTRIES
        ? await x.s.compartment.seal({ id, clientId: client.id, kind: LOGBOOK_SEALED_KIND, data })
        : x.vault.sealRecord({ id, clientId: client.id, kind: LOGBOOK_KIND, data, clock: {} }),
    );
  }
  await x.vault.database.records.bulkPut(rows);
  for (let i = 0; i < DOCUMENTS; i++)
    await x.s.documents.attach(client.id, pdfBlob(DOC_SIZE), {
      fileName: `scan ${i + 1}.pdf`,
      direction: 'ontvangen',
      date: '20-11-2026',
      counterparty: 'UWV',
      description: 'Bench',
    });
  const t0 = performance.now();
  await x.s.erasure.eraseClient(client.id, { reason: 'client-request', passphrase: PASS });
  const ms = performance.now() - t0;
  if ((await x.db.chunks.count()) !== 0) throw new Error('chunks left');
  await drop(x);
  return ms;
}

/** 1,000 clients, each with a compartment key pair; one erased, then the rotation alone. */
async function rotateAfterErasure(): Promise<number> {
  const x = await newVault('rotate');
  const clients = await new ClientRepository(x.vault).createMany(syntheticClients(1000));
  for (const c of clients) await x.s.compartment.prepare(c.id);
  const [first] = clients;
  if (!first) throw new Error('fixture');
  await x.s.erasure.eraseClient(first.id, { reason: 'client-request', passphrase: PASS });
  const t0 = performance.now();
  await x.vault.rotateKeys(PASS);
  const ms = performance.now() - t0;
  await drop(x);
  return ms;
}

export const benchmarks: BenchDef[] = [
  {
    id: 'erasure-client-2000',
    label:
      'erase a client with 2,000 entries (100 sealed) and 50 MB of documents: keys destroyed, rows deleted, vault keys rotated (cheap KDF: the cost beyond the Argon2id runs)',
    target: '≤ 2000 ms',
    unit: 'ms',
    run: eraseBigClient,
    pass: ({ median }) => median <= 2000,
  },
  {
    id: 'erasure-rotate-1000',
    label:
      'rotate the keys after an erasure with 1,000 clients, each with a compartment key (cheap KDF)',
    target: 'measured',
    unit: 'ms',
    run: rotateAfterErasure,
    pass: () => true,
  },
];
