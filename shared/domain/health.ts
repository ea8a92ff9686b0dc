import { z } from 'zod';

/** Stored in the special-category compartment, one record per client. */
export const HEALTH_KIND = 'health';

export const EXPECTED_DURATIONS = [
  'unknown',
  'under-3-months',
  '3-6-months',
  '6-12-months',
  'over-12-months',
  'lasting',
] as const;

/** WIA outcome bands; 'none' until the UWV has decided. */
export const INCAPACITY_CLASSES = [
  'none',
  'under-35',
  '35-80',
  '80-100-wga',
  '80-100-iva',
] as const;

/**
 * What may be kept about health (Autoriteit Persoonsgegevens, domain.md §2): limitations and
 * remaining capacity, expected duration, degree of incapacity, adjustments, and who the
 * bedrijfsarts is. Deliberately no field for a diagnosis, illness, complaints, therapy or
 * doctor's appointments: there is nowhere to put them.
 */
export const healthSchema = z.object({
  functionalLimitations: z.string().trim().max(5000, 'validation.tooLong'),
  remainingCapacity: z.string().trim().max(5000, 'validation.tooLong'),
  expectedDuration: z.enum(EXPECTED_DURATIONS),
  incapacityClass: z.enum(INCAPACITY_CLASSES),
  incapacityPercentage: z
    .string()
    .trim()
    .refine((s) => s === '' || (/^\d{1,3}$/.test(s) && Number(s) <= 100), 'health.percentage'),
  adjustments: z.string().trim().max(5000, 'validation.tooLong'),
  occupationalPhysician: z.string().trim().max(200, 'validation.tooLong'),
});

export type HealthFields = z.output<typeof healthSchema>;

export const emptyHealth = (): HealthFields => ({
  functionalLimitations: '',
  remainingCapacity: '',
  expectedDuration: 'unknown',
  incapacityClass: 'none',
  incapacityPercentage: '',
  adjustments: '',
  occupationalPhysician: '',
});

export type HealthValidation =
  | { ok: true; value: HealthFields }
  | { ok: false; errors: Partial<Record<keyof HealthFields, string>> };

export function validateHealth(input: HealthFields): HealthValidation {
  const parsed = healthSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<keyof HealthFields, string>> = {};
  for (const issue of parsed.error.issues)
    errors[issue.path[0] as keyof HealthFields] ??= issue.message;
  return { ok: false, errors };
}
