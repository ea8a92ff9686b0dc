import { DocumentStore } from '../../vault/documents';
import { vault } from '../../state/vault-instance';

/** The app's one document store: one writer per database, as its orphan sweep assumes. */
export const documentStore = new DocumentStore(vault);
