import type { DataCategory, RetentionClass } from '../../../shared/records/registry';

/**
 * The fixed wording of the access letter (inzage.pdf), in Dutch and English. The data
 * itself is labelled by the registry (shared/records/registry.ts); only the letter's own
 * sentences live here. Headings are kept on one line each: the tests find them in the text
 * a PDF reader extracts.
 */
export type LetterLanguage = 'nl' | 'en';

type Vars = Record<string, string>;
type Tpl = string;

export interface LetterTexts {
  header: Tpl;
  title: Tpl;
  to: Tpl;
  date: Tpl;
  coach: Tpl;
  request: Tpl;
  noRequest: Tpl;
  salutation: Tpl;
  intro: Tpl;
  page: Tpl;
  headings: {
    purposes: string;
    categories: string;
    recipients: string;
    retention: string;
    origin: string;
    rights: string;
    complaint: string;
    automated: string;
    data: string;
  };
  purposes: {
    intro: string;
    coaching: string;
    poortwachter: string;
    trajectory: string;
    cv: string;
    legal: string;
    accountability: string;
    groundsIntro: string;
    noGrounds: string;
  };
  categories: { intro: string; special: string; counted: Tpl };
  categoryLabels: Record<DataCategory, string>;
  recipients: {
    intro: string;
    cvEmployers: Tpl;
    employer: Tpl;
    other: Tpl;
    sent: Tpl;
    poortwachter: string;
    trajectory: string;
    client: string;
    noRegister: string;
    withdrawn: Tpl;
  };
  retention: {
    intro: string;
    classes: Record<RetentionClass, string>;
    backups: string;
  };
  origin: {
    intro: string;
    client: string;
    received: Tpl;
    poortwachter: string;
    health: string;
    physician: Tpl;
    trajectory: string;
    honest: string;
  };
  rights: {
    intro: Tpl;
    items: { term: string; text: string }[];
    how: Tpl;
  };
  complaint: string;
  automated: string;
  data: {
    intro: string;
    sealed: string;
    record: Tpl;
    inArchive: string;
    auditTitle: string;
    auditIntro: string;
    noAudit: string;
    purpose: Tpl;
    omittedTitle: string;
    omittedNone: string;
    omittedItem: Tpl;
    yes: string;
    no: string;
  };
  bases: Record<string, string>;
  scopes: Record<string, string>;
  auditActions: Record<string, string>;
  /** Names of fields inside a field (a CV's jobs, a consent's grounds), which the registry does not label. */
  nested: Record<string, string>;
  /** Stored codes (enums) as words; a code not listed prints as stored. */
  codes: Record<string, string>;
  closing: Tpl;
}

