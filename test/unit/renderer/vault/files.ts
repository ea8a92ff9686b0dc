/** Test files built byte by byte: each starts the way real files of its type start. */
const enc = new TextEncoder();

/** Deterministic filler, so a failure reproduces. */
export function filler(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const join = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

export function pdfBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const head = enc.encode('%PDF-1.7\n');
  const tail = enc.encode('\n%%EOF\n');
  return join(head, filler(size - head.length - tail.length, seed), tail);
}

export const pngBytes = (size = 2000): Uint8Array<ArrayBuffer> =>
  join(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), filler(size - 8));

export const jpegBytes = (size = 2000): Uint8Array<ArrayBuffer> =>
  join(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), filler(size - 4));

export const heicBytes = (brand = 'heic'): Uint8Array<ArrayBuffer> =>
  join(new Uint8Array([0, 0, 0, 24]), enc.encode(`ftyp${brand}`), filler(500));

const le = (n: number, bytes: number) => {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = (n >>> (8 * i)) & 0xff;
  return out;
};

/** A stored (uncompressed) ZIP with these entries; CRCs are left 0, nothing here checks them. */
export function zipBytes(entries: { name: string; data: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const common = join(
      le(20, 2), // version needed
      le(0, 2), // flags
      le(0, 2), // stored
      le(0, 4), // time, date
      le(0, 4), // crc
      le(e.data.length, 4),
      le(e.data.length, 4),
      le(name.length, 2),
      le(0, 2), // extra length
    );
    const local = join(le(0x04034b50, 4), common, name, e.data);
    centrals.push(
      join(le(0x02014b50, 4), le(20, 2), common, le(0, 2), le(0, 2), le(0, 2), le(0, 4)),
      le(offset, 4),
      name,
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = join(...centrals);
  const end = join(
    le(0x06054b50, 4),
    le(0, 4),
    le(entries.length, 2),
    le(entries.length, 2),
    le(directory.length, 4),
    le(offset, 4),
    le(0, 2),
  );
  return join(...locals, directory, end);
}

export const docxBytes = (): Uint8Array<ArrayBuffer> =>
  zipBytes([
    { name: '[Content_Types].xml', data: enc.encode('<Types/>') },
    { name: 'word/document.xml', data: enc.encode('<w:document/>') },
  ]);
