import { CV_KIND, readCv, type Cv, type CvRecord } from '../../shared/domain/cv';
import { ClientRecords } from './records';
import type { Vault } from './vault';

export interface LoadedCv {
  /** The vault record's id, once the CV was saved. */
  id: string | undefined;
  cv: Cv;
  updatedAt: string | null;
}

/** The client's one CV record, sealed with the client's key like everything else. */
export class CvStore {
  private readonly records: ClientRecords<CvRecord>;

  constructor(vault: Vault) {
    this.records = new ClientRecords<CvRecord>(vault, CV_KIND);
  }

  async load(clientId: string): Promise<LoadedCv> {
    const stored = await this.records.single(clientId);
    if (!stored) return { id: undefined, cv: readCv({}), updatedAt: null };
    const { updatedAt, ...rest } = stored.data;
    return { id: stored.id, cv: readCv(rest), updatedAt: updatedAt ?? null };
  }

  /** Resolves once the sealed record and its change row are written. */
  async save(clientId: string, cv: Cv, id?: string): Promise<{ id: string; updatedAt: string }> {
    const updatedAt = new Date().toISOString();
    const saved = await this.records.save(clientId, { ...cv, updatedAt }, id);
    return { id: saved.id, updatedAt };
  }
}
