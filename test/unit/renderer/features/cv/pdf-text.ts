import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';

/**
 * The text each page shows, read back from its content streams: every `<hex> Tj` the
 * builder wrote, decoded from WinAnsi, one line each. No pdftotext needed.
 */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => doc.context.lookup(ref))
        : [contents];
    let operators = '';
    for (const s of streams) {
      if (s instanceof PDFRawStream) operators += decodeWinAnsi(decodePDFRawStream(s).decode());
    }
    return [...operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)]
      .map((m) =>
        decodeWinAnsi(Uint8Array.from((m[1] ?? '').match(/../g) ?? [], (h) => parseInt(h, 16))),
      )
      .join('\n');
  });
}

// Windows-1252's 0x80–0x9F; Node's TextDecoder treats that range as Latin-1 control codes.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return out;
}
