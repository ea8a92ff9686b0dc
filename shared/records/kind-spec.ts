import type { z } from 'zod';
import type { FieldGroup } from '../sync/protocol';

/** What a record is about; the retention engine and the export group by it. */
export type DataCategory =
  | 'personalia'
  | 'contact'
  | 'identification'
  | 'cv'
  | 'logbook'
  | 'poortwachter'
  | 'trajectory'
  | 'health'
  | 'other-special'
  | 'document'
  | 'consent'
  | 'request'
  | 'audit'
  | 'settings'
  | 'keys'
  /** Hours and invoice references: kept 7 years (tax law), under a key of their own. */
  | 'financial';

/** How long it is kept (periods and triggers in the retention policy, domain.md §6). */
export type RetentionClass = 'dossier' | 'medical' | 'coaching-report' | 'financial' | 'audit';

/** Where a record appears in the client's access export; 'none' for keys and derived data. */
export type ExportSection =
  | 'personalia'
  | 'cv'
  | 'logbook'
  | 'poortwachter'
  | 'trajectory'
  | 'documents'
  | 'health'
  | 'privacy'
  | 'none';

/**
 * How a portability import (a client's export read into another vault) recreates rows of
 * this kind for the new client:
 * - 'client': the client's own record (its id is the client id);
 * - 'own-id': a fresh id per row; ids of other imported rows inside its data are remapped;
 * - { singleton }: the one row of its kind, at the new client's singleton id for that name;
 * - 'file': a document record; its bytes travel under documenten/ and are attached again;
 * - 'rebuilt': derived from other records, and rebuilt from them after the import;
 * - 'not-carried': unsaved drafts and keys, which belong to the vault that made them.
 */
export type Carry =
  'client' | 'own-id' | { singleton: string } | 'file' | 'rebuilt' | 'not-carried';

export interface Label {
  nl: string;
  en: string;
}

/** A label for every field of T: the compiler refuses a record kind with an unlabelled field. */
export type FieldLabels<T> = { readonly [K in keyof T]-?: Label };

/**
 * The classification of one kind of record. `T` is the stored data; `schema` validates it
 * (or, for a stored shape wider than what the coach types, the typed part of it).
 */
export interface KindSpec<T> {
  schema: z.ZodType | null;
  version: number;
  category: DataCategory;
  /** Sealed in the special-category compartment (reading needs the passphrase and a purpose). */
  compartment: boolean;
  retention: RetentionClass;
  export: {
    section: ExportSection;
    title: Label;
    fields: FieldLabels<T> | null;
    /** Fields that never leave the vault (keys); every other field is exported. */
    withhold?: readonly (keyof T & string)[];
  };
  carry: Carry;
  /**
   * Keeps the earlier values of its fields at every save that changes them (rectification,
   * AVG art. 16): a field-history row (field-history-sealed for compartment kinds). Kinds
   * with their own versions (the logbook) and bookkeeping kinds leave it out.
   */
  fieldHistory?: true;
  /**
   * The fields that may ever reach the office (the sync allowlist), each with the field group
   * it travels in and why the office needs it. shared/sync/projection.ts reads a record only
   * through this list; a field without a purpose does not compile.
   */
  office: readonly OfficeField<T>[];
}

/** One field the office may see: which, in which group, and the stated purpose. */
export interface OfficeField<T> {
  field: keyof T & string;
  group: FieldGroup;
  /** Why the office needs it, in Dutch and English (shown in docs/security-model.md). */
  purpose: Label;
}

/**
 * A compartment kind (special categories, AVG art. 9) may never reach the office: its
 * `office` must be the empty list, or the entry does not compile.
 */
type CompartmentRule<T> =
  | (KindSpec<T> & { compartment: true; office: readonly [] })
  | (KindSpec<T> & { compartment: false });

/** Typed once here so each entry of the registry is checked against its own data type. */
export const kind = <T>(spec: CompartmentRule<T>): KindSpec<T> => spec;
