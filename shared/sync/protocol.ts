import { z } from 'zod';

/**
 * The wire contract between a Koers device and the office service (office/). Both sides
 * import these schemas: the service turns them into its routes' JSON Schemas (and so into
 * /api/openapi.json), the device checks what it receives with them.
 *
 * Binary values travel as base64 (standard alphabet, with padding).
 */

export const PROTOCOL_VERSION = 1;

/** Headers of every request a device signs. */
export const SIGNED_HEADERS = {
  device: 'x-koers-device',
  timestamp: 'x-koers-timestamp',
  nonce: 'x-koers-nonce',
  bodySha256: 'x-koers-body-sha256',
  signature: 'x-koers-signature',
} as const;

/** A request older or newer than this (ms) is refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The exact bytes a device signs with its Ed25519 key (UTF-8 of this string). `path`
 * includes the query string as sent; `timestamp` is ms since the epoch as a decimal string;
 * `bodySha256` is the lowercase hex SHA-256 of the raw body (of the empty string for GET).
 */
export const canonicalRequest = (r: {
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  bodySha256: string;
  deviceId: string;
}): string =>
  [
    `KOERS-SIG-${PROTOCOL_VERSION}`,
    r.method.toUpperCase(),
    r.path,
    r.deviceId,
    r.timestamp,
    r.nonce,
    r.bodySha256,
  ].join('\n');

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An HLC stamp as shared/sync/hlc.ts formats it. */
const hlc = z.string().regex(/^\d{13}-[0-9a-z]{4}-[A-Za-z0-9_-]+$/);

/** POST /api/devices/enrol (not signed: the one-time code is the proof). */
export const enrolRequestSchema = z.object({
  code: z.string().min(6).max(64),
  signPublicKey: b64, // Ed25519, 32 bytes
  boxPublicKey: b64, // X25519, 32 bytes
  label: z.string().max(80),
});
export const enrolResponseSchema = z.object({
  deviceId: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  officeName: z.string(),
  /** The fingerprint phrase of the device's two public keys (shared/sync/fingerprint.ts). */
  fingerprint: z.string(),
});

/**
 * The projection's field groups: one row per client and group at the office. Which record
 * fields feed which group is the registry's `office` list; the group names are fixed here.
 */
export const FIELD_GROUPS = [
  'client', // office client id, client number, display name, coach
  'trajectory', // type, phase, status, UWV order number, start/end, granted hours
  'hours', // hours per month per activity
  'deadlines', // step ids with due and done dates (no sick dates)
  'contact', // date of last contact
  'consent', // consent flags relevant to sharing
  'status', // restriction and erasure status
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** One field's value with the HLC stamp of its last change. Values are JSON. */
export const stampedValueSchema = z.object({ value: z.unknown(), hlc });

export const groupChangeSchema = z.object({
  /** The office's own random client id (made by the device at the first sync of a client). */
  officeClientId: z.string().min(8).max(64),
  group: z.enum(FIELD_GROUPS),
  fields: z.record(z.string(), stampedValueSchema),
});
export type GroupChange = z.infer<typeof groupChangeSchema>;

/** The device's audit head at the time of the sync (issue 15 anchors it). */
export const auditHeadSchema = z.object({ seq: z.number().int().min(0), hash: z.string() });

/** POST /api/sync/push (signed). Idempotent: the same change twice is one change. */
export const pushRequestSchema = z.object({
  changes: z.array(groupChangeSchema).max(1000),
  auditHead: auditHeadSchema.optional(),
});
export const pushResponseSchema = z.object({
  accepted: z.number().int(),
  /** Fields where the office held a newer value: the device keeps its losing value visible. */
  conflicts: z.array(
    z.object({
      officeClientId: z.string(),
      group: z.enum(FIELD_GROUPS),
      field: z.string(),
      office: stampedValueSchema,
      device: stampedValueSchema,
    }),
  ),
});

/** GET /api/sync/pull?since=<seq>&limit=<n> (signed): rows changed after `since`. */
export const pullResponseSchema = z.object({
  changes: z.array(groupChangeSchema.extend({ seq: z.number().int() })),
  /** Pass as `since` next time. */
  next: z.number().int(),
  more: z.boolean(),
});

export { b64 as base64Schema, isoDate as isoDateSchema, hlc as hlcSchema };
