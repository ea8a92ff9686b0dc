import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './format';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** manifest.json: what the archive holds, so a receiver can check nothing was changed. */
export interface Manifest {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  exportId: string;
  exportedAt: string;
  firm: string;
  coach: string;
  requestId: string | null;
  files: ManifestFile[];
}

export const manifestSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportId: z.string().min(1).max(200),
  exportedAt: z.iso.datetime({ offset: true }),
  firm: z.string().max(500),
  coach: z.string().max(500),
  requestId: z.string().max(200).nullable(),
  files: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(400),
        size: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(20_000),
});
