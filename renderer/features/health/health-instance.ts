import { compartment, vault } from '../../state/vault-instance';
import { HealthRepository } from '../../vault/health';

export const health = new HealthRepository(vault, compartment);