const nl: LetterTexts = {
  header: '{{firm}} · Inzage in uw persoonsgegevens',
  title: 'Inzage in uw persoonsgegevens',
  to: 'Aan: {{name}}',
  date: 'Datum: {{date}}',
  coach: 'Uw coach: {{coach}}',
  request: 'Kenmerk van uw verzoek: {{id}}',
  noRequest: 'Kenmerk van uw verzoek: (geen)',
  salutation: 'Beste {{name}},',
  intro:
    'U heeft gevraagd welke persoonsgegevens {{firm}} over u verwerkt (AVG artikel 15). In deze brief leest u waarvoor wij uw gegevens gebruiken, welke soorten gegevens wij hebben, aan wie wij ze geven, hoe lang wij ze bewaren, waar ze vandaan komen en welke rechten u heeft. Daarna volgen al uw gegevens zelf, in leesbare vorm. Dezelfde gegevens staan in machineleesbare vorm in dossier.json; uw documenten staan in de map documenten/.',
  page: 'Pagina {{n}} van {{total}}',
  headings: {
    purposes: '1. Doelen van de verwerking',
    categories: '2. Categorieën van persoonsgegevens',
    recipients: '3. Ontvangers',
    retention: '4. Bewaartermijnen',
    origin: '5. Herkomst van de gegevens',
    rights: '6. Uw rechten',
    complaint: '7. Klacht bij de Autoriteit Persoonsgegevens',
    automated: '8. Geen geautomatiseerde besluitvorming',
    data: '9. Uw gegevens',
  },
  purposes: {
    intro: 'Wij verwerken uw gegevens alleen voor deze doelen:',
    coaching: 'uw begeleiding naar werk of terug naar werk (re-integratie), zoals afgesproken;',
    poortwachter:
      'de uitvoering van de Wet verbetering poortwachter: de stappen en termijnen die gelden voor u en uw werkgever tijdens ziekte;',
    trajectory: 'de uitvoering van uw UWV-traject en de verantwoording daarover aan UWV;',
    cv: 'het opstellen van uw cv en, alleen met uw toestemming, het versturen ervan naar werkgevers;',
    legal:
      'het nakomen van wettelijke verplichtingen, zoals bewaarplichten en het beantwoorden van verzoeken zoals dit;',
    accountability:
      'de beveiliging van uw dossier: wij leggen vast wie uw dossier opent en waarom.',
    groundsIntro: 'De grondslagen en toestemmingen die in uw dossier zijn vastgelegd:',
    noGrounds: 'In uw dossier zijn geen aparte toestemmingen of grondslagen vastgelegd.',
  },
  categories: {
    intro: 'Uw dossier bevat deze soorten persoonsgegevens:',
    special:
      'bijzonder persoonsgegeven (AVG artikel 9): apart versleuteld bewaard; alleen te openen met een wachtwoord en een vastgelegd doel',
    counted: '{{n}} vastlegging(en)',
  },
  categoryLabels: {
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
    consent: 'Toestemmingen en grondslagen',
    request: 'Uw verzoeken',
    audit: 'Vastlegging van handelingen in uw dossier (wie, wanneer, waarom)',
    settings: 'Instellingen',
    keys: 'Sleutels',
    financial: 'Financiële administratie (uren per maand en factuurnummers, 7 jaar bewaard)',
  },
  recipients: {
    intro: 'Wat over ontvangers in uw dossier is vastgelegd:',
    cvEmployers:
      'Werkgevers aan wie wij met uw toestemming uw cv mogen sturen: {{employers}} (toestemming van {{date}}){{withdrawn}}.',
    employer:
      'Uw werkgever: gegevens over uw re-integratie ({{basis}}, vanaf {{date}}){{withdrawn}}.',
    other: 'Overig: {{description}} ({{basis}}, vanaf {{date}}){{withdrawn}}.',
    sent: 'Verzonden aan {{to}}: {{file}} ({{date}}).',
    poortwachter:
      'Bij de Wet verbetering poortwachter: uw werkgever, de bedrijfsarts en UWV, alleen voor zover nodig voor uw re-integratie. Uw werkgever en UWV krijgen van ons geen diagnose of medische details.',
    trajectory:
      'UWV, als opdrachtgever van uw traject: rapportages over de voortgang, zonder medische informatie.',
    client: 'U zelf: deze inzage.',
    noRegister:
      'Wij houden in uw dossier nog geen register bij van elke afzonderlijke verstrekking. Wilt u precies weten wie wat en wanneer heeft ontvangen, vraag het dan aan uw coach; wij zoeken het voor u na.',
    withdrawn: ', ingetrokken op {{date}}',
  },
  retention: {
    intro: 'Hoe lang wij uw gegevens bewaren, per soort:',
    classes: {
      dossier: '2 jaar na het einde van onze dienstverlening',
      medical:
        '2 jaar na het einde van onze dienstverlening; daarna, of na uw verzoek om verwijdering, binnen 3 maanden verwijderd',
      'coaching-report': '3 jaar na het einde van uw traject',
      financial: '7 jaar (fiscale bewaarplicht)',
      audit:
        'zo lang als nodig is om verantwoording af te leggen over de omgang met uw dossier, en niet langer dan het dossier zelf',
    },
    backups:
      'Reservekopieën (back-ups) bewaren wij hoogstens 14 dagen. Gegevens die op uw verzoek zijn verwijderd, komen bij het terugzetten van een back-up niet terug.',
  },
  origin: {
    intro: 'Waar uw gegevens vandaan komen:',
    client:
      'Van uzelf: uw personalia, uw cv en wat u ons in gesprekken vertelde (de verslagen in het logboek schrijft uw coach).',
    received: 'Ontvangen van {{from}}: {{file}} ({{date}}).',
    poortwachter:
      'Gegevens over ziekte en verzuim: van u zelf of van uw werkgever, in het kader van de Wet verbetering poortwachter.',
    health: 'Gegevens over uw belastbaarheid: van u zelf of van de bedrijfsarts.',
    physician: 'Bedrijfsarts in uw dossier: {{name}}.',
    trajectory: 'Gegevens over uw traject: van UWV, als opdrachtgever.',
    honest:
      'Wij leggen de herkomst nog niet van elk afzonderlijk gegeven vast. Wilt u van een bepaald gegeven weten waar het vandaan komt, vraag het dan aan uw coach.',
  },
  rights: {
    intro: 'U heeft deze rechten. U kunt een verzoek sturen aan {{firm}} of aan uw coach.',
    items: [
      {
        term: 'Rectificatie en aanvulling',
        text: 'Kloppen uw gegevens niet of zijn ze onvolledig, dan kunt u vragen ze te verbeteren of aan te vullen. Wijzen wij dat af, dan leggen wij uit waarom, en kunt u uw eigen zienswijze bij het dossier laten voegen.',
      },
      {
        term: 'Verwijdering',
        text: 'U kunt vragen uw gegevens te verwijderen (recht om vergeten te worden), behalve waar de wet ons verplicht ze te bewaren.',
      },
      {
        term: 'Beperking van de verwerking',
        text: 'U kunt vragen dat wij uw gegevens tijdelijk alleen nog bewaren en er verder niets mee doen, bijvoorbeeld zolang wij een bezwaar of een verzoek om verbetering behandelen.',
      },
      {
        term: 'Bezwaar',
        text: 'U kunt bezwaar maken tegen een verwerking die niet nodig is voor onze afspraken met u of voor een wettelijke plicht.',
      },
      {
        term: 'Overdraagbaarheid (dataportabiliteit)',
        text: 'U kunt uw gegevens meenemen naar een andere coach of een ander bureau. Het bestand dossier.json in dit pakket is daarvoor bedoeld: gestructureerd en machineleesbaar.',
      },
      {
        term: 'Intrekken van toestemming',
        text: 'Waar wij uw gegevens verwerken op basis van uw toestemming, kunt u die toestemming op elk moment intrekken. Wat wij daarvóór deden, blijft rechtmatig.',
      },
    ],
    how: 'Wij beantwoorden uw verzoek zo snel mogelijk, uiterlijk binnen een maand. Is een verzoek ingewikkeld, dan kan die termijn met hoogstens twee maanden worden verlengd; dat hoort u dan binnen de eerste maand, met de reden. Wij vragen u eerst aan te tonen wie u bent; een kopie van uw identiteitsbewijs is niet nodig.',
  },
  complaint:
    'Bent u het niet eens met hoe wij met uw gegevens omgaan, laat het ons dan weten. U heeft ook het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens: autoriteitpersoonsgegevens.nl.',
  automated:
    'Wij nemen geen besluiten over u die alleen op geautomatiseerde verwerking berusten, ook niet op basis van profilering (AVG artikel 22). Elke beslissing over uw begeleiding neemt een mens.',
  data: {
    intro:
      'Hieronder staan al uw gegevens zoals ze in uw dossier staan, per onderdeel. Velden zonder waarde en interne nummers van onderdelen laten wij weg; in dossier.json staan ook die.',
    sealed: 'Bijzonder persoonsgegeven, apart versleuteld bewaard',
    record: '{{title}} {{n}} van {{total}}',
    inArchive: 'In dit pakket',
    auditTitle: 'Wie uw dossier opende of wijzigde',
    auditIntro: 'Het logboek van handelingen in uw dossier, met het doel dat daarbij is opgegeven:',
    noAudit: 'Er zijn geen handelingen vastgelegd.',
    purpose: 'doel: {{purpose}}',
    omittedTitle: 'Weggelaten gegevens',
    omittedNone: 'Er is niets weggelaten: dit is uw volledige dossier.',
    omittedItem: '{{title}} ({{id}}): {{reason}}',
    yes: 'ja',
    no: 'nee',
  },
  bases: {
    consent: 'uw toestemming',
    'legal-obligation': 'wettelijke plicht',
    'vital-interest': 'vitaal belang',
  },
  scopes: {
    'special-categories': 'het vastleggen van bijzondere persoonsgegevens',
    'share-employer': 'delen met uw werkgever',
    'cv-to-employers': 'uw cv sturen naar genoemde werkgevers',
    other: 'overig',
  },
  auditActions: {
    'compartment-open': 'Verzegelde gegevens geopend',
    'compartment-open-failed': 'Poging verzegelde gegevens te openen mislukt',
    export: 'Dossier geëxporteerd',
    import: 'Dossier ingelezen',
    erasure: 'Gegevens verwijderd',
    'consent-change': 'Toestemming of grondslag gewijzigd',
    restriction: 'Verwerking beperkt',
    'id-copy-redacted': 'ID-kopie afgeschermd opgeslagen',
    'sealed-draft-discarded': 'Verzegeld concept weggegooid',
    'draft-discarded': 'Concept weggegooid',
  },
  nested: {
    phone: 'Telefoon',
    email: 'E-mail',
    address: 'Adres',
    birthDate: 'Geboortedatum',
    jobTitle: 'Functie',
    employer: 'Werkgever',
    place: 'Plaats',
    description: 'Omschrijving',
    from: 'Van',
    to: 'Tot',
    title: 'Opleiding',
    institution: 'Instelling',
    diploma: 'Diploma',
    notes: 'Opmerkingen',
    name: 'Naam',
    issuer: 'Uitgegeven door',
    date: 'Datum',
    validUntil: 'Geldig tot',
    language: 'Taal',
    level: 'Niveau',
    relation: 'Relatie',
    contact: 'Contact',
    onRequestOnly: 'Alleen op verzoek',
    ownCar: 'Eigen auto',
    publicTransport: 'Openbaar vervoer',
    bicycle: 'Fiets',
    maxTravelMinutes: 'Maximale reistijd (minuten)',
    spells: 'Ziekteperiodes',
    firstDay: 'Eerste ziektedag',
    recoveredOn: 'Hersteld op',
    basis: 'Grondslag',
    scope: 'Waarvoor',
    employers: 'Werkgevers',
    givenOn: 'Gegeven op',
    method: 'Manier',
    givenBy: 'Gegeven door',
    representativeName: 'Naam vertegenwoordiger',
    representativeRole: 'Rol vertegenwoordiger',
    withdrawnOn: 'Ingetrokken op',
    recordedAt: 'Vastgelegd op',
    editor: 'Formulier',
    values: 'Invoer',
    savedAt: 'Bewaard op',
  },
  codes: {
    'face-to-face': 'persoonlijk',
    phone: 'telefonisch',
    video: 'video',
    email: 'e-mail',
    other: 'anders',
    ontvangen: 'ontvangen',
    verzonden: 'verzonden',
    consent: 'toestemming',
    'legal-obligation': 'wettelijke plicht',
    'vital-interest': 'vitaal belang',
    'special-categories': 'bijzondere persoonsgegevens',
    'share-employer': 'delen met werkgever',
    'cv-to-employers': 'cv naar werkgevers',
    written: 'schriftelijk',
    digital: 'digitaal',
    verbal: 'mondeling',
    client: 'uzelf',
    representative: 'vertegenwoordiger',
    none: 'geen',
    unknown: 'onbekend',
    heden: 'heden',
  },
  closing: 'Met vriendelijke groet,',
};

