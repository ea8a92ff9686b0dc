import { VaultError } from '../../shared/crypto/errors';
import type { Client } from '../../shared/domain/client';
import {
  CONSENT_REGISTER_KIND,
  emptyRegister,
  hasLegalGroundForSpecialCategories,
  isConsentRegister,
  validateGround,
  validateWithdrawal,
  type ConsentRegister,
  type Ground,
  type GroundErrors,
  type GroundInput,
  type Representation,
} from '../../shared/domain/consent';
import { consentFacts, type AuditFacts } from '../../shared/domain/audit-facts';
import type { IsoDate } from '../../shared/domain/iso-date';
import type { AuditLog } from './audit';
import { ClientRepository } from './clients';
import type { Compartment } from './compartment';
import { ClientRecords } from './records';
import { newId, type Vault } from './vault';

const pad = (n: number) => String(n).padStart(2, '0');
/** The coach's wall-calendar date: consent is given and withdrawn on local days. */
const localToday = (): IsoDate => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** One deterministic id per client, so two quick first saves cannot make two registers. */

export type ConsentErrors = GroundErrors & { withdrawnOn?: string };

export type ConsentChange =
  | { ok: true; register: ConsentRegister; hasLegalGround: boolean }
  | { ok: false; errors: ConsentErrors };

/**
 * The consent register: one sealed record per client, under the client's key (consent facts
 * are not special-category data). Each change and its audit entry land in one transaction,
 * so there is no unlogged change. A change that leaves no legal ground for special-category
 * data makes the compartment forget that client's key at once.
 */
export class ConsentRepository {
  private readonly records: ClientRecords<ConsentRegister>;
  private readonly clients: ClientRepository;
  private readonly listeners = new Set<(clientId: string) => void>();
  /** Changes run one at a time: each reads the register the previous one wrote. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly vault: Vault,
    private readonly audit: AuditLog,
    private readonly compartment: Pick<Compartment, 'forget'>,
    private readonly today: () => IsoDate = localToday,
  ) {
    this.records = new ClientRecords<ConsentRegister>(vault, CONSENT_REGISTER_KIND);
    this.clients = new ClientRepository(vault);
  }

  /** The client's register; empty when nothing is on record. */
  async load(clientId: string): Promise<ConsentRegister> {
    const row = await this.records.get(this.vault.singletonId(clientId, CONSENT_REGISTER_KIND));
    if (!row) return emptyRegister();
    if (row.clientId !== clientId) throw new VaultError('misplaced', 'Register of another client');
    if (!isConsentRegister(row.data))
      throw new VaultError('unsupported-format', 'Consent register of an unknown shape');
    return row.data;
  }

  /**
   * Whether special-category data of this client may be processed today. Needs only the id:
   * the date of birth comes from the vault. Fails closed: an unknown client or a register of
   * an unknown shape means no.
   */
  readonly hasLegalGround = async (clientId: string, today?: IsoDate): Promise<boolean> => {
    try {
      const client = await this.clients.get(clientId);
      const register = await this.load(clientId);
      return hasLegalGroundForSpecialCategories(
        register,
        { birthDate: client.geboortedatum },
        today ?? this.today(),
      );
    } catch (e) {
      if (e instanceof VaultError && (e.code === 'not-found' || e.code === 'unsupported-format'))
        return false;
      throw e;
    }
  };

  /** Register and verdict together, for screens. */
  async snapshot(
    clientId: string,
  ): Promise<{ register: ConsentRegister; hasLegalGround: boolean }> {
    const register = await this.load(clientId);
    return { register, hasLegalGround: await this.hasLegalGround(clientId) };
  }

  async addGround(client: Pick<Client, 'id'>, input: GroundInput): Promise<ConsentChange> {
    return this.change(client.id, (register, birthDate, today) => {
      const checked = validateGround(
        input,
        { birthDate, representation: register.representation },
        today,
      );
      if (!checked.ok) return { errors: checked.errors };
      const ground: Ground = {
        ...checked.value,
        id: newId(),
        withdrawnOn: null,
        recordedAt: new Date().toISOString(),
      };
      return {
        register: { ...register, grounds: [...register.grounds, ground] },
        facts: () => consentFacts.granted(ground),
      };
    });
  }

  /** Records the withdrawal (or end) of a ground on a day; the ground itself is kept. */
  async withdraw(client: Pick<Client, 'id'>, groundId: string, onIso: IsoDate) {
    return this.change(client.id, (register, _birthDate, today) => {
      const ground = register.grounds.find((g) => g.id === groundId);
      if (!ground) throw new VaultError('not-found', `No ground ${groundId}`);
      const problem = validateWithdrawal(ground, onIso, today);
      if (problem) return { errors: { withdrawnOn: problem } };
      const withdrawn: Ground = { ...ground, withdrawnOn: onIso };
      return {
        register: {
          ...register,
          grounds: register.grounds.map((g) => (g.id === groundId ? withdrawn : g)),
        },
        facts: (sealed) => consentFacts.withdrawn(withdrawn, sealed),
      };
    });
  }

  async setRepresentation(client: Pick<Client, 'id'>, value: Representation) {
    return this.change(client.id, (register) => {
      if (register.representation === value) return { register, facts: null };
      return {
        register: { ...register, representation: value },
        // Codes only: whether a representative consents, never which kind (curatele or
        // mentorschap can reveal a health condition, and the log outlives erasure).
        facts: (sealed) => consentFacts.representation(value !== 'none', sealed),
      };
    });
  }

  /** Called with a client id after every stored change, so screens can reload. */
  subscribe(listener: (clientId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private change(
    clientId: string,
    apply: (
      register: ConsentRegister,
      birthDate: string,
      today: IsoDate,
    ) =>
      | { errors: ConsentErrors }
      | { register: ConsentRegister; facts: ((sealed: boolean) => AuditFacts) | null },
  ): Promise<ConsentChange> {
    const run = async (): Promise<ConsentChange> => {
      const db = this.vault.database;
      const today = this.today();
      let result: ConsentChange | undefined;
      await db.transaction('rw', db.records, db.changes, db.audit, db.meta, async () => {
        const client = await this.clients.get(clientId);
        const before = await this.load(clientId);
        const context = { birthDate: client.geboortedatum };
        const outcome = apply(before, client.geboortedatum, today);
        if ('errors' in outcome) {
          result = { ok: false, errors: outcome.errors };
          return;
        }
        const had = hasLegalGroundForSpecialCategories(before, context, today);
        const has = hasLegalGroundForSpecialCategories(outcome.register, context, today);
        if (outcome.facts) {
          await this.records.save(
            clientId,
            outcome.register,
            this.vault.singletonId(clientId, CONSENT_REGISTER_KIND),
          );
          await this.audit.append({
            action: 'consent-change',
            clientId,
            facts: outcome.facts(had && !has),
          });
        }
        result = { ok: true, register: outcome.register, hasLegalGround: has };
      });
      const done = result as ConsentChange;
      if (done.ok) {
        // After the commit: sealed data of a client without a ground is closed at once,
        // also when there was none before (a stale opening must not outlive the change).
        if (!done.hasLegalGround) this.compartment.forget(clientId);
        for (const l of this.listeners) l(clientId);
      }
      return done;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
