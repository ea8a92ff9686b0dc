import type { KdfParams } from '../../../shared/crypto/kdf';
import { AuditLog } from '../../../renderer/vault/audit';
import { ClientRepository } from '../../../renderer/vault/clients';
import { Compartment } from '../../../renderer/vault/compartment';
import { KoersDb } from '../../../renderer/vault/db';
import { deriveKeyInWorker } from '../../../renderer/vault/kdf-client';
import { Vault } from '../../../renderer/vault/vault';
import { syntheticClients } from '../../fixtures/synthetic-clients';
import type { BenchDef } from './harness';

const PASS = 'pompoen veerboot gieter lakmoes';
const NEXT = 'kapstok wolkbreuk mosterd vlinder';

/** Cheap Argon2id: this measures what the change costs beyond its four KDF runs. */
const cheap = (): KdfParams => ({
  alg: 'argon2id',
  memoryKiB: 1024,
  iterations: 1,
  parallelism: 1,
  salt: crypto.getRandomValues(new Uint8Array(16)),
});

let counter = 0;

/**
 * A passphrase change over 1,000 clients, each with a compartment key pair (as after a
 * sealed entry): every client key re-wrapped (and, since the security review, a new key
 * per client and each compartment secret re-sealed to a new master).
 */
async function changeWith1000(): Promise<number> {
  const db = new KoersDb(`bench-keys-${Date.now()}-${++counter}`);
  const vault = new Vault({ db, deriveKey: deriveKeyInWorker });
  await vault.create(PASS, cheap());
  const clients = await new ClientRepository(vault).createMany(syntheticClients(1000));
  const compartment = new Compartment(vault, new AuditLog(vault), { now: () => 1_000_000 });
  for (const c of clients) await compartment.prepare(c.id);
  const t0 = performance.now();
  await vault.changePassphrase(PASS, NEXT, cheap());
  const ms = performance.now() - t0;
  await vault.lock();
  db.close();
  await db.delete();
  return ms;
}

export const benchmarks: BenchDef[] = [
  {
    id: 'passphrase-change-1000',
    label:
      'change the passphrase with 1,000 clients, each with a compartment key (cheap KDF: the cost beyond the four Argon2id runs)',
    target: '≤ 5000 ms',
    unit: 'ms',
    run: changeWith1000,
    pass: ({ median }) => median <= 5000,
  },
];
