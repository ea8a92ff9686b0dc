import { randomBytes } from '../../shared/crypto/envelope';
import type { KdfParams } from '../../shared/crypto/kdf';
import type { KdfRequest, KdfResponse } from './kdf.worker';

type Pending = { resolve: (r: KdfResponse & { ok: true }) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<KdfResponse>) => {
    const p = pending.get(event.data.id);
    if (!p) return;
    pending.delete(event.data.id);
    if (event.data.ok) p.resolve(event.data);
    else p.reject(new Error(event.data.message));
  };
  return worker;
}

type Body = KdfRequest extends infer R ? (R extends KdfRequest ? Omit<R, 'id'> : never) : never;

function call(body: Body): Promise<KdfResponse & { ok: true }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ ...body, id });
  });
}

export async function deriveKeyInWorker(
  passphrase: string,
  params: KdfParams,
): Promise<Uint8Array> {
  const r = await call({ op: 'derive', passphrase, params });
  if (!r.key) throw new Error('KDF returned no key');
  return r.key;
}

export async function calibrateInWorker(): Promise<{ params: KdfParams; measuredMs: number }> {
  const r = await call({ op: 'calibrate', salt: randomBytes(16) });
  if (!r.params) throw new Error('Calibration returned no parameters');
  return { params: r.params, measuredMs: r.measuredMs ?? NaN };
}
