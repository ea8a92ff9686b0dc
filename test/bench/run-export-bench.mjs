// node test/bench/run-export-bench.mjs: only the export benchmarks (test/bench/page/
// export.bench.ts, issue 12), without the rest of `npm run bench` (which runs them too).
// Replaces their rows in RESULTS.md's "Dossier" table and leaves every other row alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { median, openBenchPage } from './open-page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const only = new RegExp(process.env.BENCH_FEATURES ?? '^export-');
const outDir =
  process.env.KOERS_BENCH_OUT ??
  fileURLToPath(new URL('../../dist-bench-export/', import.meta.url));
const port = Number(process.env.KOERS_BENCH_PORT ?? 4190);
const resultsFile =
  process.env.KOERS_BENCH_RESULTS ?? fileURLToPath(new URL('./RESULTS.md', import.meta.url));

const fmt = (n) => n.toFixed(1);
const ok = (b) => (b ? 'met' : '**missed**');
const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(' / ');
const startLoad = loadavg();

const { page, close } = await openBenchPage({
  root: fileURLToPath(new URL('./page/', import.meta.url)),
  outDir,
  port,
});
const rows = [];
try {
  for (const id of await page.evaluate(() => window.koersBench.featureIds())) {
    if (!only.test(id)) continue;
    const samples = [];
    for (let run = 1; run <= RUNS; run++) {
      const s = await page.evaluate((i) => window.koersBench.runFeature(i), id);
      samples.push(...s);
      console.log(`${id} run ${run}: ${s.map(fmt).join(', ')}`);
    }
    const m = median(samples);
    const p95 = Math.max(...samples);
    const j = await page.evaluate(
      ([i, a, b]) => window.koersBench.judgeFeature(i, a, b),
      [id, m, p95],
    );
    const value = j.unit === '×' ? `${m.toFixed(2)}×` : `${fmt(m)} ${j.unit}`;
    const spread =
      j.unit === '×'
        ? `${Math.min(...samples).toFixed(2)}–${Math.max(...samples).toFixed(2)}×`
        : `${fmt(Math.min(...samples))}–${fmt(Math.max(...samples))} ${j.unit}`;
    rows.push({
      label: j.label,
      line: `| ${j.label} | ${value}; median of ${samples.length} (${spread})${j.note ? `; ${j.note}` : ''}; load average ${fmtLoad(startLoad)} → ${fmtLoad(loadavg())} | ${j.target} | ${ok(j.pass)} |`,
    });
    console.log(rows.at(-1).line);
  }
} finally {
  await close();
}

// Into the "## Dossier" table: a row with the same label is replaced, a new one appended.
const text = readFileSync(resultsFile, 'utf8');
const lines = text.split('\n');
const head = lines.findIndex((l) => l.startsWith('## Dossier'));
if (head < 0) throw new Error('RESULTS.md has no "## Dossier" table');
let end = head + 1;
while (end < lines.length && !lines[end].startsWith('|')) end++;
while (end < lines.length && lines[end].startsWith('|')) end++;
for (const r of rows) {
  const at = lines.findIndex((l, i) => i > head && i < end && l.startsWith(`| ${r.label} |`));
  if (at >= 0) lines[at] = r.line;
  else lines.splice(end++, 0, r.line);
}
writeFileSync(resultsFile, lines.join('\n'));
console.log(`${rows.length} rows written to ${resultsFile}`);
