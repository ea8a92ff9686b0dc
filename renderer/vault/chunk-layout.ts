import type { SealedHeader, SealedIdentity } from '../../shared/crypto/envelope';
import { VaultError } from '../../shared/crypto/errors';
import type { ChunkRow } from './db';

/** Schema version written into every sealed header (records, chunks, change rows). */
export const SCHEMA_VERSION = 1;

const CHUNK_KIND = 'document-chunk';

type Seal = (key: Uint8Array, header: SealedHeader, body: Uint8Array) => Uint8Array;
type Open = (
  key: Uint8Array,
  expected: SealedIdentity,
  sealed: Uint8Array,
) => { header: SealedHeader; body: Uint8Array };

/**
 * The one owner of the document chunk layout: a chunk is sealed under its document id and
 * position, so a swapped, dropped or reordered chunk is refused. Used by the vault (client
 * key), the documents store (a sealed document's own content key) and the sealing worker.
 */
export const chunkHeader = (clientId: string, docId: string, index: number): SealedHeader => ({
  id: `${docId}:${index}`,
  clientId,
  kind: CHUNK_KIND,
  v: SCHEMA_VERSION,
});

/** A chunk row; `e` is the epoch of the client key, absent for a content key. */
export function sealChunkRow(
  seal: Seal,
  key: Uint8Array,
  place: { clientId: string; docId: string; index: number; e?: number },
  bytes: Uint8Array,
): ChunkRow {
  const header = chunkHeader(place.clientId, place.docId, place.index);
  const row: ChunkRow = {
    id: header.id,
    clientId: place.clientId,
    docId: place.docId,
    index: place.index,
    sealed: seal(key, header, bytes),
  };
  if (place.e !== undefined) row.e = place.e;
  return row;
}

/** The chunk's bytes, checked against its place. */
export function openChunkRow(open: Open, key: Uint8Array, row: ChunkRow): Uint8Array {
  const { id, clientId, kind } = chunkHeader(row.clientId, row.docId, row.index);
  if (row.id !== id) throw new VaultError('misplaced', `Chunk ${row.id} is out of place`);
  return open(key, { id, clientId, kind }, row.sealed).body;
}
