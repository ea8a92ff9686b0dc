import { EXPORT_FILES } from './format';

// Characters Windows refuses in a file name; a receiving PC must be able to unpack the ZIP.
const RESERVED = /[<>:"|?*\\/\p{Cc}]/gu;
const RESERVED_BASENAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/**
 * Archive paths for documents under documenten/, by their original names. Collisions get
 * " (2)", " (3)"… before the extension, compared case-insensitively because the receiving
 * file system may be.
 */
export function documentPaths(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((original) => {
    const [name, ext] = splitExtension(original.replace(RESERVED, '_').trim() || 'document');
    let base = name;
    base = base.replace(/[. ]+$/, '') || 'document';
    if (RESERVED_BASENAMES.test(base)) base = `${base}_`;
    let candidate = `${base}${ext}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return `${EXPORT_FILES.documentsDir}${candidate}`;
  });
}
