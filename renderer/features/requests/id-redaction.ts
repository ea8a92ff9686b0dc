/**
 * Redacting an ID copy before it is kept (issue 12): the coach drags black boxes over the
 * BSN and the photo, and only the redacted canvas is encoded again as PNG. A canvas holds
 * pixels only, so the new file has no EXIF (camera, place, date) and none of the original
 * pixels under the boxes. An ID copy is never required; this is for when one is kept anyway.
 */

/** A box in the image's own pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Boxes smaller than this (in image pixels) are a click, not a drag. */
export const MIN_BOX = 4;

/** The file name of the kept copy: fixed, so the original name (often a BSN or name) is gone. */
export const REDACTED_FILE_NAME = 'ID-kopie (afgeschermd).png';

/** A point on the shown canvas (CSS pixels) in the image's pixels, inside the image. */
export function toImagePoint(
  p: { x: number; y: number },
  shown: Size,
  image: Size,
): { x: number; y: number } {
  const sx = shown.width > 0 ? image.width / shown.width : 1;
  const sy = shown.height > 0 ? image.height / shown.height : 1;
  return {
    x: Math.min(image.width, Math.max(0, Math.round(p.x * sx))),
    y: Math.min(image.height, Math.max(0, Math.round(p.y * sy))),
  };
}

/** The box between two corners, either way round; null when it is too small to mean anything. */
export function boxBetween(a: { x: number; y: number }, b: { x: number; y: number }): Box | null {
  const box = {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(a.x - b.x),
    h: Math.abs(a.y - b.y),
  };
  return box.w >= MIN_BOX && box.h >= MIN_BOX ? box : null;
}

/** What painting needs of a 2D context (a CanvasRenderingContext2D, or a recorder in tests). */
export interface PaintTarget {
  fillStyle: string | CanvasGradient | CanvasPattern;
  clearRect(x: number, y: number, w: number, h: number): void;
  drawImage(image: CanvasImageSource, x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
}

/** Draws the image and the boxes, solid black, onto a context of the image's size. */
export function paintRedacted(
  ctx: PaintTarget,
  image: CanvasImageSource,
  size: Size,
  boxes: readonly Box[],
): void {
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.drawImage(image, 0, 0, size.width, size.height);
  ctx.fillStyle = '#000';
  for (const b of boxes) ctx.fillRect(b.x, b.y, b.w, b.h);
}

/**
 * The redacted image as a new PNG: drawn on a fresh canvas (never the one on screen, which
 * may show a box being dragged), boxes painted, then encoded. Fails without a box.
 */
export async function redactedPng(
  image: CanvasImageSource,
  size: Size,
  boxes: readonly Box[],
  makeCanvas: (size: Size) => HTMLCanvasElement = (s) =>
    Object.assign(document.createElement('canvas'), s),
): Promise<Blob> {
  if (boxes.length === 0) throw new Error('Nothing redacted');
  const canvas = makeCanvas(size);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  paintRedacted(ctx, image, size, boxes);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // The pixels are no longer needed once encoded.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The image could not be encoded');
  return blob;
}