const en: LetterTexts = {
  header: '{{firm}} · Access to your personal data',
  title: 'Access to your personal data',
  to: 'To: {{name}}',
  date: 'Date: {{date}}',
  coach: 'Your coach: {{coach}}',
  request: 'Reference of your request: {{id}}',
  noRequest: 'Reference of your request: (none)',
  salutation: 'Dear {{name}},',
  intro:
    'You asked which personal data {{firm}} processes about you (GDPR article 15). This letter tells you what we use your data for, which kinds of data we hold, who we give them to, how long we keep them, where they come from and what your rights are. Then follows all of your data itself, in readable form. The same data is in machine-readable form in dossier.json; your documents are in the folder documenten/.',
  page: 'Page {{n}} of {{total}}',
  headings: {
    purposes: '1. Purposes of processing',
    categories: '2. Categories of personal data',
    recipients: '3. Recipients',
    retention: '4. Retention periods',
    origin: '5. Origin of the data',
    rights: '6. Your rights',
    complaint: '7. Complaint to the Autoriteit Persoonsgegevens',
    automated: '8. No automated decision-making',
    data: '9. Your data',
  },
  purposes: {
    intro: 'We process your data for these purposes only:',
    coaching: 'guiding you into work or back to work (reintegration), as agreed;',
    poortwachter:
      'carrying out the Gatekeeper Improvement Act (Wet verbetering poortwachter): the steps and deadlines that apply to you and your employer during sickness;',
    trajectory: 'carrying out your UWV trajectory and reporting on it to UWV;',
    cv: 'writing your CV and, only with your consent, sending it to employers;',
    legal:
      'meeting legal obligations, such as retention duties and answering requests like this one;',
    accountability: 'keeping your file secure: we record who opens your file and why.',
    groundsIntro: 'The legal grounds and consents recorded in your file:',
    noGrounds: 'No separate consents or legal grounds are recorded in your file.',
  },
  categories: {
    intro: 'Your file holds these kinds of personal data:',
    special:
      'special category of personal data (GDPR article 9): encrypted separately; opened only with a passphrase and a recorded purpose',
    counted: '{{n}} record(s)',
  },
  categoryLabels: {
    personalia: 'Personal details (name, address, contact details, date of birth)',
    contact: 'Contact details',
    identification: 'Identification data',
    cv: 'CV data (education, work experience, skills)',
    logbook: 'Accounts of contacts (logbook)',
    poortwachter: 'Sickness and absence data (Gatekeeper Improvement Act)',
    trajectory: 'Data about your UWV trajectory',
    health: 'Health data (capacity for work)',
    'other-special': 'Sealed data (special categories of personal data)',
    document: 'Documents (received and sent)',
    consent: 'Consents and legal grounds',
    request: 'Your requests',
    audit: 'Record of actions on your file (who, when, why)',
    settings: 'Settings',
    keys: 'Keys',
    financial: 'Financial administration (hours per month and invoice numbers, kept 7 years)',
  },
  recipients: {
    intro: 'What your file records about recipients:',
    cvEmployers:
      'Employers we may send your CV to, with your consent: {{employers}} (consent of {{date}}){{withdrawn}}.',
    employer:
      'Your employer: data about your reintegration ({{basis}}, from {{date}}){{withdrawn}}.',
    other: 'Other: {{description}} ({{basis}}, from {{date}}){{withdrawn}}.',
    sent: 'Sent to {{to}}: {{file}} ({{date}}).',
    poortwachter:
      'Under the Gatekeeper Improvement Act: your employer, the occupational physician and UWV, only as far as your reintegration needs it. We give your employer and UWV no diagnosis or medical details.',
    trajectory:
      'UWV, as the client of your trajectory: progress reports, without medical information.',
    client: 'You: this access answer.',
    noRegister:
      'Your file does not yet keep a register of every single disclosure. If you want to know exactly who received what and when, ask your coach; we will look it up for you.',
    withdrawn: ', withdrawn on {{date}}',
  },
  retention: {
    intro: 'How long we keep your data, per kind:',
    classes: {
      dossier: '2 years after our service ended',
      medical:
        '2 years after our service ended; after that, or after you ask for erasure, deleted within 3 months',
      'coaching-report': '3 years after your trajectory ended',
      financial: '7 years (tax law)',
      audit:
        'as long as needed to account for how your file was handled, and no longer than the file itself',
    },
    backups:
      'We keep backups for at most 14 days. Data erased at your request does not come back when a backup is restored.',
  },
  origin: {
    intro: 'Where your data comes from:',
    client:
      'From you: your personal details, your CV and what you told us in conversations (your coach writes the accounts in the logbook).',
    received: 'Received from {{from}}: {{file}} ({{date}}).',
    poortwachter:
      'Sickness and absence data: from you or from your employer, under the Gatekeeper Improvement Act.',
    health: 'Data about your capacity for work: from you or from the occupational physician.',
    physician: 'Occupational physician in your file: {{name}}.',
    trajectory: 'Data about your trajectory: from UWV, as the client.',
    honest:
      'We do not yet record the origin of every single item. If you want to know where a particular item came from, ask your coach.',
  },
  rights: {
    intro: 'You have these rights. You can send a request to {{firm}} or to your coach.',
    items: [
      {
        term: 'Rectification and completion',
        text: 'If your data is wrong or incomplete, you can ask us to correct or complete it. If we decline, we explain why, and you can have your own statement added to the file.',
      },
      {
        term: 'Erasure',
        text: 'You can ask us to erase your data (right to be forgotten), except where the law obliges us to keep it.',
      },
      {
        term: 'Restriction of processing',
        text: 'You can ask us only to store your data for a while and do nothing else with it, for example while we handle an objection or a request for correction.',
      },
      {
        term: 'Objection',
        text: 'You can object to processing that is not needed for our agreement with you or for a legal obligation.',
      },
      {
        term: 'Data portability',
        text: 'You can take your data to another coach or firm. The file dossier.json in this package is meant for that: structured and machine-readable.',
      },
      {
        term: 'Withdrawal of consent',
        text: 'Where we process your data on the basis of your consent, you can withdraw it at any time. What we did before remains lawful.',
      },
    ],
    how: 'We answer your request as soon as possible, at the latest within one month. If a request is complex, that period may be extended by at most two months; you will hear so within the first month, with the reason. We first ask you to show who you are; a copy of your identity document is not needed.',
  },
  complaint:
    'If you disagree with how we handle your data, please tell us. You also have the right to lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens): autoriteitpersoonsgegevens.nl.',
  automated:
    'We take no decisions about you based solely on automated processing, including profiling (GDPR article 22). Every decision about your guidance is taken by a person.',
  data: {
    intro:
      'Below is all of your data as it is in your file, part by part. Fields without a value and internal numbers of items are left out here; dossier.json holds those too.',
    sealed: 'Special category of personal data, encrypted separately',
    record: '{{title}} {{n}} of {{total}}',
    inArchive: 'In this package',
    auditTitle: 'Who opened or changed your file',
    auditIntro: 'The record of actions on your file, with the purpose given for each:',
    noAudit: 'No actions are recorded.',
    purpose: 'purpose: {{purpose}}',
    omittedTitle: 'Items left out',
    omittedNone: 'Nothing was left out: this is your complete file.',
    omittedItem: '{{title}} ({{id}}): {{reason}}',
    yes: 'yes',
    no: 'no',
  },
  bases: {
    consent: 'your consent',
    'legal-obligation': 'legal obligation',
    'vital-interest': 'vital interest',
  },
  scopes: {
    'special-categories': 'recording special categories of personal data',
    'share-employer': 'sharing with your employer',
    'cv-to-employers': 'sending your CV to named employers',
    other: 'other',
  },
  auditActions: {
    'compartment-open': 'Sealed data opened',
    'compartment-open-failed': 'Failed attempt to open sealed data',
    export: 'File exported',
    import: 'File imported',
    erasure: 'Data erased',
    'consent-change': 'Consent or legal ground changed',
    restriction: 'Processing restricted',
    'id-copy-redacted': 'Redacted ID copy stored',
    'sealed-draft-discarded': 'Sealed draft discarded',
    'draft-discarded': 'Draft discarded',
  },
  nested: {
    onRequestOnly: 'Only on request',
    maxTravelMinutes: 'Maximum travel time (minutes)',
    spells: 'Sick spells',
    firstDay: 'First sick day',
    scope: 'For',
    givenOn: 'Given on',
  },
  codes: {
    'face-to-face': 'in person',
    ontvangen: 'received',
    verzonden: 'sent',
    'legal-obligation': 'legal obligation',
    'vital-interest': 'vital interest',
    'special-categories': 'special categories of personal data',
    'share-employer': 'sharing with employer',
    'cv-to-employers': 'CV to employers',
    client: 'you',
    heden: 'present',
  },
  closing: 'Kind regards,',
};

export const LETTER_TEXTS: Record<LetterLanguage, LetterTexts> = { nl, en };

export const fill = (template: Tpl, vars: Vars): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
