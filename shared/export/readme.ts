import { EXPORT_FILES, EXPORT_SCHEMA_VERSION } from './format';

/** LEESMIJ.txt: what each file in the archive is, for the client and a receiving firm. */
export function readmeText(p: {
  clientName: string;
  exportedAt: string;
  firm: string;
  documents: number;
}): string {
  const f = EXPORT_FILES;
  return [
    `Uw dossier bij ${p.firm || 'uw re-integratiebureau'}: ${p.clientName}`,
    `Gemaakt op ${p.exportedAt} met Koers (exportformaat versie ${EXPORT_SCHEMA_VERSION}).`,
    '',
    'Wat staat er in dit bestand?',
    `- ${f.letter}: de brief bij uw inzageverzoek. Daarin staan de doelen, de soorten gegevens,`,
    '  de ontvangers, hoe lang wij gegevens bewaren, waar ze vandaan komen en uw rechten;',
    '  daarna al uw gegevens in leesbare vorm.',
    `- ${f.dossier}: al uw gegevens in een machineleesbare vorm (JSON), voor een overstap naar`,
    '  een andere coach of een ander bureau (dataportabiliteit, AVG art. 20).',
    `- ${f.schema}: de beschrijving van ${f.dossier} (JSON Schema, draft 2020-12).`,
    `- ${f.logbookCsv}: het logboek van uw contacten, te openen in een spreadsheet.`,
    `- ${f.documentsDir}: ${p.documents} document(en), precies zoals wij ze bewaren.`,
    `- ${f.manifest}: van elk bestand de grootte en een controlegetal (SHA-256), zodat u en een`,
    '  ontvanger kunnen nagaan dat er niets is veranderd.',
    '',
    'Bewaar dit bestand op een veilige plek: het bevat uw persoonsgegevens, en soms gegevens',
    'over uw gezondheid. Het is niet versleuteld.',
    '',
    '---',
    'English: this archive is your complete file. inzage.pdf is the letter with your data in',
    'readable form; dossier.json is the same data in machine-readable form (portability),',
    'described by schema/dossier.schema.json; logboek.csv is the contact log for a',
    'spreadsheet; documenten/ holds your documents; manifest.json lists every file with its',
    'size and SHA-256. The archive is not encrypted: keep it somewhere safe.',
    '',
  ].join('\r\n');
}
