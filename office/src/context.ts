import type { Db } from './db/database.ts';
import type { Limit } from './http/rate-limit.ts';
import { STAFF_KDF_COST, type StaffKdfCost } from './staff/passphrase.ts';

export interface OfficeConfig {
  officeName: string;
  /** Argon2id cost of staff passphrases. */
  kdf: StaffKdfCost;
  limits: { signin: Limit; setup: Limit; enrol: Limit };
  sessionMs: number;
}

export const DEFAULT_CONFIG: OfficeConfig = {
  officeName: 'Kantoor',
  kdf: STAFF_KDF_COST,
  limits: {
    signin: { max: 10, windowMs: 10 * 60_000 },
    setup: { max: 10, windowMs: 10 * 60_000 },
    enrol: { max: 20, windowMs: 10 * 60_000 },
  },
  sessionMs: 8 * 60 * 60_000,
};

/** What every route needs. The clock is injected so tests can move time. */
export interface OfficeContext {
  db: Db;
  now: () => number;
  config: OfficeConfig;
}
