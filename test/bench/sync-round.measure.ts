// How long one office-sync round takes on the device for a large caseload, in Node with
// fake-indexeddb and the in-process fake office (not Chromium: a rough figure, for trends).
//   npx tsx test/bench/sync-round.measure.ts [clients]
import { emptyClientInput } from '../../shared/domain/client';
import { ClientRepository } from '../../renderer/vault/clients';
import { defaultCodec } from '../../renderer/vault/codec';
import { LogbookRepository } from '../../renderer/vault/logbook';
import { OfficeLinkRepository } from '../../renderer/vault/office-links';
import { SyncEngine } from '../../renderer/vault/sync-engine';
import { SyncStore } from '../../renderer/vault/sync-store';
import { FakeOffice } from '../fixtures/fake-office';
import { fastKdf, makeVault, PASS } from '../fixtures/test-vault';

const n = Number(process.argv[2] ?? 1000);
const vault = makeVault();
await vault.create(PASS, fastKdf());
const office = new FakeOffice();
const engine = new SyncEngine({
  vault,
  store: new SyncStore(vault, defaultCodec),
  links: new OfficeLinkRepository(vault),
  transport: office.transport,
});
office.issueCode('ABC123');
await engine.enrol(office.origin, 'ABC123', 'bench');
const list = await new ClientRepository(vault).createMany(
  Array.from({ length: n }, (_, i) => ({
    ...emptyClientInput(),
    voornaam: 'Anna',
    achternaam: `Bakker ${i}`,
    clientnummer: `K-${i}`,
  })),
);
const logbook = new LogbookRepository(vault);
for (const c of list.slice(0, Math.min(200, n)))
  await logbook.create(c.id, {
    at: '2026-11-20T10:00',
    durationMinutes: 60,
    contactType: 'phone',
    participants: '',
    summary: 'x',
    agreements: '',
    followUpDate: '',
  });
const time = async (label: string) => {
  const t = performance.now();
  const s = await engine.sync(true);
  console.log(
    `${label}: ${Math.round(performance.now() - t)} ms (error: ${s.lastError ?? 'none'})`,
  );
};
await time(`first round, ${n} clients`);
await time('a round with nothing changed');
await logbook.create(list[0]?.id ?? '', {
  at: '2026-11-21T10:00',
  durationMinutes: 30,
  contactType: 'phone',
  participants: '',
  summary: 'x',
  agreements: '',
  followUpDate: '',
});
await time('a round after one logbook entry');
