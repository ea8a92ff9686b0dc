import { createRoot } from 'react-dom/client';
import { randomBytes } from '../../../shared/crypto/envelope';
import { validateClient, emptyClientInput, type Client } from '../../../shared/domain/client';
import {
  LOGBOOK_KIND,
  newLogbookInput,
  validateLogbook,
  type LogbookEntry,
} from '../../../shared/domain/logbook';
import { LogbookTab } from '../../../renderer/features/logbook/LogbookTab';
import { i18nReady } from '../../../renderer/app/i18n';
// The features' messages come with the unlocked app's chunk; this page renders features.
import '../../../renderer/app/i18n-features';
import { openServices, services } from '../../../renderer/state/services';
import { vault } from '../../../renderer/state/vault-instance';
import { newId } from '../../../renderer/vault/vault';
import type { BenchDef } from './harness';
import '../../../renderer/styles.css';

const SUMMARY =
  'Gesprek bij de cliënt thuis. We hebben de vacatures van deze week doorgenomen en de sollicitatiebrief voor de functie van magazijnmedewerker aangepast. Cliënt is gemotiveerd maar twijfelt over de reistijd.';

let ready: Promise<Client> | null = null;

/** One client with 2,000 sealed logbook entries in the app's own vault. */
function setup(): Promise<Client> {
  ready ??= (async () => {
    await i18nReady;
    // As the app does at unlock: the session's services first, then the keys.
    openServices();
    if (!(await vault.exists())) {
      await vault.create('pompoen veerboot gieter lakmoes', {
        alg: 'argon2id',
        memoryKiB: 1024,
        iterations: 1,
        parallelism: 1,
        salt: randomBytes(16),
      });
    }
    const r = validateClient({ ...emptyClientInput(), voornaam: 'Bench', achternaam: 'Mark' });
    if (!r.ok) throw new Error('fixture');
    const client = await services().clients.create(r.value);
    const rows = [];
    const at = new Date().toISOString();
    for (let i = 0; i < 2000; i++) {
      const day = new Date(2020, 0, 1 + i);
      const f = validateLogbook({
        ...newLogbookInput(day),
        summary: `${SUMMARY} (${i})`,
        agreements: 'Vrijdag bellen.',
      });
      if (!f.ok) throw new Error('fixture');
      const data: LogbookEntry = { ...f.value, version: 1, createdAt: at, updatedAt: at };
      rows.push(
        vault.sealRecord({ id: newId(), clientId: client.id, kind: LOGBOOK_KIND, data, clock: {} }),
      );
    }
    await vault.database.records.bulkPut(rows);
    return client;
  })();
  return ready;
}

async function openDossier(): Promise<number> {
  const client = await setup();
  const host = document.createElement('div');
  host.style.width = '1000px';
  document.body.append(host);
  const root = createRoot(host);
  const t0 = performance.now();
  root.render(<LogbookTab client={client} />);
  while (host.querySelectorAll('[role=listitem]').length === 0) {
    if (performance.now() - t0 > 10_000) throw new Error('logbook list did not show');
    await new Promise((r) => setTimeout(r, 0));
  }
  const ms = performance.now() - t0;
  if (!host.textContent?.includes('2000 contacten')) throw new Error('not all entries listed');
  root.unmount();
  host.remove();
  return ms;
}

async function saveEntries(): Promise<number[]> {
  const client = await setup();
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const f = validateLogbook({ ...newLogbookInput(new Date()), summary: `${SUMMARY} nieuw ${i}` });
    if (!f.ok) throw new Error('fixture');
    const t0 = performance.now();
    await services().logbook.create(client.id, f.value);
    times.push(performance.now() - t0);
  }
  return times;
}

export const benchmarks: BenchDef[] = [
  {
    id: 'logbook-open-2000',
    label:
      'open a dossier with 2,000 logbook entries: mount until the list shows (read and decrypt all 2,000, sort, render)',
    target: '≤ 150 ms',
    unit: 'ms',
    run: openDossier,
    pass: (s) => s.median <= 150,
  },
  {
    id: 'logbook-save',
    label:
      'save a logbook entry (validate, seal, write entry + change row + delete draft, in one transaction)',
    target: 'p95 ≤ 30 ms',
    unit: 'ms',
    run: saveEntries,
    pass: (s) => s.p95 <= 30,
  },
];
