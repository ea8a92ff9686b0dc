// npm run export:sample (build/export-sample.mjs bundles this file for Node and runs it).
// A sample access export made from FICTIONAL data by the app's own code: the repositories
// in an in-memory vault (fake-indexeddb), the real DossierExporter, the real letter. It
// writes the ZIP and its unpacked files to the folder given, and refreshes the generated
// part of docs/export-format.md. Nobody in it exists.
import 'fake-indexeddb/auto';
import './deterministic';
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { accessLetter } from '../../renderer/features/export/letter-pdf';
import { emptyClientInput, validateClient } from '../../shared/domain/client';
import { emptyGroundInput } from '../../shared/domain/consent';
import { cvSchema, emptyCv } from '../../shared/domain/cv';
import { emptyHealth } from '../../shared/domain/health';
import { newLogbookInput, validateLogbook, type LogbookFields } from '../../shared/domain/logbook';
import { emptyPoortwachterCase } from '../../shared/domain/poortwachter-case';
import { emptyTrajectoryInput, validateTrajectory } from '../../shared/domain/uwv-trajectory';
import { withRecordKinds } from '../../shared/export/format-doc';
import type { DossierJson } from '../../shared/export/format';
import { memorySink, openCompartment, session } from '../fixtures/full-dossier';
import { nodePdfFontFiles } from '../unit/renderer/features/ui/pdf-font-files';

const [outDir, formatDoc] = process.argv.slice(2);
if (!outDir || !formatDoc) throw new Error('usage: make-sample <out dir> <docs/export-format.md>');

const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(`sample data: ${JSON.stringify(r.errors)}`);
  return r.value;
};

/** A small real PDF letter, so the sample's documents open in any reader. */
async function smallPdf(lines: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  lines.forEach((text, i) => page.drawText(text, { x: 56, y: 780 - i * 18, size: 11, font }));
  const bytes = await doc.save();
  return new Uint8Array(bytes);
}

const s = await session();
const client = await s.clients.create(
  ok(
    validateClient({
      ...emptyClientInput(),
      voornaam: 'Ayşe',
      voorletters: 'A.',
      achternaam: 'Çelik',
      geslacht: 'vrouw',
      geboortedatum: '14-03-1986',
      geboorteplaats: 'Zwolle',
      straat: 'Voorbeeldstraat',
      huisnummer: '12',
      toevoeging: 'b',
      postcode: '9999 XX',
      woonplaats: 'Voorbeeldstad',
      telefoon: '06 12345678',
      email: 'ayse.celik@voorbeeld.invalid',
      clientnummer: 'K-2026-0042',
    }),
  ),
);
await s.consents.addGround(client, {
  ...emptyGroundInput(),
  scope: 'special-categories',
  givenOn: '01-09-2026',
});
await s.consents.addGround(client, {
  ...emptyGroundInput(),
  scope: 'cv-to-employers',
  employers: ['Bakkerij De Vries (fictief)', 'Logistiek Oost (fictief)'],
  givenOn: '15-09-2026',
});
await s.consents.addGround(client, {
  ...emptyGroundInput(),
  basis: 'legal-obligation',
  scope: 'share-employer',
  method: 'written',
  description: 'Wet verbetering poortwachter (BW 7:658a): voortgang re-integratie',
  givenOn: '01-09-2026',
});

const entry = (day: number, hour: number, summary: string, agreements = ''): LogbookFields =>
  ok(
    validateLogbook({
      ...newLogbookInput(new Date(2026, 8, day, hour, 0)),
      summary,
      agreements,
    }),
  );
const first = await s.logbook.create(
  client.id,
  entry(3, 10, 'Kennismaking. Mevrouw Çelik vertelt over haar werk in de logistiek.'),
);
await s.logbook.create(
  client.id,
  entry(
    10,
    14,
    'Cv doorgenomen en aangevuld met haar werk als teamleider. Zij wil graag in deeltijd beginnen, vier dagen van zes uur, en dicht bij huis werken. Wij bespraken twee vacatures die zij zelf had gevonden en hoe zij haar sollicitatiebrief daarop kan aanpassen.',
    'Mevrouw stuurt vóór 17-09 haar brief; coach vraagt toestemming om het cv te sturen.',
  ),
);
await s.logbook.create(
  client.id,
  entry(24, 9, 'Telefonisch: sollicitatie bij Bakkerij De Vries verstuurd.'),
);
await s.logbook.update(
  client.id,
  first.id,
  entry(
    3,
    10,
    'Kennismaking. Mevrouw Çelik vertelt over haar werk in de logistiek en haar doelen.',
  ),
);

