import { VaultError } from '../../shared/crypto/errors';
import { newSigningKeyPair, toBase64 } from '../../shared/crypto/sign';
import { newBoxKeyPair } from '../../shared/crypto/sealed-box';
import { wipe } from '../../shared/crypto/bytes';
import { CLIENT_KIND, RECORD_KINDS, ALL_RECORD_KINDS } from '../../shared/records/registry';
import type { KindSpec, RecordKind } from '../../shared/records/registry';
import { fingerprintPhrase } from '../../shared/sync/fingerprint';
import { formatHlc, tick } from '../../shared/sync/hlc';
import type { FieldGroup, GroupChange } from '../../shared/sync/protocol';
import {
  buildProjection,
  changesSince,
  type HoursAdapter,
  type HoursLine,
  type ProjectionRecord,
  type RightsState,
} from '../../shared/sync/projection';
import { currentHead } from './audit-head';
import { enrolDevice, OfficeClient, OfficeError, type OfficeTransport } from './office-client';
import type { OfficeLinkRepository, OfficeOwnedField } from './office-links';
import type { Enrolment, SyncState, SyncStore } from './sync-store';
import type { Vault } from './vault';

/** Kinds whose records the projection reads: those with office fields in the registry. */
export const OFFICE_KINDS: RecordKind[] = ALL_RECORD_KINDS.filter(
  (k) => (RECORD_KINDS[k] as KindSpec<unknown>).office.length > 0,
);

/** Wire fields the office may change, and the office-link field each one lands in. */
const OFFICE_OWNED: Partial<Record<FieldGroup, Record<string, OfficeOwnedField>>> = {
  client: { coachId: 'coachId' },
  trajectory: { status: 'status' },
};

/** Waits after the n-th failure in a row: 30 s, doubling, at most 15 minutes. */
export const backoffMs = (failures: number): number =>
  Math.min(15 * 60_000, 30_000 * 2 ** Math.max(0, failures - 1));

const PUSH_BATCH = 1000;
const MAX_PULL_PAGES = 40;

export interface SyncStatus {
  enrolled: boolean;
  officeName: string;
  coachName: string;
  fingerprint: string;
  officeUrl: string;
  /** Field changes waiting in the queue. */
  pending: number;
  lastSyncAt: number | null;
  lastError: SyncState['lastError'];
  retryAt: number | null;
}

export interface SyncEngineDeps {
  vault: Vault;
  store: SyncStore;
  links: OfficeLinkRepository;
  transport: OfficeTransport;
  now?: () => number;
  /** Local date, ISO; the phase, last contact and standing consent depend on it. */
  today?: () => string;
  /** Hours from the logbook's index, when hoursOf is not given (tests; projection.ts). */
  hours?: HoursAdapter;
  /** A client's hours from the financial records (services.financial.hours): the invoiced ones. */
  hoursOf?: (clientId: string) => Promise<readonly HoursLine[]>;
  /** A client's restriction and erasure status (restriction record, erasure ledger). */
  rightsOf?: (clientId: string) => Promise<RightsState>;
}

