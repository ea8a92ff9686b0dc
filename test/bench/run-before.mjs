// The "before" figures of RESULTS.md: unlock and passphrase change with 1,000 clients, run
// on an older checkout of Koers. Usage (the old checkout needs test/bench/page/keys.bench.ts
// copied in, with a passphrase its strength rule accepts):
//
//   git worktree add --detach /work/wt-before 042760a
//   ln -s "$PWD/node_modules" /work/wt-before/node_modules
//   cp test/bench/page/keys.bench.ts /work/wt-before/test/bench/page/
//   node test/bench/run-before.mjs /work/wt-before 042760a
//
// Writes test/bench/before.json, which run-bench.mjs puts next to its own figures.
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, openBenchPage } from './open-page.mjs';

const [checkout, label] = process.argv.slice(2);
if (!checkout || !label) {
  console.error('usage: node test/bench/run-before.mjs <checkout> <label>');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const commit = execFileSync('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'])
  .toString()
  .trim();
const loadBefore = loadavg()[0];
const { page, close } = await openBenchPage({
  root: join(checkout, 'test/bench/page'),
  outDir: fileURLToPath(new URL('../../dist-bench-before/', import.meta.url)),
  port: Number(process.env.KOERS_BENCH_PORT ?? 4181),
});
const { params } = await page.evaluate(() => window.koersBench.calibrate());
const unlock = [];
const change = [];
for (let run = 1; run <= RUNS; run++) {
  unlock.push(await page.evaluate((p) => window.koersBench.unlockWith1000(p), params));
  const [ms] = await page.evaluate(() => window.koersBench.runFeature('passphrase-change-1000'));
  change.push(ms);
  const u = unlock.at(-1);
  console.log(
    `run ${run}: unlock ${u.totalMs.toFixed(1)} ms (KDF ${u.kdfMs.toFixed(1)}), change ${ms.toFixed(1)} ms`,
  );
}
await close();
const result = {
  label,
  commit,
  runs: RUNS,
  date: new Date().toISOString().slice(0, 10),
  // A string, not an array, so the file stays as Prettier writes it.
  loadavg1: `${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
  kdf: { memoryKiB: params.memoryKiB, iterations: params.iterations },
  unlockTotalMs: median(unlock.map((u) => u.totalMs)),
  unlockKdfMs: median(unlock.map((u) => u.kdfMs)),
  unlockOverheadMs: median(unlock.map((u) => u.totalMs - u.kdfMs)),
  passphraseChangeMs: median(change),
};
writeFileSync(
  fileURLToPath(new URL('./before.json', import.meta.url)),
  JSON.stringify(result, null, 2) + '\n',
);
console.log(result);
