import { compartment, vault } from '../../state/vault-instance';
import { LogbookRepository } from '../../vault/logbook';

export const logbook = new LogbookRepository(vault, compartment);
