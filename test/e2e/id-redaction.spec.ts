import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import {
  APP_URL,
  SCREENSHOT_DIR,
  createClient,
  createVault,
  shouldUpdateScreenshots,
  test,
} from './app';

/**
 * Issue 12: "If one is kept, the coach redacts it in the app first, drawing boxes over the
 * BSN and the photo. Only the redacted, re-encoded image is stored, so no original pixels
 * and no EXIF remain." A generated PNG (a red "photo" on the left, a blue "BSN" strip, grey
 * elsewhere) with a text chunk and an EXIF chunk holding markers goes through the request
 * dialog; the document kept is read back: a PNG without the markers, black where the boxes
 * were, the grey untouched.
 */
const W = 240;
const H = 150;
const PHOTO = { x: 10, y: 20, w: 70, h: 100 };
const BSN = { x: 100, y: 110, w: 120, h: 20 };
const EXIF_MARKER = 'GPS Kwadijk 52.5270 4.9790';
const TEXT_MARKER = 'BSN 123456782';
const inside = (r: typeof PHOTO, x: number, y: number) =>
  x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function idCardPng(): Buffer {
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 0;
    for (let x = 0; x < W; x++) {
      const px = inside(PHOTO, x, y)
        ? [200, 30, 30]
        : inside(BSN, x, y)
          ? [30, 30, 200]
          : [180, 180, 180];
      raw.set(px, y * (W * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`Comment\0${TEXT_MARKER}`, 'latin1')),
    chunk(
      'eXIf',
      Buffer.concat([Buffer.from('MM\0*\0\0\0\x08', 'latin1'), Buffer.from(EXIF_MARKER)]),
    ),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an ID copy is kept only redacted and re-encoded: no EXIF, no original pixels', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(APP_URL);
  await createVault(page);
  await createClient(page, { voornaam: 'Joost', achternaam: 'Kwakman' });
  await page.getByRole('tab', { name: 'Verzoeken' }).click();
  await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: /verzoek/i });
  // Never required: the dialog says so before it offers anything.
  await expect(dialog.getByTestId('no-id-copy')).toContainText('nooit nodig');
  await expect(dialog.getByRole('button', { name: 'ID-kopie (afgeschermd)…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'ID-kopie (afgeschermd)…' }).click();
  const panel = dialog.getByTestId('id-redaction');
  await panel.getByLabel('Afbeelding van het identiteitsbewijs').setInputFiles({
    name: 'paspoort 123456782.png',
    mimeType: 'image/png',
    buffer: idCardPng(),
  });
  const canvas = panel.locator('canvas');
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  const save = panel.getByRole('button', { name: 'Afgeschermde kopie opslaan' });
  await expect(save).toBeDisabled();

  // Drag a box over each, with a margin, in the canvas's shown size.
  const drag = async (r: typeof PHOTO) => {
    const b = await canvas.boundingBox();
    if (!b) throw new Error('no canvas');
    const sx = b.width / W;
    const sy = b.height / H;
    await page.mouse.move(b.x + (r.x - 3) * sx, b.y + (r.y - 3) * sy);
    await page.mouse.down();
    await page.mouse.move(b.x + (r.x + r.w / 2) * sx, b.y + (r.y + r.h / 2) * sy, { steps: 4 });
    await page.mouse.move(b.x + (r.x + r.w + 3) * sx, b.y + (r.y + r.h + 3) * sy, { steps: 4 });
    await page.mouse.up();
  };
  await drag(PHOTO);
  await drag(BSN);
  await expect(panel.getByText('2 vlakken afgeschermd')).toBeVisible();
  if (shouldUpdateScreenshots)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'id-redaction.png') });
  await save.click();
  await expect(panel.getByText(/De afgeschermde ID-kopie staat bij Documenten/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  // The kept document: a new PNG under a fixed name, read back as the coach would.
  await page.getByRole('tab', { name: 'Documenten' }).click();
  const row = page
    .getByRole('table', { name: 'Documenten' })
    .locator('tbody tr')
    .filter({ hasText: 'ID-kopie (afgeschermd).png' });
  await expect(row).toHaveCount(1);
  await expect(page.getByText('paspoort 123456782')).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Opslaan als…' }).click();
  const kept = readFileSync(await (await downloading).path());
  expect(kept.subarray(0, 8).equals(idCardPng().subarray(0, 8))).toBe(true);
  expect(kept.includes(Buffer.from(EXIF_MARKER))).toBe(false);
  expect(kept.includes(Buffer.from(TEXT_MARKER))).toBe(false);
  expect(kept.includes(Buffer.from('eXIf'))).toBe(false);

  const pixels = await page.evaluate(
    async ({ b64, points }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d');
      ctx.drawImage(bmp, 0, 0);
      return {
        size: [bmp.width, bmp.height],
        at: points.map(([x, y]) => [...ctx.getImageData(x as number, y as number, 1, 1).data]),
      };
    },
    {
      b64: kept.toString('base64'),
      points: [
        [PHOTO.x + 5, PHOTO.y + 5],
        [PHOTO.x + PHOTO.w - 2, PHOTO.y + PHOTO.h - 2],
        [BSN.x + 60, BSN.y + 10],
        [160, 40],
      ],
    },
  );
  expect(pixels.size).toEqual([W, H]);
  expect(pixels.at[0]).toEqual([0, 0, 0, 255]);
  expect(pixels.at[1]).toEqual([0, 0, 0, 255]);
  expect(pixels.at[2]).toEqual([0, 0, 0, 255]);
  expect(pixels.at[3]).toEqual([180, 180, 180, 255]);

  // Audited, with its purpose.
  await page.getByRole('button', { name: 'Auditlogboek' }).click();
  const audit = page.getByRole('dialog', { name: /Auditlogboek/ });
  await audit
    .getByRole('combobox', { name: 'Actie' })
    .selectOption({ label: 'ID-kopie afgeschermd opgeslagen' });
  const rows = audit.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('identiteitscontrole');
});
