// Draws build/icons/icon.png (512x512): a compass needle ("koers" is Dutch for heading) on a
// rounded square. Node built-ins only, so the icon can be regenerated anywhere:
//   node build/make-icon.mjs [output.png]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // supersampling per axis, for smooth edges
const BACKGROUND = [0x1f, 0x5f, 0x8b]; // deep blue
const RING = [0xf6, 0xf7, 0xf9];
const NEEDLE_NORTH = [0xf2, 0x8c, 0x28]; // orange
const NEEDLE_SOUTH = [0xf6, 0xf7, 0xf9];

const c = SIZE / 2;

function insideRoundedSquare(x, y) {
  const margin = 16;
  const radius = 96;
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const dx = x < lo ? lo - x : x > hi ? x - hi : 0;
  const dy = y < lo ? lo - y : y > hi ? y - hi : 0;
  return x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin
    ? dx * dx + dy * dy <= radius * radius
    : false;
}

// Sign of the cross product tells which side of edge a->b the point p is on.
function insideTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const s1 = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const s2 = (cx - bx) * (py - by) - (cy - by) * (px - bx);
  const s3 = (ax - cx) * (py - cy) - (ay - cy) * (px - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

// The needle leans to the north-east: a heading, not just north.
const angle = Math.PI / 8;
const rotate = (x, y) => [
  c + (x - c) * Math.cos(angle) - (y - c) * Math.sin(angle),
  c + (x - c) * Math.sin(angle) + (y - c) * Math.cos(angle),
];
const tip = rotate(c, c - 150);
const tail = rotate(c, c + 150);
const left = rotate(c - 46, c);
const right = rotate(c + 46, c);

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const r = Math.hypot(x - c, y - c);
  if (insideTriangle(x, y, tip, left, right)) return NEEDLE_NORTH;
  if (insideTriangle(x, y, tail, left, right)) return NEEDLE_SOUTH;
  if (r >= 180 && r <= 196) return RING;
  return BACKGROUND;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // PNG filter type: none
  for (let x = 0; x < SIZE; x++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (colour === null) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    }
    const i = row + 1 + x * 4;
    // Colour averaged over covered samples only, so edges fade in alpha, not towards black.
    raw[i] = a ? Math.round(r / a) : 0;
    raw[i + 1] = a ? Math.round(g / a) : 0;
    raw[i + 2] = a ? Math.round(b / a) : 0;
    raw[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let v = n;
  for (let k = 0; k < 8; k++) v = v & 1 ? 0xedb88320 ^ (v >>> 1) : v >>> 1;
  return v >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
header[10] = 0; // compression
header[11] = 0; // filter
header[12] = 0; // no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out =
  process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'icons', 'icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`Wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