await s.cv.save(
  client.id,
  cvSchema.parse({
    ...emptyCv(),
    profile: 'Ervaren magazijnmedewerker en teamleider met oog voor veiligheid en planning.',
    work: [
      {
        id: 'werk1',
        jobTitle: 'Teamleider magazijn',
        employer: 'Logistiek Voorbeeld BV (fictief)',
        place: 'Voorbeeldstad',
        description: 'Leiding aan acht medewerkers; planning en veiligheid.',
        from: '03-2018',
        to: '',
        current: true,
      },
    ],
    education: [
      {
        id: 'opl1',
        title: 'MBO Logistiek medewerker (niveau 2)',
        institution: 'ROC Voorbeeld',
        place: 'Zwolle',
        diploma: true,
        notes: '',
        from: '2003',
        to: '2005',
      },
    ],
    skills: [{ id: 'vaard1', name: 'Heftruckcertificaat', description: '' }],
    languages: [
      { id: 'taal1', language: 'Nederlands', level: 'C2' },
      { id: 'taal2', language: 'Turks', level: 'C1' },
    ],
  }),
);
await s.trajectory.save(client.id, {
  ...ok(
    validateTrajectory({
      ...emptyTrajectoryInput(),
      type: 'naar-werk',
      regime: 'zw',
      orderNumber: 'UWV-0000-FICTIEF',
      startDate: '01-09-2026',
      grantedHours: '40',
      uwvContact: 'J. de Vries (fictief)',
    }),
  ),
  milestonesDone: {},
});

await s.compartment.open({
  clientId: client.id,
  purpose: 'Probleemanalyse',
  passphrase: 'paard batterij nietje correct',
});
await s.logbook.create(
  client.id,
  entry(
    17,
    11,
    'Mevrouw vertelt dat zij na haar burn-out weer beter slaapt; zij wil rustig opbouwen.',
  ),
  { sealed: true },
);
await s.poortwachter.save(client.id, {
  ...emptyPoortwachterCase(),
  medical: { spells: [{ firstDay: '2026-03-02' }] },
});
await s.health.save(client.id, {
  ...emptyHealth(),
  functionalLimitations: 'Kan niet langer dan een uur achter elkaar staan; geen nachtdiensten.',
  remainingCapacity: 'Vier dagen van zes uur, werk dicht bij huis.',
  occupationalPhysician: 'Dr. B. Voorbeeld (fictief)',
});
await s.documents.attach(
  client.id,
  new Blob([
    await smallPdf(['UWV (fictief voorbeeld)', '', 'Besluit: toekenning traject Naar werk.']),
  ]),
  {
    fileName: 'Besluit UWV.pdf',
    direction: 'ontvangen',
    date: '28-08-2026',
    counterparty: 'UWV',
    description: 'Besluit over het traject',
  },
);
await s.documents.attach(
  client.id,
  new Blob([await smallPdf(['Cv van A. Çelik (fictief voorbeeld)'.replace('Ç', 'C')])]),
  {
    fileName: 'cv Ayse Celik.pdf',
    direction: 'verzonden',
    date: '24-09-2026',
    counterparty: 'Bakkerij De Vries (fictief)',
    description: 'Cv bij sollicitatie, met toestemming',
  },
);
await s.documents.attach(
  client.id,
  new Blob([await smallPdf(['Bedrijfsarts (fictief voorbeeld)', '', 'Advies: opbouw in uren.'])]),
  {
    fileName: 'Advies bedrijfsarts.pdf',
    direction: 'ontvangen',
    date: '05-09-2026',
    counterparty: 'Bedrijfsarts',
    description: 'Advies over belastbaarheid',
    sealed: true,
  },
);
s.compartment.close();

await openCompartment(s, client.id, 'inzageverzoek');
const sink = memorySink();
await s.exporter.write(client.id, sink, {
  firm: 'Re-integratie Voorbeeld BV (fictief)',
  coach: 'Coach M. Jansen (fictief)',
  requestId: 'verzoek-2026-007',
  now: new Date(Date.UTC(2026, 10, 30, 10, 0, 0)),
  letter: accessLetter({ language: 'nl', fonts: nodePdfFontFiles() }),
});
const zip = sink.bytes();

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'koers-inzage-voorbeeld.zip'), zip);
const files = unzipSync(zip);
for (const [path, bytes] of Object.entries(files)) {
  const target = join(outDir, 'uitgepakt', path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
const example = JSON.parse(new TextDecoder().decode(files['dossier.json'])) as DossierJson;
writeFileSync(formatDoc, withRecordKinds(readFileSync(formatDoc, 'utf8'), example));
console.log(`sample export: ${Object.keys(files).length} files, ${zip.length} bytes → ${outDir}`);
// The vault's timers (auto-lock, fake-indexeddb's scheduling) would keep Node running.
process.exit(0);
