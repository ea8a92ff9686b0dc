import { KoersDb } from '../vault/db';
import { deriveKeyInWorker } from '../vault/kdf-client';
import { Vault } from '../vault/vault';
import { AuditLog } from '../vault/audit';
import { Compartment } from '../vault/compartment';
import { ClientRepository } from '../vault/clients';
import { ConsentRepository } from '../vault/consent';

export const vault = new Vault({ db: new KoersDb(), deriveKey: deriveKeyInWorker });
export const clients = new ClientRepository(vault);
export const audit = new AuditLog(vault);
// Every wrong passphrase (compartment, session mode, passphrase change) goes into the log.
vault.throttle.auditWith((event) => audit.append(event));
// Built together: the compartment asks the consent register before every opening and sealed
// write, and withdrawing the last legal ground makes the compartment forget that client.
export const consents = new ConsentRepository(vault, audit, {
  forget: (clientId) => compartment.forget(clientId),
});
export const compartment = new Compartment(vault, audit, {
  legalGround: consents.hasLegalGround,
});
