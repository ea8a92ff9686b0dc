import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text each page shows, read back by PDF.js (the legacy build runs in Node): one line
 * per text run the builder drew, in the order drawn. PDF.js maps the embedded fonts'
 * glyphs back to Unicode through their ToUnicode tables, as a PDF reader's search and copy
 * do, so "Ayşe" only comes back if the PDF really says "Ayşe".
 */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // PDF.js puts a blank item between runs on one line (a date and a job title): skip it.
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== '' ? [item.str] : [],
      );
      pages.push(runs.join('\n'));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
