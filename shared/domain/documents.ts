import { z } from 'zod';
import { parseDutchDate } from './dutch-date';
import { originSchema } from './recipients';
import { TEXT_LIMITS } from './text-limits';

/**
 * Documents received and sent (privacy statement 002 art. 3.12). The file itself is stored
 * as sealed chunks (renderer/vault/documents.ts); this module holds what is known about it.
 */

/** Record kind of a document's metadata; the record id is also the document id of its chunks. */
export const DOCUMENT_KIND = 'document';

/**
 * Record kind of a special-category document's metadata, sealed in the compartment; its id is
 * also the document id of its chunks. Those chunks are sealed with the document's own content
 * key, which is kept only inside this record, so they cannot be read while it is closed.
 */
export const SEALED_DOCUMENT_KIND = 'document-sealed';

/**
 * 50 MiB: what Windows Explorer and macOS Finder (in binary units) call "50 MB", so a file
 * the coach sees listed as 50 MB is accepted.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export const DOCUMENT_DIRECTIONS = ['ontvangen', 'verzonden'] as const;
export type DocumentDirection = (typeof DOCUMENT_DIRECTIONS)[number];

/**
 * What a coach receives and sends: letters as PDF, reports as Word, and photos or scans of
 * paper (HEIC is what iPhones take). The type is decided by the file's first bytes; the
 * extension must agree. The browser's own guess (`File.type`) is the extension again and is
 * never trusted, because the type decides how a decrypted copy is opened.
 */
export const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], viewable: true },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    viewable: false,
  },
  png: { mime: 'image/png', extensions: ['png'], viewable: true },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], viewable: true },
  heic: { mime: 'image/heic', extensions: ['heic', 'heif'], viewable: false },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as DocumentType[];
export const ACCEPTED_EXTENSIONS = DOCUMENT_TYPE_KEYS.flatMap((k) =>
  DOCUMENT_TYPES[k].extensions.map((e) => `.${e}`),
);

/** How many leading bytes `sniffType` needs to see. */
export const SNIFF_BYTES = 1024;

const ascii = (bytes: Uint8Array, at: number, text: string): boolean => {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/**
 * The type by content. 'zip' means "a ZIP container": a DOCX only once its central directory
 * is seen to hold word/document.xml (see `zipHasEntry`), since any ZIP starts the same way.
 */
export function sniffType(head: Uint8Array): Exclude<DocumentType, 'docx'> | 'zip' | null {
  // PDF readers accept the header anywhere in the first 1024 bytes; so do we.
  for (let i = 0; i + 5 <= Math.min(head.length, SNIFF_BYTES); i++) {
    if (head[i] === 0x25 && ascii(head, i, '%PDF-')) return 'pdf';
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => head[i] === b)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 4, 'ftyp') && HEIF_BRANDS.some((b) => ascii(head, 8, b))) return 'heic';
  if (ascii(head, 0, 'PK\x03\x04')) return 'zip';
  return null;
}

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The end-of-central-directory record sits in the last 22 + 65,535 bytes of a ZIP. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

/**
 * Where the central directory is, from the ZIP's tail (the last ZIP_TAIL_BYTES or fewer).
 * Null when the tail holds no end record, or the directory does not fit inside the file.
 */
export function zipCentralDirectory(
  tail: Uint8Array,
  fileSize: number,
): { offset: number; size: number } | null {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) !== 0x06054b50) continue;
    const size = u32(tail, i + 12);
    const offset = u32(tail, i + 16);
    if (offset + size > fileSize) return null;
    return { offset, size };
  }
  return null;
}

/** Whether a ZIP central directory lists an entry of exactly this name. */
export function zipHasEntry(directory: Uint8Array, name: string): boolean {
  let at = 0;
  while (at + 46 <= directory.length && u32(directory, at) === 0x02014b50) {
    const nameLength = u16(directory, at + 28);
    if (nameLength === name.length && ascii(directory, at + 46, name)) return true;
    at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
  }
  return false;
}

/** The part of a DOCX that makes it a Word document rather than any other ZIP. */
export const DOCX_MAIN_PART = 'word/document.xml';

/** Chunks a file of `size` bytes is cut into; an empty file is refused before this. */
export const chunkCountFor = (size: number, chunkSize: number): number =>
  Math.max(1, Math.ceil(size / chunkSize));

/** The exact length chunk `index` must have, so a truncated or padded chunk is caught. */
export const chunkLength = (meta: Pick<DocumentMeta, 'size' | 'chunkSize'>, index: number) =>
  Math.min(meta.chunkSize, meta.size - index * meta.chunkSize);

const requiredDate = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((s) => parseDutchDate(s) !== null, 'validation.date')
  .transform((s) => parseDutchDate(s) ?? s);

/** What the coach fills in beside the file. */
export const documentInputSchema = z.object({
  direction: z.enum(DOCUMENT_DIRECTIONS),
  /** Typed dd-mm-jjjj (or ISO); stored as ISO. The date on the document, or of receipt. */
  date: requiredDate,
  /** Who sent it (received) or to whom it went (sent): UWV, werkgever, bedrijfsarts… */
  counterparty: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  description: z.string().trim().max(TEXT_LIMITS.documentDescription, 'validation.tooLong'),
  /** Where it came from (herkomst); absent in documents stored before registry v2. */
  origin: originSchema.optional(),
});
export type DocumentInput = z.input<typeof documentInputSchema>;
export type DocumentFields = z.output<typeof documentInputSchema>;

