import { KoersDb } from '../vault/db';
import { deriveKeyInWorker } from '../vault/kdf-client';
import { Vault } from '../vault/vault';
import { AuditLog } from '../vault/audit';
import { Compartment } from '../vault/compartment';
import { ClientRepository } from '../vault/clients';

export const vault = new Vault({ db: new KoersDb(), deriveKey: deriveKeyInWorker });
export const clients = new ClientRepository(vault);
export const audit = new AuditLog(vault);
export const compartment = new Compartment(vault, audit);
