// The day's retention check, pure part: `npx tsx test/bench/run-retention-bench.ts`.
// 10,000 clients (a third still active, 1 in 50 with an erasure request) and 1,000 holds,
// median of 7 runs. A coach's caseload is under 100 clients; this bounds a whole firm.
import {
  defaultPolicy,
  retentionDue,
  type HoldOn,
  type RetentionFacts,
} from '../../shared/domain/retention';

const facts: RetentionFacts[] = [];
for (let i = 0; i < 10_000; i++) {
  const y = 2018 + (i % 8);
  facts.push({
    clientId: `c${i}`,
    archivedOn: i % 3 === 0 ? null : `${y}-0${1 + (i % 9)}-15`,
    trajectoryEndOn: `${y}-01-31`,
    erasureRequestedOn: i % 50 === 0 ? '2026-05-01' : null,
  });
}
const holds: HoldOn[] = facts
  .slice(0, 1_000)
  .map((f) => ({ clientId: f.clientId, retention: 'dossier', reviewOn: '2027-01-01' }));
const runs: number[] = [];
let due = 0;
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  due = retentionDue(facts, holds, defaultPolicy(), '2026-11-30').due.length;
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
console.log(
  `retentionDue: 10,000 clients, 1,000 holds → ${due} items due; median ${(runs[3] ?? 0).toFixed(1)} ms of 7 runs`,
);
