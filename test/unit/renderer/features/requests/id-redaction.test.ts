import { describe, expect, it } from 'vitest';
import {
  boxBetween,
  MIN_BOX,
  paintRedacted,
  redactedPng,
  REDACTED_FILE_NAME,
  toImagePoint,
  type Box,
} from '../../../../../renderer/features/requests/id-redaction';

/** A 2D context that records what is drawn, in order. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    fillStyle: '' as string,
    clearRect: (x: number, y: number, w: number, h: number) =>
      calls.push(`clear ${x},${y},${w},${h}`),
    drawImage: (_img: unknown, x: number, y: number, w: number, h: number) =>
      calls.push(`image ${x},${y},${w},${h}`),
    fillRect(x: number, y: number, w: number, h: number) {
      calls.push(`fill ${this.fillStyle} ${x},${y},${w},${h}`);
    },
  };
  return { ctx, calls };
}

describe('ID-copy redaction', () => {
  it('maps a point on the shown canvas to image pixels, clamped to the image', () => {
    const shown = { width: 400, height: 250 };
    const image = { width: 1600, height: 1000 };
    expect(toImagePoint({ x: 100, y: 50 }, shown, image)).toEqual({ x: 400, y: 200 });
    expect(toImagePoint({ x: -20, y: 900 }, shown, image)).toEqual({ x: 0, y: 1000 });
  });

  it('makes a box from two corners either way round, and ignores a click', () => {
    expect(boxBetween({ x: 50, y: 40 }, { x: 10, y: 10 })).toEqual({ x: 10, y: 10, w: 40, h: 30 });
    expect(boxBetween({ x: 10, y: 10 }, { x: 10 + MIN_BOX - 1, y: 60 })).toBeNull();
  });

  it('paints the image first and every box over it in solid black', () => {
    const { ctx, calls } = recorder();
    const boxes: Box[] = [
      { x: 1, y: 2, w: 30, h: 10 },
      { x: 50, y: 5, w: 20, h: 20 },
    ];
    paintRedacted(ctx, {} as CanvasImageSource, { width: 100, height: 60 }, boxes);
    expect(calls).toEqual([
      'clear 0,0,100,60',
      'image 0,0,100,60',
      'fill #000 1,2,30,10',
      'fill #000 50,5,20,20',
    ]);
  });

  it('encodes a fresh canvas of the image size as PNG, empties it, and refuses without a box', async () => {
    const { ctx, calls } = recorder();
    const made: { width: number; height: number; type?: string }[] = [];
    const makeCanvas = (size: { width: number; height: number }) => {
      const c = {
        ...size,
        type: undefined as string | undefined,
        getContext: () => ctx,
        toBlob(cb: (b: Blob | null) => void, type: string) {
          c.type = type;
          cb(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type }));
        },
      };
      made.push(c);
      return c as unknown as HTMLCanvasElement;
    };
    const png = await redactedPng(
      {} as CanvasImageSource,
      { width: 640, height: 400 },
      [{ x: 10, y: 10, w: 100, h: 30 }],
      makeCanvas,
    );
    expect(png.type).toBe('image/png');
    expect(made).toHaveLength(1);
    expect(made[0]?.type).toBe('image/png');
    // Its pixels are released once encoded.
    expect(made[0]).toMatchObject({ width: 0, height: 0 });
    expect(calls).toContain('fill #000 10,10,100,30');
    await expect(
      redactedPng({} as CanvasImageSource, { width: 10, height: 10 }, [], makeCanvas),
    ).rejects.toThrow();
    expect(REDACTED_FILE_NAME).toMatch(/\.png$/);
  });
});
