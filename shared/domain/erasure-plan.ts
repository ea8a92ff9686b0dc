import type { DataCategory, Label, RetentionClass } from '../records/kind-spec';
import type { KeptItem } from './erasure';

/**
 * What an erasure does with each retention class. A record (erasure.ts in the vault walks
 * the registry) is erased unless its class carries a legal duty to keep it: the decision is
 * the class's, never a kind's name, so a kind added later (the financial records) is kept or
 * erased by its classification alone. `Record<RetentionClass, …>`: a new class does not
 * compile until it is decided here.
 */
export type ErasureRule =
  | { action: 'erase' }
  | {
      action: 'keep';
      /** Kept this many whole calendar years after the year of the erasure (AWR art. 52). */
      years: number;
      why: Label;
    };

export const ERASURE_RULES: Readonly<Record<RetentionClass, ErasureRule>> = {
  dossier: { action: 'erase' },
  medical: { action: 'erase' },
  'coaching-report': { action: 'erase' },
  financial: {
    action: 'keep',
    years: 7,
    why: {
      nl: 'fiscale bewaarplicht van 7 jaar (art. 52 Algemene wet inzake rijksbelastingen)',
      en: 'tax retention duty of 7 years (art. 52 General State Taxes Act)',
    },
  },
  // The audit log is the vault's, not a client's: no record kind has this class. Its entries
  // hold codes and random ids only, never a name, and stay to account for the erasure itself.
  audit: { action: 'erase' },
};

/** Categories that are never named to the client as "erased" (keys are bookkeeping). */
const UNLISTED: ReadonlySet<DataCategory> = new Set<DataCategory>(['keys', 'settings']);

/** One kind of record a client has, as the vault counted it (no content opened). */
export interface KindCount {
  category: DataCategory;
  retention: RetentionClass;
  compartment: boolean;
  count: number;
}

export interface ErasurePlan {
  /** Categories that will be erased, in the registry's order, with how many records. */
  erased: { category: DataCategory; count: number; sealed: boolean }[];
  /** What must be kept, why and until when. */
  kept: (KeptItem & { count: number })[];
}

/** 31 December of the year `years` after `on` (yyyy-mm-dd): a fiscal term runs by year. */
export function keptUntil(on: Date, years: number): string {
  return `${on.getUTCFullYear() + years}-12-31`;
}

/**
 * The plan for one client, from the counts of its records per kind. Pure: the preview and
 * the erasure itself use the same function, so what the coach confirmed is what happens.
 */
export function planErasure(counts: readonly KindCount[], on: Date): ErasurePlan {
  const erased = new Map<DataCategory, { count: number; sealed: boolean }>();
  const kept = new Map<string, KeptItem & { count: number }>();
  for (const c of counts) {
    if (c.count === 0) continue;
    const rule = ERASURE_RULES[c.retention];
    if (rule.action === 'keep') {
      const key = `${c.category}/${c.retention}`;
      const item = kept.get(key) ?? {
        category: c.category,
        retention: c.retention,
        until: keptUntil(on, rule.years),
        why: rule.why,
        count: 0,
      };
      item.count += c.count;
      kept.set(key, item);
      continue;
    }
    if (UNLISTED.has(c.category)) continue;
    const e = erased.get(c.category) ?? { count: 0, sealed: false };
    e.count += c.count;
    e.sealed ||= c.compartment;
    erased.set(c.category, e);
  }
  return {
    erased: [...erased].map(([category, e]) => ({ category, ...e })),
    kept: [...kept.values()],
  };
}

/** The date the last backup holding the erased data expires: erasure date + kept days. */
export function lastBackupExpires(erasedAt: Date, backupDays: number): string {
  const d = new Date(erasedAt.getTime() + backupDays * 24 * 60 * 60 * 1000);
  return d.toISOString().slice(0, 10);
}

/** Backups are kept at most this many days unless the firm's policy says fewer (issue 13). */
export const DEFAULT_BACKUP_DAYS = 14;
