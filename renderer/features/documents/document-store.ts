import { DEFAULT_CHUNK_SIZE, DocumentStore } from '../../vault/documents';
import { compartment, vault } from '../../state/vault-instance';

/** The app's one document store: one writer per database, as its orphan sweep assumes. */
export const documentStore = new DocumentStore(vault, DEFAULT_CHUNK_SIZE, undefined, compartment);
