import { randomBytes } from '../../shared/crypto/envelope';
import type { KdfParams } from '../../shared/crypto/kdf';
import type { KdfRequest, KdfResponse } from './kdf.worker';

/**
 * Generous: one derivation costs 0.5-1 s by design, calibration a few of those; a worker
 * still silent after this is stuck and is terminated rather than left holding a passphrase.
 */
export const KDF_TIMEOUT_MS = 60_000;

let nextId = 1;

const spawn = () => new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });

/**
 * One unused worker, loaded ahead of need: it has held nothing yet. It lets a browser that
 * lost its server (offline, `npm run web`) still unlock, since a worker's script can only be
 * fetched while the server is reachable; the desktop app serves it itself.
 */
let spare: Worker | null = null;

function prepareSpare(): void {
  if (spare || typeof Worker === 'undefined') return;
  const w = spawn();
  w.onerror = () => {
    // Could not load (offline): try again when the network is back.
    w.terminate();
    if (spare === w) spare = null;
    if (typeof window !== 'undefined')
      window.addEventListener('online', prepareSpare, { once: true });
  };
  spare = w;
}

function takeWorker(): Worker {
  const w = spare ?? spawn();
  spare = null;
  prepareSpare();
  return w;
}

type Body = KdfRequest extends infer R ? (R extends KdfRequest ? Omit<R, 'id'> : never) : never;

/**
 * A fresh worker per call, terminated as soon as it answers, fails or times out. Terminating
 * discards the worker's heap and hash-wasm's WebAssembly memory, which hold the passphrase
 * and Argon2id's working blocks; hash-wasm itself never clears them.
 */
function call(body: Body): Promise<KdfResponse & { ok: true }> {
  const id = nextId++;
  const worker = takeWorker();
  return new Promise<KdfResponse & { ok: true }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('KDF timed out')), KDF_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<KdfResponse>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'KDF worker failed'));
    };
    worker.postMessage({ ...body, id });
  }).finally(() => worker.terminate());
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
