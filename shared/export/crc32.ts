// CRC-32 (IEEE), as ZIP stores it per entry. fflate checks it only in its own unzip, which
// we do not use (see zip-reader.ts), so the reader checks it here.
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export class Crc32 {
  private c = 0xffffffff;

  update(bytes: Uint8Array): this {
    let c = this.c;
    for (let i = 0; i < bytes.length; i++)
      c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
    this.c = c;
    return this;
  }

  digest(): number {
    return (this.c ^ 0xffffffff) >>> 0;
  }
}
