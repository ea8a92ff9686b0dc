import { audit, compartment, vault } from '../../state/vault-instance';
import { ConsentRepository } from '../../vault/consent';

export const consents = new ConsentRepository(vault, audit, compartment);
