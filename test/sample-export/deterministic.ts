// Imported first by make-sample.ts, before anything reads the clock or draws a random byte:
// the sample export is made from fictional data in a throw-away in-memory vault, and its
// files are committed under docs/sample-export/, so two runs must give the same bytes and the
// sample changes only when the format does. NEVER import this outside the sample script: it
// replaces the random source of every key.
import nacl from 'tweetnacl';

let seed = 0x4b6f6572;
/** mulberry32: small, seeded, good enough for fictional ids. */
function next(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

nacl.setPRNG((x, n) => {
  for (let i = 0; i < n; i++) x[i] = Math.floor(next() * 256);
});
// pdf-lib names each embedded font subset with a random tag.
Math.random = next;

// A clock that starts on a fixed day and moves one second per reading.
const START = Date.UTC(2026, 10, 23, 8, 30, 0);
let tick = 0;
const clock = () => START + tick++ * 1000;
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(clock());
    // Date's overloads, passed through as they came.
    else super(...(args as [string | number]));
  }
  static override now(): number {
    return clock();
  }
}
globalThis.Date = FixedDate as DateConstructor;
