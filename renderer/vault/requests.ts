import { VaultError } from '../../shared/crypto/errors';
import type { IsoDate } from '../../shared/domain/iso-date';
import {
  isDataSubjectRequest,
  isOpenRequest,
  REQUEST_KIND,
  type DataSubjectRequest,
  type RequestType,
} from '../../shared/domain/requests';
import type { AuditLog } from './audit';
import { ClientRecords } from './records';
import type { StoredRecord, Vault } from './vault';

export type StoredRequest = StoredRecord<DataSubjectRequest>;

/** The requests an access export answers (the wizard offers to mark one delivered). */
const EXPORT_TYPES: readonly RequestType[] = ['access', 'portability'];

const newestFirst = (a: StoredRequest, b: StoredRequest) =>
  a.data.receivedOn === b.data.receivedOn
    ? b.data.recordedAt.localeCompare(a.data.recordedAt)
    : b.data.receivedOn.localeCompare(a.data.receivedOn);

/**
 * The request register: one sealed record per request, under the client's key (what a
 * client asked is no special-category data, and the dashboard must see deadlines without
 * the compartment). A stored row of an unknown shape is left out of lists rather than shown
 * with a wrong deadline; opening it on its own says what is wrong.
 */
export class RequestRepository {
  private readonly records: ClientRecords<DataSubjectRequest>;
  private readonly listeners = new Set<(clientId: string) => void>();

  /** `audit`: every registration, change and delivery is logged by type (privacy officer). */
  constructor(
    vault: Vault,
    private readonly audit?: AuditLog,
  ) {
    this.records = new ClientRecords<DataSubjectRequest>(vault, REQUEST_KIND);
  }

  /** A client's requests, newest first. */
  async list(clientId: string): Promise<StoredRequest[]> {
    const rows = await this.records.list(clientId);
    return rows.filter((r) => isDataSubjectRequest(r.data)).sort(newestFirst);
  }

  /** Every client's requests, for the dashboard. */
  async listAll(): Promise<StoredRequest[]> {
    const rows = await this.records.listAll();
    return rows.filter((r) => isDataSubjectRequest(r.data)).sort(newestFirst);
  }

  async get(clientId: string, id: string): Promise<StoredRequest> {
    const row = await this.records.get(id);
    if (!row || row.clientId !== clientId) throw new VaultError('not-found', `No request ${id}`);
    if (!isDataSubjectRequest(row.data))
      throw new VaultError('unsupported-format', 'Request of an unknown shape');
    return row;
  }

  /** Stores a new request (no id) or a change to one. The data is checked before sealing. */
  async save(clientId: string, data: DataSubjectRequest, id?: string): Promise<StoredRequest> {
    return this.store(clientId, data, id, id ? 'changed' : 'registered');
  }

  private async store(
    clientId: string,
    data: DataSubjectRequest,
    id: string | undefined,
    change: 'registered' | 'changed' | 'delivered',
  ): Promise<StoredRequest> {
    if (!isDataSubjectRequest(data))
      throw new VaultError('unsupported-format', 'Not a valid request');
    const saved = await this.records.save(clientId, data, id);
    await this.audit?.append({
      action: 'request',
      clientId,
      facts: { kind: 'request', type: data.type, change },
    });
    this.notify(clientId);
    return saved;
  }

  /**
   * The request answered by a delivery (the export wizard, after writing the ZIP): status
   * done, the date and how. An outcome already recorded (e.g. "partly", with reasons for
   * what was left out) is kept; otherwise the delivery grants it.
   */
  async markDelivered(
    clientId: string,
    requestId: string,
    delivery: { on: IsoDate; how: string },
  ): Promise<StoredRequest> {
    const current = await this.get(clientId, requestId);
    return this.store(
      clientId,
      {
        ...current.data,
        status: 'done',
        outcome: current.data.outcome ?? 'granted',
        deliveredOn: delivery.on,
        deliveredHow: delivery.how,
      },
      requestId,
      'delivered',
    );
  }

  /** The client's open access and portability requests, oldest first. */
  async openExportRequests(clientId: string): Promise<StoredRequest[]> {
    const rows = await this.list(clientId);
    return rows
      .filter((r) => EXPORT_TYPES.includes(r.data.type) && isOpenRequest(r.data))
      .reverse();
  }

  /** Called with a client id after every stored change, so screens can reload. */
  subscribe(listener: (clientId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(clientId: string): void {
    for (const l of this.listeners) l(clientId);
  }
}
