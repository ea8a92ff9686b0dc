import type { Generated } from 'kysely';

/**
 * The office database. Times are ms since the epoch (bigint), so both drivers return plain
 * numbers and no time zone setting of a server can shift them. Every table is listed here:
 * the tests dump them all to prove a refusal changed nothing and that no personal data
 * outside the projection arrived.
 */
export interface OfficeDb {
  office_meta: { key: string; value: string };
  staff: {
    id: string;
    login: string;
    name: string;
    role: StaffRole;
    pass_hash: string;
    kdf: string;
    totp_secret: string;
    /** The last TOTP time step accepted: a code works once. */
    totp_last_step: number;
    created_at: number;
    disabled_at: number | null;
  };
  /** One-time codes that let a person become staff (the first administrator, later invites). */
  staff_invites: {
    code_hash: string;
    role: StaffRole;
    expires_at: number;
    created_by: string | null;
  };
  sessions: {
    token_hash: string;
    staff_id: string;
    created_at: number;
    expires_at: number;
  };
  rate_limits: { key: string; window_start: number; hits: number };
  coaches: { id: string; name: string; created_at: number };
  enrolment_codes: {
    code_hash: string;
    coach_id: string;
    expires_at: number;
    created_by: string;
  };
  devices: {
    id: string;
    coach_id: string;
    label: string;
    sign_public_key: string;
    box_public_key: string;
    fingerprint: string;
    enrolled_at: number;
    last_seen_at: number | null;
    revoked_at: number | null;
  };
  nonces: { device_id: string; nonce: string; expires_at: number };
  clients: { office_client_id: string; coach_id: string; created_at: number };
  sync_rows: {
    office_client_id: string;
    group_name: string;
    /** { field: { value, hlc } }, stored as jsonb. */
    fields: unknown;
    seq: number;
    updated_at: number;
  };
  sync_conflicts: {
    id: Generated<number>;
    office_client_id: string;
    group_name: string;
    field: string;
    /** Which side's value lost: 'device' (the office held newer) or 'office'. */
    loser: 'device' | 'office';
    winner_value: unknown;
    loser_value: unknown;
    device_id: string;
    at: number;
  };
  audit_heads: { device_id: string; seq: number; hash: string; at: number };
  schema_migrations: { id: number; name: string; applied_at: number };
}

export const STAFF_ROLES = ['administrator', 'planner', 'privacy-officer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Every table, for dumps in tests and checks. */
export const OFFICE_TABLES = [
  'office_meta',
  'staff',
  'staff_invites',
  'sessions',
  'rate_limits',
  'coaches',
  'enrolment_codes',
  'devices',
  'nonces',
  'clients',
  'sync_rows',
  'sync_conflicts',
  'audit_heads',
  'schema_migrations',
] as const satisfies readonly (keyof OfficeDb)[];
