// What the erasure certificate ("verklaring van verwijdering") says, in Dutch and English.
// Plain language: the client reads it, not an engineer.
import type { DataCategory } from '../../../shared/records/registry';

export type CertificateLanguage = 'nl' | 'en';

export interface CertificateTexts {
  title: string;
  fileName: string;
  to: string;
  date: string;
  request: string;
  noRequest: string;
  reference: string;
  salutation: string;
  intro: string;
  headings: {
    what: string;
    when: string;
    how: string;
    kept: string;
    backups: string;
    ledger: string;
  };
  what: { intro: string; counted: string; countedOne: string; sealed: string };
  categories: Record<DataCategory, string>;
  when: string;
  how: string[];
  /** Replaces the last `how` paragraph where the storage could not be moved (no buckets). */
  howKeysOnly: string;
  kept: { none: string; item: string };
  backups: string;
  ledger: string;
  closing: string;
  page: string;
  footer: string;
}

export const CERTIFICATE_TEXTS: Record<CertificateLanguage, CertificateTexts> = {
  nl: {
    title: 'Verklaring van verwijdering',
    fileName: 'verklaring-van-verwijdering',
    to: 'Aan: {{name}}',
    date: 'Datum: {{date}}',
    request: 'Uw verzoek: {{id}}',
    noRequest: 'Op uw verzoek',
    reference: 'Kenmerk van deze verwijdering: {{id}}',
    salutation: 'Beste {{name}},',
    intro:
      'U hebt ons gevraagd uw gegevens te verwijderen (artikel 17 AVG). Met deze brief bevestigen wij dat wij dat hebben gedaan. Hieronder leest u wat wij hebben verwijderd, wanneer en hoe, wat wij volgens de wet nog moeten bewaren, en wanneer de laatste reservekopie met uw gegevens verloopt.',
    headings: {
      what: '1. Wat wij hebben verwijderd',
      when: '2. Wanneer',
      how: '3. Hoe',
      kept: '4. Wat wij moeten bewaren',
      backups: '5. Reservekopieën (back-ups)',
      ledger: '6. Wat wij over deze verwijdering vastleggen',
    },
    what: {
      intro: 'Alle gegevens uit uw dossier in deze soorten:',
      counted: '{{label}} ({{count}} stuks)',
      countedOne: '{{label}} (1 stuk)',
      sealed: 'extra afgeschermd bewaard',
    },
    categories: {
      personalia: 'Personalia (naam, adres, contactgegevens, geboortedatum)',
      contact: 'Contactgegevens',
      identification: 'Identificatiegegevens',
      cv: 'Cv-gegevens (opleiding, werkervaring, vaardigheden)',
      logbook: 'Verslagen van contacten (logboek)',
      poortwachter: 'Gegevens over ziekte en verzuim (Wet verbetering poortwachter)',
      trajectory: 'Gegevens over uw UWV-traject',
      health: 'Gegevens over uw gezondheid (belastbaarheid)',
      'other-special': 'Verzegelde gegevens (bijzondere persoonsgegevens)',
      document: 'Documenten (ontvangen en verzonden)',
      consent: 'Toestemmingen, grondslagen en ontvangers',
      request: 'Uw verzoeken en eerdere waarden van gewijzigde gegevens',
      audit: 'Vastlegging van handelingen in uw dossier',
      settings: 'Instellingen',
      keys: 'Sleutels',
      financial: 'Financiële gegevens (uren, facturen)',
    },
    when: 'Op {{date}} om {{time}}.',
    how: [
      'Uw dossier was versleuteld opgeslagen met een sleutel die alleen voor uw dossier bestond. Wij hebben eerst die sleutel vernietigd. Zonder die sleutel is geen enkele kopie van uw gegevens nog te lezen, ook niet een kopie die ergens achter zou zijn gebleven. Dit heet ‘crypto-shredding’.',
      'Daarna hebben wij alle gegevens zelf gewist: uw personalia, verslagen, documenten en alles wat daaruit was afgeleid, zoals overzichten en concepten.',
      'Tot slot hebben wij alle sleutels van ons systeem vervangen en de opslag naar een nieuwe plek verplaatst; de oude plek is in zijn geheel gewist.',
    ],
    howKeysOnly: 'Tot slot hebben wij alle sleutels van ons systeem vervangen.',
    kept: {
      none: 'Niets. Er gold voor uw gegevens geen wettelijke plicht om ze langer te bewaren.',
      item: '{{label}}: bewaard tot en met {{until}}, omdat wij daartoe verplicht zijn: {{why}}. Daarna verwijderen wij ook deze gegevens.',
    },
    backups:
      'Wij maken reservekopieën en bewaren die hoogstens {{days}} dagen. De laatste reservekopie waarin uw gegevens nog (versleuteld en zonder sleutel) staan, verloopt op {{date}}. Wordt er vóór die datum een reservekopie teruggezet, dan voert ons systeem deze verwijdering opnieuw uit voordat het opent: uw gegevens komen niet terug.',
    ledger:
      'Wij bewaren alleen een korte regel in ons verwijderregister: een willekeurig nummer, de datum, de soorten gegevens die zijn verwijderd en wat wij moesten bewaren. Daarin staat niet uw naam. Deze brief zelf bewaren wij niet; wij bewaren alleen een vingerafdruk (hash) ervan, zodat wij later kunnen bevestigen dat hij van ons komt.',
    closing: 'Met vriendelijke groet,',
    page: 'Pagina {{n}} van {{total}}',
    footer: 'Verklaring van verwijdering · vertrouwelijk',
  },
  en: {
    title: 'Certificate of erasure',
    fileName: 'certificate-of-erasure',
    to: 'To: {{name}}',
    date: 'Date: {{date}}',
    request: 'Your request: {{id}}',
    noRequest: 'At your request',
    reference: 'Reference of this erasure: {{id}}',
    salutation: 'Dear {{name}},',
    intro:
      'You asked us to erase your data (article 17 GDPR). With this letter we confirm that we have done so. Below you can read what we erased, when and how, what the law still requires us to keep, and when the last backup holding your data expires.',
    headings: {
      what: '1. What we erased',
      when: '2. When',
      how: '3. How',
      kept: '4. What we must keep',
      backups: '5. Backups',
      ledger: '6. What we record about this erasure',
    },
    what: {
      intro: 'All data in your file of these kinds:',
      counted: '{{label}} ({{count}} items)',
      countedOne: '{{label}} (1 item)',
      sealed: 'kept with extra protection',
    },
    categories: {
      personalia: 'Personal details (name, address, contact details, date of birth)',
      contact: 'Contact details',
      identification: 'Identification data',
      cv: 'CV data (education, work experience, skills)',
      logbook: 'Reports of contacts (logbook)',
      poortwachter: 'Data on sickness and absence (Dutch Gatekeeper Improvement Act)',
      trajectory: 'Data on your UWV programme',
      health: 'Data on your health (capacity for work)',
      'other-special': 'Sealed data (special categories of personal data)',
      document: 'Documents (received and sent)',
      consent: 'Consents, legal grounds and recipients',
      request: 'Your requests and earlier values of changed data',
      audit: 'Records of actions in your file',
      settings: 'Settings',
      keys: 'Keys',
      financial: 'Financial data (hours, invoices)',
    },
    when: 'On {{date}} at {{time}}.',
    how: [
      'Your file was stored encrypted with a key that existed for your file only. We destroyed that key first. Without it no copy of your data can be read any more, not even a copy that might have been left somewhere. This is called ‘crypto-shredding’.',
      'Then we deleted the data itself: your personal details, reports, documents and everything derived from them, such as overviews and drafts.',
      'Finally we replaced every key of our system and moved its storage to a new place; the old place was wiped as a whole.',
    ],
    howKeysOnly: 'Finally we replaced every key of our system.',
    kept: {
      none: 'Nothing. No legal duty required us to keep any of your data longer.',
      item: '{{label}}: kept until {{until}} inclusive, because we are required to: {{why}}. After that we erase this data as well.',
    },
    backups:
      'We make backups and keep them for at most {{days}} days. The last backup that still holds your data (encrypted, without its key) expires on {{date}}. Should a backup be restored before that date, our system repeats this erasure before it opens: your data does not come back.',
    ledger:
      'We keep only one short line in our erasure register: a random number, the date, the kinds of data erased and what we had to keep. It does not contain your name. We do not keep this letter; we keep only a fingerprint (hash) of it, so we can later confirm that it came from us.',
    closing: 'Kind regards,',
    page: 'Page {{n}} of {{total}}',
    footer: 'Certificate of erasure · confidential',
  },
};

/** Fills `{{name}}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
