import type { ErasureEntry } from '../../shared/domain/erasure';
import type { IsoDate } from '../../shared/domain/iso-date';
import { localDateOfTimestamp, localIsoDate } from '../../shared/domain/local-date';
import {
  dueDates,
  policyErrors,
  readPolicy,
  retentionDue,
  shouldCheck,
  type DueDate,
  type DueItem,
  type PolicyClass,
  type PolicyErrors,
  type RetentionFacts,
  type RetentionList,
  type RetentionPolicy,
} from '../../shared/domain/retention';
import { validateHold, type HoldErrors, type HoldInput } from '../../shared/domain/retention-hold';
import type { Client } from '../../shared/domain/client';
import type { DataSubjectRequest } from '../../shared/domain/requests';
import type { RetentionHold } from '../../shared/domain/retention-hold';

/**
 * The erasure this service asks for when the coach confirms a due item. ERASURE's
 * `services.erasure` fits it (`eraseClient(clientId, { reason: 'retention', passphrase })`);
 * retention never erases anything itself.
 */
export interface ClientEraser {
  eraseClient(
    clientId: string,
    options: { reason: 'retention'; requestId?: string; passphrase: string },
  ): Promise<ErasureEntry>;
}

/** What retention reads of the vault; services.ts gives it the repositories. */
export interface RetentionSources {
  clients(): Promise<Client[]>;
  /** Every client's trajectory end date ('' when none). */
  trajectoryEnds(): Promise<{ clientId: string; endDate: string }[]>;
  requests(): Promise<{ clientId: string; data: DataSubjectRequest }[]>;
  holds(): Promise<{ clientId: string; data: RetentionHold }[]>;
  placeHold(clientId: string, hold: Omit<RetentionHold, 'recordedAt'>): Promise<unknown>;
}

/** The policy and the last check, kept in the vault's settings (the list sealed). */
export interface RetentionStore {
  policy(): Promise<unknown>;
  savePolicy(p: RetentionPolicy): Promise<void>;
  lastCheck(): Promise<{ on: IsoDate; list: RetentionList } | null>;
  saveCheck(on: IsoDate, list: RetentionList): Promise<void>;
}

/** The facts retention counts from, per client. */
export function retentionFacts(
  clients: readonly Client[],
  trajectoryEnds: readonly { clientId: string; endDate: string }[],
  requests: readonly { clientId: string; data: DataSubjectRequest }[],
): RetentionFacts[] {
  const ends = new Map(trajectoryEnds.map((t) => [t.clientId, t.endDate || null]));
  const asked = new Map<string, IsoDate>();
  for (const r of requests) {
    if (r.data.type !== 'erasure' || r.data.outcome === 'refused') continue;
    const earlier = asked.get(r.clientId);
    if (!earlier || r.data.receivedOn < earlier) asked.set(r.clientId, r.data.receivedOn);
  }
  return clients.map((c) => ({
    clientId: c.id,
    archivedOn: c.archived && c.archivedAt ? localDateOfTimestamp(c.archivedAt) : null,
    trajectoryEndOn: ends.get(c.id) ?? null,
    erasureRequestedOn: asked.get(c.id) ?? null,
  }));
}

/**
 * The retention engine of an unlocked session: the firm's policy, the list of what is due
 * (worked out at unlock, at most once a day, and kept sealed until the next day's check),
 * legal holds, and the coach's confirmation handed to the eraser.
 */
export class RetentionService {
  private pending: Promise<RetentionList> | null = null;

  constructor(
    private readonly sources: RetentionSources,
    private readonly store: RetentionStore,
    private readonly eraser: ClientEraser | null,
    private readonly today: () => IsoDate = () => localIsoDate(),
  ) {}

  async policy(): Promise<RetentionPolicy> {
    return readPolicy(await this.store.policy());
  }

  /** Saves a policy within its bounds; otherwise changes nothing and says what is wrong. */
  async savePolicy(p: RetentionPolicy): Promise<PolicyErrors> {
    const errors = policyErrors(p);
    if (Object.keys(errors).length === 0) await this.store.savePolicy(p);
    return errors;
  }

