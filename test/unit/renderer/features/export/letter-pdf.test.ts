import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  accessLetter,
  renderAccessLetter,
} from '../../../../../renderer/features/export/letter-pdf';
import { LETTER_TEXTS } from '../../../../../renderer/features/export/letter-texts';
import type { DossierJson } from '../../../../../shared/export/format';
import type { Manifest } from '../../../../../shared/export/manifest';
import {
  fillDossier,
  memorySink,
  openCompartment,
  session,
} from '../../../../fixtures/full-dossier';
import { pdfPagesText } from '../cv/pdf-text';
import { nodePdfFontFiles } from '../ui/pdf-font-files';

async function fixtureDossier(): Promise<DossierJson> {
  const s = await session();
  const client = await fillDossier(s, {
    entries: [
      'Kennismaking',
      'Sollicitatiebrief besproken',
      // A long account: it must wrap, and the letter must run over several pages.
      Array.from(
        { length: 40 },
        (_, i) => `Zin ${i + 1} van een lang verslag over het gesprek.`,
      ).join(' '),
    ],
  });
  await openCompartment(s, client.id);
  return s.exporter.collect(client.id, {
    firm: 'Re-integratie Noord',
    coach: 'Coach Jansen',
    requestId: 'req-1',
    omit: [],
  });
}

/** The text a reader extracts, runs joined by spaces (a wrapped sentence spans runs). */
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('the access letter (inzage.pdf)', () => {
  it('holds every art. 15 heading, each right, the client name and the data, in Dutch', async () => {
    const dossier = await fixtureDossier();
    const pdf = await renderAccessLetter(dossier, { language: 'nl', fonts: nodePdfFontFiles() });
    const pages = await pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThan(2);
    const text = pages.join('\n');
    for (const heading of [
      'Doelen van de verwerking',
      'Categorieën van persoonsgegevens',
      'Ontvangers',
      'Bewaartermijnen',
      'Herkomst van de gegevens',
      'Uw rechten',
      'Rectificatie en aanvulling',
      'Verwijdering',
      'Beperking van de verwerking',
      'Bezwaar',
      'Overdraagbaarheid (dataportabiliteit)',
      'Intrekken van toestemming',
      'Klacht bij de Autoriteit Persoonsgegevens',
      'Geen geautomatiseerde besluitvorming',
      'Uw gegevens',
    ])
      expect(text, heading).toContain(heading);
    expect(text).toContain('Ayşe Çelik');
    const all = flat(pages);
    expect(all).toContain('autoriteitpersoonsgegevens.nl');
    // The data itself: registry titles and labels, sealed content, versions, documents, audit.
    for (const s of [
      'Personalia',
      'Voornaam',
      'Ayşe',
      'Verzegelde logboekregels',
      'Gesprek over de burn-out',
      'Eerdere versies van logboekregels',
      'Kennismaking (aangevuld)',
      'Kan niet lang staan',
      'Bakkerij De Vries',
      'Ontvangen van UWV: brief UWV.pdf',
      'inzageverzoek',
      'Zin 40 van een lang verslag',
      'Pagina 1 van',
      'Re-integratie Noord',
      'Er is niets weggelaten',
    ])
      expect(all, s).toContain(s);
    // Documents by their place in the archive (their bytes are under documenten/).
    for (const d of dossier.documents) expect(all, d.path).toContain(d.path);
  });

  it('has the English headings in the English variant', async () => {
    const dossier = await fixtureDossier();
    const pdf = await renderAccessLetter(dossier, { language: 'en', fonts: nodePdfFontFiles() });
    const text = (await pdfPagesText(pdf)).join('\n');
    const t = LETTER_TEXTS.en;
    for (const heading of [...Object.values(t.headings), ...t.rights.items.map((r) => r.term)])
      expect(text, heading).toContain(heading);
    for (const s of [
      'Purposes of processing',
      'Recipients',
      'Retention periods',
      'Withdrawal of consent',
    ])
      expect(text).toContain(s);
    expect(text).toContain('Ayşe Çelik');
    expect(text).toContain('Page 1 of');
  });

  it('lists omitted items with their reasons', async () => {
    const dossier = await fixtureDossier();
    const id = dossier.records.logbook?.[0]?.id ?? '';
    const pdf = await renderAccessLetter(
      {
        ...dossier,
        omitted: [{ kind: 'logbook', id, reason: 'Gaat over een ander (art. 15 lid 4)' }],
      },
      { language: 'nl', fonts: nodePdfFontFiles() },
    );
    expect(flat(await pdfPagesText(pdf))).toContain('Gaat over een ander (art. 15 lid 4)');
  });

  it('goes into the archive through the exporter, listed in the manifest', async () => {
    const s = await session();
    const client = await fillDossier(s);
    await openCompartment(s, client.id);
    const sink = memorySink();
    await s.exporter.write(client.id, sink, {
      firm: 'Re-integratie Noord',
      coach: 'Coach Jansen',
      requestId: 'req-1',
      letter: accessLetter({ language: 'nl', fonts: nodePdfFontFiles() }),
    });
    const files = unzipSync(sink.bytes());
    const pdf = files['inzage.pdf'];
    expect(pdf).toBeDefined();
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    const listed = manifest.files.find((f) => f.path === 'inzage.pdf');
    expect(listed?.sha256).toBe(
      createHash('sha256')
        .update(pdf ?? new Uint8Array())
        .digest('hex'),
    );
    const text = flat(await pdfPagesText(pdf ?? new Uint8Array()));
    expect(text).toContain('Ayşe Çelik');
    expect(text).toContain('inzageverzoek');
  });

  it('renders a dossier with only personalia, and words wider than a line', async () => {
    const dossier = await fixtureDossier();
    const long = 'x'.repeat(400);
    const bare: DossierJson = {
      ...dossier,
      records: {
        client: (dossier.records.client ?? []).map((r) => ({
          ...r,
          data: { ...r.data, straat: long },
        })),
      },
      documents: [],
      audit: [],
      firm: '',
      coach: '',
      requestId: null,
    };
    const pdf = await renderAccessLetter(bare, { language: 'en', fonts: nodePdfFontFiles() });
    const text = flat(await pdfPagesText(pdf));
    expect(text).toContain('No automated decision-making');
    expect(text.replace(/ /g, '')).toContain(long);
    expect(text).toContain('Nothing was left out');
  });
});
