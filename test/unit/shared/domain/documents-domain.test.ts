import { describe, expect, it } from 'vitest';
import {
  chunkCountFor,
  chunkLength,
  compareDocuments,
  DOCX_MAIN_PART,
  extensionOf,
  MAX_FILE_NAME_BYTES,
  portableFileName,
  sniffType,
  validateDocumentInput,
  zipCentralDirectory,
  zipHasEntry,
  type DocumentMeta,
} from '../../../../shared/domain/documents';
import {
  docxBytes,
  heicBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  zipBytes,
} from '../../renderer/vault/files';

const directoryOf = (zip: Uint8Array) => {
  const d = zipCentralDirectory(zip, zip.length);
  if (!d) throw new Error('no central directory');
  return zip.subarray(d.offset, d.offset + d.size);
};

describe('document type by content', () => {
  it('recognises PDF, PNG, JPEG and HEIC by their first bytes', () => {
    expect(sniffType(pdfBytes(200))).toBe('pdf');
    expect(sniffType(pngBytes())).toBe('png');
    expect(sniffType(jpegBytes())).toBe('jpeg');
    expect(sniffType(heicBytes('heic'))).toBe('heic');
    expect(sniffType(heicBytes('mif1'))).toBe('heic');
  });

  it('finds a PDF header after leading junk, as PDF readers do, but not beyond 1 KiB', () => {
    const late = new Uint8Array(1100);
    late.set(new TextEncoder().encode('%PDF-1.4'), 100);
    expect(sniffType(late)).toBe('pdf');
    const tooLate = new Uint8Array(1100);
    tooLate.set(new TextEncoder().encode('%PDF-1.4'), 1050);
    expect(sniffType(tooLate)).toBeNull();
  });

  it('refuses text, HTML, AVIF and executables', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(sniffType(text('Beste mevrouw, hierbij de brief'))).toBeNull();
    expect(sniffType(text('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffType(heicBytes('avif'))).toBeNull();
    expect(sniffType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
  });

  it('tells a Word document from any other ZIP by its central directory', () => {
    expect(sniffType(docxBytes())).toBe('zip');
    expect(zipHasEntry(directoryOf(docxBytes()), DOCX_MAIN_PART)).toBe(true);
    const other = zipBytes([{ name: 'xl/workbook.xml', data: new Uint8Array(10) }]);
    expect(zipHasEntry(directoryOf(other), DOCX_MAIN_PART)).toBe(false);
    // A directory that claims to lie beyond the end of the file is no directory.
    expect(zipCentralDirectory(docxBytes(), 40)).toBeNull();
  });

  it('takes the extension case-insensitively and only after the last dot', () => {
    expect(extensionOf('Brief UWV.PDF')).toBe('pdf');
    expect(extensionOf('scan.pdf.docx')).toBe('docx');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.pdf')).toBe('');
  });
});

describe('chunks', () => {
  it('cuts a file into whole chunks plus a shorter last one', () => {
    expect(chunkCountFor(1, 1024)).toBe(1);
    expect(chunkCountFor(1024, 1024)).toBe(1);
    expect(chunkCountFor(1025, 1024)).toBe(2);
    const meta = { size: 2500, chunkSize: 1024 };
    expect([0, 1, 2].map((i) => chunkLength(meta, i))).toEqual([1024, 1024, 452]);
  });
});

describe('document details', () => {
  const valid = {
    direction: 'ontvangen' as const,
    date: '3-11-2026',
    counterparty: 'UWV',
    description: 'Beschikking',
  };

  it('stores a Dutch date as ISO and trims text', () => {
    const r = validateDocumentInput({ ...valid, counterparty: '  UWV  ' });
    expect(r).toEqual({
      ok: true,
      value: { ...valid, date: '2026-11-03', counterparty: 'UWV' },
    });
  });

  it('says which field is wrong, with a translatable key', () => {
    const r = validateDocumentInput({ ...valid, date: '31-02-2026', counterparty: ' ' });
    expect(r).toEqual({
      ok: false,
      errors: { date: 'validation.date', counterparty: 'validation.required' },
    });
    expect(validateDocumentInput({ ...valid, date: '' })).toMatchObject({
      errors: { date: 'validation.required' },
    });
  });

  it('lists the newest document date first', () => {
    const m = (date: string, addedAt: string) => ({ date, addedAt }) as DocumentMeta;
    const list = [m('2026-01-05', 'b'), m('2026-03-01', 'a'), m('2026-01-05', 'c')];
    expect(list.sort(compareDocuments).map((d) => d.addedAt)).toEqual(['a', 'c', 'b']);
  });
});

// Security review, issue 9 item 10: a saved or downloaded copy gets a name every OS accepts.
describe('portable file names', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length;

  it.each([
    ['brief <UWV>: "besluit" 2/3 \\ a|b? c*.pdf', 'brief _UWV__ _besluit_ 2_3 _ a_b_ c_.pdf'],
    ['verslag\u0000\u0007\u001f\u007f.docx', 'verslag____.docx'],
    ['factuur\u202Efdp.exe.pdf', 'factuur_fdp.exe.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['com1.jpg', '_com1.jpg'],
    ['Lpt9.PNG', '_Lpt9.PNG'],
    ['aux', '_aux'],
    ['CONTRACT.pdf', 'CONTRACT.pdf'],
    ['rapport. . .', 'rapport'],
    ['rapport  .pdf', 'rapport.pdf'],
    ['rapport.pdf. ', 'rapport.pdf'],
    ['...verborgen.pdf', 'verborgen.pdf'],
    ['..pdf', 'document.pdf'],
    ['', 'document'],
    ['Verslag cliënt Ødegård.pdf', 'Verslag cliënt Ødegård.pdf'],
  ])('%j becomes %j', (input, expected) => {
    expect(portableFileName(input)).toBe(expected);
  });

  it('cuts to 255 UTF-8 bytes and keeps the extension', () => {
    const long = `${'é'.repeat(300)}.pdf`;
    const out = portableFileName(long);
    expect(bytes(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(out.endsWith('.pdf')).toBe(true);
    expect(out).toBe(`${'é'.repeat(125)}.pdf`);
  });

  it('never splits a character or an emoji when cutting', () => {
    const out = portableFileName(`${'👩🏽‍💼'.repeat(40)}.jpeg`);
    expect(bytes(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(out.endsWith('.jpeg')).toBe(true);
    expect(out.replace(/\.jpeg$/, '')).toMatch(/^(👩🏽‍💼)+$/u);
    expect(/\p{Cs}/u.test(out)).toBe(false);
  });

  it('leaves no trailing dot or space after cutting', () => {
    const out = portableFileName(`${'a'.repeat(249)} . b.pdf`);
    expect(out).toMatch(/[^ .]\.pdf$/);
    expect(bytes(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });
});