  /**
   * What is due. At unlock (and whenever asked) this is the day's check: worked out anew
   * only on a day without one, else the list that check left (with the holds and
   * confirmations since).
   */
  list(): Promise<RetentionList> {
    return this.pending ?? this.run(false);
  }

  /**
   * A new check now, whatever the day's check said: after archiving or restoring a client
   * the facts changed, and what became due must not wait for tomorrow.
   */
  refresh(): Promise<RetentionList> {
    return this.run(true);
  }

  private run(force: boolean): Promise<RetentionList> {
    const run: Promise<RetentionList> = (this.pending ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.check(force))
      .finally(() => {
        if (this.pending === run) this.pending = null;
      });
    this.pending = run;
    return run;
  }

  private async check(force: boolean): Promise<RetentionList> {
    const today = this.today();
    const last = force ? null : await this.store.lastCheck();
    if (last && !shouldCheck(last.on, today)) return last.list;
    const [clients, ends, requests, holds, policy] = await Promise.all([
      this.sources.clients(),
      this.sources.trajectoryEnds(),
      this.sources.requests(),
      this.sources.holds(),
      this.policy(),
    ]);
    const list = retentionDue(
      retentionFacts(clients, ends, requests),
      holds.map((h) => ({ clientId: h.clientId, ...h.data })),
      policy,
      today,
    );
    await this.store.saveCheck(today, list);
    return list;
  }

  /**
   * A legal hold on a due item: off the list until its review date, then due again. Bad
   * input changes nothing and comes back as message keys.
   */
  async hold(
    item: DueItem,
    input: HoldInput,
  ): Promise<{ ok: true } | { ok: false; errors: HoldErrors }> {
    const today = this.today();
    const checked = validateHold(input, today);
    if (!checked.ok) return checked;
    await this.sources.placeHold(item.clientId, {
      retention: item.retention,
      reason: checked.value.reason,
      reviewOn: checked.value.reviewOn,
      dueOn: item.dueOn,
    });
    const list = await this.list();
    const same = (d: DueItem) => d.clientId === item.clientId && d.retention === item.retention;
    const held = list.held.filter((d) => !same(d));
    held.push({ ...item, reviewOn: checked.value.reviewOn });
    await this.store.saveCheck(today, { due: list.due.filter((d) => !same(d)), held });
    return { ok: true };
  }

  /** Whether a confirmation can go through here (false until the eraser is wired). */
  get canErase(): boolean {
    return this.eraser !== null;
  }

  /**
   * The coach confirmed the erasure of a due item: the client's data goes (the eraser keeps
   * what the law requires), and the client leaves the list.
   */
  async confirm(item: DueItem, passphrase: string, requestId?: string): Promise<ErasureEntry> {
    if (!this.eraser) throw new Error('No eraser wired into the retention service');
    const entry = await this.eraser.eraseClient(item.clientId, {
      reason: 'retention',
      passphrase,
      ...(requestId ? { requestId } : {}),
    });
    await this.forget(item.clientId);
    return entry;
  }

  /** Drops a client from the day's list (after any erasure of that client). */
  async forget(clientId: string): Promise<void> {
    const list = await this.list();
    await this.store.saveCheck(this.today(), {
      due: list.due.filter((d) => d.clientId !== clientId),
      held: list.held.filter((d) => d.clientId !== clientId),
    });
  }

  /** When each class of this client will be due if it is archived today (the archive dialog). */
  async forecast(client: Client): Promise<Record<PolicyClass, DueDate | null>> {
    const [ends, requests, policy] = await Promise.all([
      this.sources.trajectoryEnds(),
      this.sources.requests(),
      this.policy(),
    ]);
    const [facts] = retentionFacts(
      [client],
      ends.filter((e) => e.clientId === client.id),
      requests.filter((r) => r.clientId === client.id),
    );
    return dueDates({ ...(facts as RetentionFacts), archivedOn: this.today() }, policy);
  }
}