const localToday = (now: number): string => {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

const countFields = (queue: GroupChange[]) =>
  queue.reduce((n, c) => n + Object.keys(c.fields).length, 0);

/**
 * The device side of office sync. One round: project every client (registry office fields
 * only), queue what changed since the last round (sealed in the vault before anything goes
 * out), push the queue signed, then pull what the office changed and apply it where newer.
 * A round that cannot reach the office leaves the queue as it was and sets a back-off.
 */
export class SyncEngine {
  private readonly now: () => number;
  private running: Promise<SyncStatus> | null = null;

  constructor(private readonly deps: SyncEngineDeps) {
    this.now = deps.now ?? Date.now;
  }

  async status(): Promise<SyncStatus> {
    return statusOf(await this.deps.store.load());
  }

  /**
   * Enrols this device: fresh Ed25519 and X25519 pairs, the public keys to the office with
   * the one-time code, the secrets sealed in the vault. Returns the fingerprint phrase the
   * coach compares with the administrator's screen.
   */
  async enrol(origin: string, code: string, label: string): Promise<Enrolment> {
    if (!this.deps.vault.unlocked) throw new VaultError('locked', 'The vault is locked');
    const sign = newSigningKeyPair();
    const box = newBoxKeyPair();
    try {
      const res = await enrolDevice(this.deps.transport, origin, {
        code: code.trim(),
        signPublicKey: toBase64(sign.publicKey),
        boxPublicKey: toBase64(box.publicKey),
        label,
      });
      const fingerprint = await fingerprintPhrase(sign.publicKey, box.publicKey);
      // Both sides compute the phrase; a different one means other keys reached the office.
      if (res.fingerprint !== fingerprint) throw new OfficeError('bad-response');
      const enrolment: Enrolment = {
        officeUrl: origin,
        deviceId: res.deviceId,
        coachId: res.coachId,
        coachName: res.coachName,
        officeName: res.officeName,
        fingerprint,
        signPublicKey: toBase64(sign.publicKey),
        signSecretKey: toBase64(sign.secretKey),
        boxPublicKey: toBase64(box.publicKey),
        boxSecretKey: toBase64(box.secretKey),
        enrolledAt: new Date(this.now()).toISOString(),
      };
      const state = await this.deps.store.load();
      await this.deps.store.save({ ...state, enrolment, lastError: null, failures: 0 });
      return enrolment;
    } finally {
      wipe(sign.secretKey, box.secretKey);
    }
  }

  /** Forgets the office: identity, queue and cursor. The dossiers stay as they are. */
  async leave(): Promise<void> {
    await this.deps.store.clear();
  }

  /**
   * One round. `force` (the coach's "Nu synchroniseren") ignores the back-off. Rounds never
   * overlap: a call during a round waits for it.
   */
  sync(force = false): Promise<SyncStatus> {
    this.running ??= this.round(force).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(force: boolean): Promise<SyncStatus> {
    const { store } = this.deps;
    let state = await store.load();
    if (!state.enrolment) return statusOf(state);
    const enrolment = state.enrolment;
    state = await this.enqueue(state);
    await store.save(state);
    if (!force && state.retryAt !== null && this.now() < state.retryAt) return statusOf(state);
    const client = new OfficeClient(this.deps.transport, enrolment, this.now);
    try {
      state = await this.push(client, state);
      state = await this.pull(client, state);
      state = { ...state, lastSyncAt: this.now(), failures: 0, retryAt: null, lastError: null };
    } catch (e) {
      if (!(e instanceof OfficeError)) throw e;
      const failures = state.failures + 1;
      state = {
        ...state,
        failures,
        retryAt: this.now() + backoffMs(failures),
        lastError: e.code,
      };
    }
    await store.save(state);
    return statusOf(state);
  }

  /** Projects every client and adds what changed to the queue (merged per client and group). */
  private async enqueue(state: SyncState): Promise<SyncState> {
    const { vault, links } = this.deps;
    const enrolment = state.enrolment as Enrolment;
    const byClient = await this.recordsByClient();
    const existing = await links.all();
    const missing = [...byClient]
      .filter(([id, records]) => !existing.has(id) && records.some((r) => r.kind === CLIENT_KIND))
      .map(([id]) => id);
    const coach = { id: enrolment.coachId, name: enrolment.coachName };
    for (const [id, link] of await links.ensureMany(missing, coach)) existing.set(id, link);
    const sent = { ...state.sent };
    const queue = [...state.queue];
    let hlc = { ...state.hlc, node: enrolment.deviceId };
    const nextStamp = () => {
      hlc = tick(hlc, this.now());
      return formatHlc(hlc);
    };
    const today = (this.deps.today ?? (() => localToday(this.now())))();
    for (const [clientId, records] of byClient) {
      if (!records.some((r) => r.kind === CLIENT_KIND)) continue;
      const link = existing.get(clientId) ?? (await links.ensure(clientId, coach));
      const all: ProjectionRecord[] = [...records, link];
      const { hoursOf, rightsOf } = this.deps;
      const projection = buildProjection(all, {
        today,
        ...(this.deps.hours ? { hours: this.deps.hours } : {}),
        ...(hoursOf ? { hoursLines: await hoursOf(clientId) } : {}),
        ...(rightsOf ? { rights: await rightsOf(clientId) } : {}),
      });
      const oc = link.data.officeClientId;
      const changes = changesSince(oc, projection, sent[oc] ?? {}, nextStamp);
      if (changes.length === 0) continue;
      const clientSent = { ...(sent[oc] ?? {}) };
      for (const c of changes) {
        clientSent[c.group] = { ...(clientSent[c.group] ?? {}), ...c.fields };
        mergeInto(queue, c);
      }
      sent[oc] = clientSent;
    }
    // Still unlocked: a lock mid-round must not save a half-built state.
    if (!vault.unlocked) throw new VaultError('locked', 'The vault is locked');
    return { ...state, sent, queue, hlc: { wall: hlc.wall, counter: hlc.counter } };
  }

  private async recordsByClient(): Promise<Map<string, ProjectionRecord[]>> {
    const { vault } = this.deps;
    const out = new Map<string, ProjectionRecord[]>();
    for (const kind of OFFICE_KINDS) {
      for (const row of await vault.rowsOfKind(kind)) {
        try {
          const r = vault.openRecord<unknown>(row);
          const list = out.get(r.clientId) ?? [];
          list.push(r);
          out.set(r.clientId, list);
        } catch (e) {
          // A damaged row stays out of the projection; the dossier reports it where it opens.
          if (!(e instanceof VaultError) || e.code === 'locked') throw e;
        }
      }
    }
    return out;
  }

  private async push(client: OfficeClient, state: SyncState): Promise<SyncState> {
    let current = state;
    const head = await currentHead(this.deps.vault.database);
    while (current.queue.length > 0) {
      const batch = current.queue.slice(0, PUSH_BATCH);
      const res = await client.push(batch, head);
      current = { ...current, queue: current.queue.slice(batch.length) };
      for (const c of res.conflicts) {
        const field = OFFICE_OWNED[c.group]?.[c.field];
        const clientId = await this.clientOf(c.officeClientId);
        if (field && clientId) await this.deps.links.officeWon(clientId, field, c.office, c.device);
        current = withSent(current, c.officeClientId, c.group, c.field, c.office);
      }
      // Saved after every batch: a later failure must not send this batch again as new.
      await this.deps.store.save(current);
    }
    return current;
  }

  private async pull(client: OfficeClient, state: SyncState): Promise<SyncState> {
    let current = state;
    for (let page = 0; page < MAX_PULL_PAGES; page++) {
      const res = await client.pull(current.pullSince);
      for (const change of res.changes) current = await this.apply(current, change);
      current = { ...current, pullSince: res.next };
      await this.deps.store.save(current);
      if (!res.more) break;
    }
    return current;
  }

  /** An office row: the fields the office owns are applied where newer; the rest are echoes. */
  private async apply(state: SyncState, change: GroupChange): Promise<SyncState> {
    const owned = OFFICE_OWNED[change.group];
    if (!owned) return state;
    const clientId = await this.clientOf(change.officeClientId);
    if (!clientId) return state;
    let current = state;
    for (const [wire, stamped] of Object.entries(change.fields)) {
      const field = owned[wire];
      if (!field) continue;
      const enrolment = state.enrolment as Enrolment;
      const coachName = stamped.value === enrolment.coachId ? enrolment.coachName : '';
      const changed = await this.deps.links.applyOffice(clientId, field, stamped, coachName);
      if (changed) current = withSent(current, change.officeClientId, change.group, wire, stamped);
    }
    return current;
  }

  private clientIds: Map<string, string> | null = null;

  private async clientOf(officeClientId: string): Promise<string | undefined> {
    if (!this.clientIds || !this.clientIds.has(officeClientId)) {
      this.clientIds = new Map(
        [...(await this.deps.links.all())].map(([clientId, l]) => [
          l.data.officeClientId,
          clientId,
        ]),
      );
    }
    return this.clientIds.get(officeClientId);
  }
}

function mergeInto(queue: GroupChange[], c: GroupChange): void {
  const same = queue.find((q) => q.officeClientId === c.officeClientId && q.group === c.group);
  if (!same) {
    queue.push(c);
    return;
  }
  for (const [f, v] of Object.entries(c.fields)) {
    const old = same.fields[f];
    if (!old || v.hlc >= old.hlc) same.fields[f] = v;
  }
}

function withSent(
  state: SyncState,
  oc: string,
  group: FieldGroup,
  field: string,
  value: { value: unknown; hlc: string },
): SyncState {
  const client = { ...(state.sent[oc] ?? {}) };
  client[group] = { ...(client[group] ?? {}), [field]: value };
  return { ...state, sent: { ...state.sent, [oc]: client } };
}

function statusOf(state: SyncState): SyncStatus {
  const e = state.enrolment;
  return {
    enrolled: e !== null,
    officeName: e?.officeName ?? '',
    coachName: e?.coachName ?? '',
    fingerprint: e?.fingerprint ?? '',
    officeUrl: e?.officeUrl ?? '',
    pending: countFields(state.queue),
    lastSyncAt: state.lastSyncAt,
    lastError: state.lastError,
    retryAt: state.retryAt,
  };
}
