import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  value: string;
  encoding: 'utf-8' | 'utf-16le';
  file: string;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) continue;
    if (s.isDirectory()) yield* files(p);
    else if (s.isFile()) yield p;
  }
}

/**
 * Reads every byte of every file under the profile (IndexedDB, logs, caches, session
 * state…) and reports each value found, in UTF-8 and in UTF-16LE (how V8 serializes
 * strings with characters beyond Latin-1, and how some Chromium stores keep text).
 */
export function scanProfile(
  dir: string,
  values: string[],
): { findings: Finding[]; bytesScanned: number; fileCount: number } {
  const needles = values.flatMap((value) => [
    { value, encoding: 'utf-8' as const, bytes: Buffer.from(value, 'utf8') },
    { value, encoding: 'utf-16le' as const, bytes: Buffer.from(value, 'utf16le') },
  ]);
  const findings: Finding[] = [];
  let bytesScanned = 0;
  let fileCount = 0;
  for (const file of files(dir)) {
    const content = readFileSync(file);
    bytesScanned += content.length;
    fileCount++;
    for (const n of needles) {
      if (content.includes(n.bytes))
        findings.push({ value: n.value, encoding: n.encoding, file: relative(dir, file) });
    }
  }
  return { findings, bytesScanned, fileCount };
}

/** Raw byte strings (e.g. slices of a wrapped key) searched in every file of the profile. */
export function scanProfileBytes(
  dir: string,
  needles: { label: string; bytes: Uint8Array }[],
): { label: string; file: string }[] {
  const found: { label: string; file: string }[] = [];
  for (const file of files(dir)) {
    const content = readFileSync(file);
    for (const n of needles)
      if (content.includes(n.bytes)) found.push({ label: n.label, file: relative(dir, file) });
  }
  return found;
}

/**
 * Whether the profile holds IndexedDB files: the origin's default store (Default/IndexedDB)
 * or a storage bucket's (Default/WebStorage/<n>/IndexedDB), where the coach's vault lives
 * since erasure moves it between buckets (renderer/vault/vault-store.ts).
 */
export function hasIndexedDb(profile: string): boolean {
  const webStorage = join(profile, 'Default', 'WebStorage');
  const inBucket =
    statSync(webStorage, { throwIfNoEntry: false })?.isDirectory() === true &&
    readdirSync(webStorage).some((d) =>
      statSync(join(webStorage, d, 'IndexedDB'), { throwIfNoEntry: false }),
    );
  return (
    inBucket ||
    statSync(join(profile, 'Default', 'IndexedDB'), { throwIfNoEntry: false }) !== undefined
  );
}