// A bare name as the coach's file system gave it: no separators or control characters, so a
// later "save as" can offer it unchanged.
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\\p{Cc}]+$/u);

/** The sealed record under DOCUMENT_KIND. Name and description are dossier data: never indexed. */
export const documentMetaSchema = z.strictObject({
  direction: z.enum(DOCUMENT_DIRECTIONS),
  date: z.string().refine((s) => parseDutchDate(s) === s),
  counterparty: z.string().max(200),
  description: z.string().max(TEXT_LIMITS.documentDescription),
  fileName: fileNameSchema,
  type: z.enum(DOCUMENT_TYPE_KEYS as [DocumentType, ...DocumentType[]]),
  size: z.number().int().min(1).max(MAX_DOCUMENT_BYTES),
  chunkSize: z
    .number()
    .int()
    .min(64 * 1024)
    .max(16 * 1024 * 1024),
  chunkCount: z.number().int().min(1),
  /** When the file was attached (ISO instant); the document's own date is `date`. */
  addedAt: z.string(),
  /** Herkomst (registry v2); absent in documents stored before. */
  origin: originSchema.optional(),
});
export type DocumentMeta = z.output<typeof documentMetaSchema>;

/** The compartment record under SEALED_DOCUMENT_KIND: the metadata and the chunks' key. */
export const sealedDocumentMetaSchema = documentMetaSchema.extend({
  /** 32 random bytes as hex; made for this one document. */
  contentKey: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SealedDocumentMeta = z.output<typeof sealedDocumentMetaSchema>;

export type DocumentValidation =
  | { ok: true; value: DocumentFields }
  | { ok: false; errors: Partial<Record<keyof DocumentInput, string>> };

export function validateDocumentInput(input: DocumentInput): DocumentValidation {
  const parsed = documentInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<keyof DocumentInput, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof DocumentInput;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Longest file name, in UTF-8 bytes, that ext4, APFS, NTFS (in UTF-16 units) all take. */
export const MAX_FILE_NAME_BYTES = 255;

// Refused by Windows (<>:"/\|?*), by every OS (/, NUL) or in Explorer and shells (controls),
// plus what hides or reverses text (bidi overrides, zero-width spaces, lone surrogates): a
// name like "factuur\u202Efdp.exe" reads as "factuurexe.pdf". All become "_".
const UNPORTABLE =
  /[<>:"/\\|?*\p{Cc}\p{Cs}\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/** Device names Windows reserves in any folder, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** Cuts text to at most `maxBytes` of UTF-8 without splitting a character (or, where the
 * runtime can tell, a grapheme such as an emoji with its modifiers). */
const cutToBytes = (s: string, maxBytes: number): string => {
  if (utf8Length(s) <= maxBytes) return s;
  const segmenter =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  const parts = segmenter ? [...segmenter.segment(s)].map((g) => g.segment) : [...s];
  let out = '';
  let bytes = 0;
  for (const part of parts) {
    const n = utf8Length(part);
    if (bytes + n > maxBytes) break;
    out += part;
    bytes += n;
  }
  return out;
};

/** No leading dots (a hidden file on macOS and Linux) or spaces; no trailing dots or spaces
 * (Windows drops them silently, so the saved file is not the one named). */
const trimEnds = (s: string): string => s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');

/**
 * A document's file name as every OS accepts it, for saving or downloading a decrypted copy
 * and for the name stored at attach time (security review, issue 9 item 10): reserved and
 * control characters become "_", Windows device names (CON, NUL, COM1…) get a "_" in front,
 * no leading or trailing dots and spaces, and at most 255 UTF-8 bytes with the extension kept.
 */
export function portableFileName(name: string, fallback = 'document'): string {
  const clean = name.normalize('NFC').replace(UNPORTABLE, '_');
  const dot = clean.lastIndexOf('.');
  let stem = dot > 0 ? clean.slice(0, dot) : clean;
  // An "extension" longer than this is part of the name ("verslag.van de week").
  let ext = dot > 0 ? trimEnds(clean.slice(dot + 1)) : '';
  if (ext.length > 16 || /\s/u.test(ext)) {
    stem = clean;
    ext = '';
  }
  stem = trimEnds(stem);
  if (stem === '') stem = fallback;
  // Windows looks at the part before the first dot: "CON.tar.gz" is the console too.
  const device = stem.split('.')[0]?.trim() ?? '';
  if (WINDOWS_RESERVED.test(device)) stem = `_${stem}`;
  const suffix = ext ? `.${ext}` : '';
  stem = trimEnds(cutToBytes(stem, MAX_FILE_NAME_BYTES - utf8Length(suffix))) || fallback;
  return `${stem}${suffix}`;
}

/** Newest document date first; equal dates by the moment they were attached, newest first. */
export const compareDocuments = (a: DocumentMeta, b: DocumentMeta): number =>
  b.date.localeCompare(a.date) || b.addedAt.localeCompare(a.addedAt);
