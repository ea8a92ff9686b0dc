/// <reference lib="webworker" />
import { seal } from '../../shared/crypto/envelope';
import type { ChunkRow } from './db';
import { sealChunkRow } from './chunk-layout';

/**
 * Seals document chunks off the UI thread while the page reads the next chunk and stores the
 * previous one. tweetnacl's secretbox alone manages about 85 MB/s here, and read + seal +
 * store one after the other on one thread reached 40-48 MB/s, under the 50 MB/s target; with
 * the sealing here, 55-70 MB/s on an otherwise idle 2-core machine.
 *
 * It holds one key, a copy sent by DocumentStore.attach for that one document (the client's
 * key, or a sealed document's own content key): wiped when the attach ends, and the worker is
 * then terminated. A lock ends the attach at the next chunk boundary, so the copy outlives the
 * keyring by a few tens of milliseconds at most.
 */

export type SealRequest =
  | { op: 'start'; key: Uint8Array; clientId: string; docId: string }
  | { op: 'seal'; index: number; bytes: Uint8Array }
  | { op: 'end' };

export type SealResponse =
  | { op: 'sealed'; index: number; sealed: Uint8Array }
  | { op: 'error'; index: number; message: string }
  | { op: 'ended' };

/** A chunk sealed exactly as the vault seals it (chunk-layout.ts), for a thread with no Vault. */
export function sealDocumentChunk(
  key: Uint8Array,
  clientId: string,
  docId: string,
  index: number,
  bytes: Uint8Array,
): ChunkRow {
  return sealChunkRow(seal, key, { clientId, docId, index }, bytes);
}

function serve(scope: DedicatedWorkerGlobalScope): void {
  let job: { key: Uint8Array; clientId: string; docId: string } | null = null;
  scope.onmessage = (event: MessageEvent<SealRequest>) => {
    const req = event.data;
    if (req.op === 'start') {
      job = { key: req.key, clientId: req.clientId, docId: req.docId };
    } else if (req.op === 'end') {
      job?.key.fill(0);
      job = null;
      scope.postMessage({ op: 'ended' } satisfies SealResponse);
    } else {
      try {
        if (!job) throw new Error('No document is being sealed');
        const { sealed } = sealDocumentChunk(
          job.key,
          job.clientId,
          job.docId,
          req.index,
          req.bytes,
        );
        req.bytes.fill(0);
        scope.postMessage({ op: 'sealed', index: req.index, sealed } satisfies SealResponse, [
          sealed.buffer,
        ]);
      } catch (e) {
        const message = e instanceof Error ? e.message : 'Sealing failed';
        scope.postMessage({ op: 'error', index: req.index, message } satisfies SealResponse);
      }
    }
  };
}

// Only when loaded as a worker: the unit tests import sealDocumentChunk in Node.
if ('WorkerGlobalScope' in globalThis) serve(self as unknown as DedicatedWorkerGlobalScope);
