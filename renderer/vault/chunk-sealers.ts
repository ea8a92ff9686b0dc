import { VaultError } from '../../shared/crypto/errors';
import { openChunkRow, sealChunkRow } from './chunk-layout';
import { defaultCodec } from './codec';
import type { ChunkRow } from './db';
import type { SealRequest, SealResponse } from './documents.worker';

/** Seals chunk after chunk of one document; `close` forgets the key. */
export interface ChunkSealer {
  seal(index: number, bytes: Uint8Array): Promise<ChunkRow>;
  close(): Promise<void>;
}

/** A sealed document's chunk: the same layout, with its content key. */
export const sealChunkWith = (
  key: Uint8Array,
  clientId: string,
  docId: string,
  index: number,
  bytes: Uint8Array,
): ChunkRow => sealChunkRow(defaultCodec.seal, key, { clientId, docId, index }, bytes);

export const openChunkWith = (key: Uint8Array, row: ChunkRow): Uint8Array =>
  openChunkRow(defaultCodec.open, key, row);

/**
 * A dedicated worker for one document. The client key is copied to it (transferred, so no
 * second copy stays here) because a worker cannot reach the keyring; the worker zero-fills it
 * on close and is then terminated. Replies come in order, one per request.
 */
export function workerSealer(
  key: Uint8Array,
  clientId: string,
  docId: string,
  epoch: number | undefined,
): ChunkSealer {
  const worker = new Worker(new URL('./documents.worker.ts', import.meta.url), { type: 'module' });
  const waiting: { resolve: (r: SealResponse) => void; reject: (e: Error) => void }[] = [];
  const failAll = (e: Error) => {
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.onmessage = (event: MessageEvent<SealResponse>) => waiting.shift()?.resolve(event.data);
  // Kept: a worker that failed to load fails every later request too, instead of hanging it.
  let failure: Error | null = null;
  worker.onerror = (event) => {
    event.preventDefault();
    failure = new Error('The sealing worker failed');
    failAll(failure);
  };
  const ask = (req: SealRequest, transfer: Transferable[]) =>
    new Promise<SealResponse>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ resolve, reject });
      worker.postMessage(req, transfer);
    });
  worker.postMessage({ op: 'start', key, clientId, docId } satisfies SealRequest, [key.buffer]);
  let closed = false;
  return {
    async seal(index, bytes) {
      if (closed) throw new VaultError('locked', 'The sealing worker is closed');
      const r = await ask({ op: 'seal', index, bytes }, [bytes.buffer]);
      if (r.op !== 'sealed' || r.index !== index) {
        throw new Error(r.op === 'error' ? r.message : 'The sealing worker answered out of turn');
      }
      const row: ChunkRow = { id: `${docId}:${index}`, clientId, docId, index, sealed: r.sealed };
      if (epoch !== undefined) row.e = epoch;
      return row;
    },
    async close() {
      if (closed) return;
      closed = true;
      // Wait briefly for the key to be wiped; terminate regardless, which frees its memory.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        ask({ op: 'end' }, []).catch(() => undefined),
        new Promise((r) => (timer = setTimeout(r, 1000))),
      ]);
      clearTimeout(timer);
      worker.terminate();
      failAll(new VaultError('locked', 'The sealing worker is closed'));
    },
  };
}
