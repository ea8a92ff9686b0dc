// What keeping the financial hours in step costs a logbook save: a client with 2,000 entries,
// five saves with the rebuild wired as in the app, five without, and one rebuild alone.
// Run: npx tsx test/bench/financial-rebuild.ts   (Node, fake-indexeddb; figures on stdout)
import 'fake-indexeddb/auto';
import { ClientRepository } from '../../renderer/vault/clients';
import { LogbookRepository } from '../../renderer/vault/logbook';
import { ClientRecords } from '../../renderer/vault/records';
import { keepFinancialInStep } from '../../renderer/state/financial-wiring';
import { emptyClientInput, validateClient } from '../../shared/domain/client';
import { newLogbookInput, validateLogbook } from '../../shared/domain/logbook';
import { UWV_TRAJECTORY_KIND, type UwvTrajectory } from '../../shared/domain/uwv-trajectory';
import { fastKdf, freshDb, makeVault, PASS } from '../fixtures/test-vault';

const ENTRIES = 2000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const vault = makeVault(freshDb());
  await vault.create(PASS, fastKdf());
  const v = validateClient({ ...emptyClientInput(), achternaam: 'Bench' });
  const e = validateLogbook({
    ...newLogbookInput(new Date(2026, 5, 1, 10)),
    summary: 'x'.repeat(400),
  });
  if (!v.ok || !e.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(v.value);
  const plain = new LogbookRepository(vault);
  for (let i = 0; i < ENTRIES; i++) await plain.create(client.id, e.value);

  const time = async (logbook: LogbookRepository) => {
    const out: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await logbook.create(client.id, e.value);
      out.push(performance.now() - t0);
    }
    return median(out);
  };
  const without = await time(plain);
  const wired = new LogbookRepository(vault);
  const financial = keepFinancialInStep(
    vault,
    wired,
    new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND),
  );
  const withRebuild = await time(wired);
  const t0 = performance.now();
  await financial.rebuild(client.id);
  const rebuild = performance.now() - t0;
  console.log(
    `${ENTRIES} entries: save ${without.toFixed(0)} ms without, ${withRebuild.toFixed(0)} ms with the hours rebuild (median of 5); rebuild alone ${rebuild.toFixed(0)} ms`,
  );
  await vault.lock();
}

void main();
