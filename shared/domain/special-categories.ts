/**
 * Finds special categories of personal data (AVG art. 9 and 10, plus creditworthiness,
 * which the firms' privacy statements treat alike) in free Dutch or English text.
 *
 * Curated lexicons and phrase patterns, no model: coaches write short, concrete logbook
 * sentences, and a pattern that fires can always be explained to them. Two decisions
 * shape the lexicons (the labelled corpus in test/unit/special-categories documents each):
 * - What the Autoriteit Persoonsgegevens lets a reintegration party keep about health
 *   (functional limitations, capacity, expected duration, degree of incapacity,
 *   adjustments, the bedrijfsarts and the Poortwachter steps) does not fire. Only
 *   diagnoses, illness names, complaints, medication, therapy and treating doctors do.
 * - A word that also names a workplace or profession (ziekenhuis, kerk, reclassering,
 *   bewindvoerder, FNV…) does not fire when the clause is about work, an application,
 *   study or volunteering: "solliciteert bij het ziekenhuis" says nothing about health.
 */

export const SPECIAL_CATEGORIES = [
  'health',
  'religion',
  'ethnicity',
  'politics',
  'sexual-life',
  'union',
  'criminal',
  'biometric-genetic',
  'financial',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export const HEALTH_SUBTYPES = [
  'diagnosis',
  'complaint',
  'medication',
  'treatment',
  'appointment',
] as const;
export type HealthSubtype = (typeof HEALTH_SUBTYPES)[number];

export interface SpecialCategoryFinding {
  category: SpecialCategory;
  /** UTF-16 offsets into the input: text.slice(start, end) is the matched word or phrase. */
  start: number;
  end: number;
}

export interface DetailedFinding extends SpecialCategoryFinding {
  text: string;
  /** Only for 'health'. */
  subtype?: HealthSubtype;
}

export interface Explanation {
  nl: string;
  en: string;
}

// ---------------------------------------------------------------------------------------
// Rules

interface Rule {
  category: SpecialCategory;
  subtype?: HealthSubtype;
  re: RegExp;
  /** The term also names a workplace or profession: silent in a work clause. */
  workplace?: boolean;
  /** Silent when the text just before the match ends like this. */
  vetoBefore?: RegExp;
  /** Silent when the matched text itself matches this (e.g. "klantklachten"). */
  vetoMatch?: RegExp;
}

interface RuleOptions {
  subtype?: HealthSubtype;
  caseSensitive?: boolean;
  workplace?: boolean;
  vetoBefore?: RegExp;
  vetoMatch?: RegExp;
}

const alt = (xs: readonly string[]): string => xs.join('|');

// Letters of any script count as word characters, so "ï" or "é" never splits a word;
// a hyphen does, so "GGZ-behandeling" holds the word "GGZ".
const wordRe = (src: string, flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, flags);

function rule(category: SpecialCategory, terms: readonly string[], o: RuleOptions = {}): Rule {
  return {
    category,
    subtype: o.subtype,
    re: wordRe(alt(terms), o.caseSensitive ? 'gu' : 'giu'),
    workplace: o.workplace,
    vetoBefore: o.vetoBefore,
    vetoMatch: o.vetoMatch,
  };
}

// Patterns are written accent-free and lower case: they run on a folded copy of the text.

const DOCTORS = [
  String.raw`(?<!-)arts(?:en)?`,
  String.raw`huisarts\p{L}*`,
  'longarts',
  'oogarts',
  'tandarts',
  'kinderarts',
  'kno-arts',
  'revalidatiearts',
  'verslavingsarts',
  'sportarts',
  'dokters?',
  'internist',
  String.raw`\p{L}*psycholo(?:og|ge|gen)`,
  String.raw`\p{L}*psychiaters?`,
  String.raw`\p{L}*therapeut(?:e|en)?`,
  'neuroloog',
  'cardioloog',
  'oncoloog',
  'orthopeed',
  'reumatoloog',
  'gynaecoloog',
  'uroloog',
  'dermatoloog',
  String.raw`\p{L}*chirurg(?:en)?`,
  'fysio',
  String.raw`logopedist\p{L}*`,
  String.raw`dietist\p{L}*`,
  'osteopaat',
  'chiropractor',
  'poh(?:[- ]ggz)?',
  'praktijkondersteuner',
  'medische? specialist',
  'doctors?',
  'psychologists?',
  'psychiatrists?',
  'physiotherapists?',
  'therapists?',
  String.raw`(?<!occupational\s)(?<!company\s)physicians?`,
  'neurologists?',
  'cardiologists?',
  'oncologists?',
  'surgeons?',
];

const BODY_PARTS = alt([
  'rug',
  'nek',
  'schouders?',
  'knie(?:en|e?s)?',
  'heupe?n?',
  'enkels?',
  'polsen?',
  'armen?',
  'been',
  'benen',
  'voeten?',
  'handen?',
  'hoofd',
  'buik',
  'maag',
  'darmen',
  'ogen',
  'oren',
  'gewrichten',
  'spieren',
  'elleboog',
  'vingers?',
]);

const healthRules: Rule[] = [
  rule(
    'health',
    [
      String.raw`depress\p{L}*`,
      String.raw`burn[- ]?out\p{L}*`,
      String.raw`overspannen\p{L}*`,
      'overspanning',
      'hernia',
      'artrose',
      'artritis',
      String.raw`reuma\p{L}*`,
      'fibromyalgie',
      'whiplash',
      'diabetes',
      'suikerziekte',
      'leukemie',
      'lymfoom',
      'tumor(?:en)?',
      'multiple sclerose',
      'parkinson',
      'alzheimer',
      'dementie',
      String.raw`epilep\p{L}*`,
      'migraines?',
      String.raw`astma\p{L}*`,
      'asthma',
      'copd',
      'hartinfarct',
      'hartaanval',
      'herseninfarct',
      'beroerte',
      'hersenletsel',
      'hersenschudding',
      'hypertensie',
      'hartfalen',
      'long[- ]?covid',
      'post[- ]?covid',
      'covid(?:-19)?',
      'hiv',
      'hepatitis',
      'obesitas',
      'overgewicht',
      'anorexia',
      'boulimia',
      String.raw`verslaafd\p{L}*`,
      String.raw`alcoholis\p{L}*`,
      String.raw`psychose\p{L}*`,
      String.raw`psychotisch\p{L}*`,
      String.raw`schizofren\p{L}*`,
      String.raw`bipola\p{L}*`,
      String.raw`manisch\p{L}*`,
      'borderline',
      'ptss',
      'ptsd',
      'adhd',
      String.raw`autis\p{L}*`,
      'asperger',
      'dyslexie',
      'dyslectisch',
      'dyscalculie',
      'tinnitus',
      String.raw`zwanger\p{L}*`,
      String.raw`pregnan\p{L}*`,
      "trauma(?:'?s)?",
      'getraumatiseerd',
      'traumatische',
      String.raw`\p{L}*bloeddruk`,
      'chronisch ziek',
      'chronische (?:ziekte|aandoening|pijn)',
      'aandoening(?:en)?',
      String.raw`ziekte van \p{L}+`,
      'gebroken (?:been|arm|pols|enkel|heup|ribs?|ribben|sleutelbeen|voet|hand|teen|vinger|knie)',
      String.raw`\p{L}*kanker`,
      'cancer',
      String.raw`\p{L}+ziekte`,
      String.raw`\p{L}*stoornis(?:sen)?`,
      String.raw`\p{L}*verslaving(?:en)?`,
      String.raw`addict\p{L}*`,
      String.raw`schildklier\p{L}*`,
      String.raw`diagnos\p{L}*`,
      'gediagnosticeerd',
      'heart attack',
      'stroke',
      'chronic(?:ally)? ill(?:ness)?',
      String.raw`\p{L}*ontsteking(?:en)?`,
      String.raw`\p{L}*blessures?`,
      'infectie',
      'griep',
      String.raw`\p{L}*koorts`,
      String.raw`allergi\p{L}*`,
      'eczeem',
      'psoriasis',
      'glaucoom',
      'staar',
      'maculadegeneratie',
      'doofheid',
      'gehoorverlies',
      'osteoporose',
      'botontkalking',
      'jicht',
      'endometriose',
      'prikkelbare darm',
      'maagzweer',
      '(?:nier|gal)stenen',
      'kruisband',
      'meniscus',
      'tennisarm',
      'frozen shoulder',
      String.raw`carpaal\p{L}*`,
      String.raw`verstuik\p{L}*`,
      String.raw`suicid\p{L}*`,
      String.raw`zelfmoord\p{L}*`,
      'zelfbeschadiging',
      'automutilatie',
      String.raw`(?:drugs|cannabis|cocaine|alcohol|middelen)gebruik`,
      'blowt',
      'blowen',
      '(?:slaap)?apneu',
      'cpap',
      '(?:hart|nier|long|oog|hersen|spier|bloed|chromosoom)afwijking(?:en)?',
      // Not "bevallen": "de stage is hem goed bevallen" means he liked it.
      String.raw`bevalling\p{L}*`,
    ],
    { subtype: 'diagnosis' },
  ),
  // Corona is mostly the crisis of 2020, not an illness of the client.
  rule('health', ['corona'], {
    subtype: 'diagnosis',
    vetoBefore: /(?:tijdens|sinds|voor|na|door|vanwege|during|since|before|after)\s*$/iu,
  }),
  rule(
    'health',
    [
      'ADD',
      'ASS',
      'CVA',
      'TIA',
      'NAH',
      'RSI',
      'CVS',
      'MS(?![ -]?(?:Office|Word|Excel|Teams|Access|Project|Dynamics|Paint|DOS|Outlook))',
    ],
    { subtype: 'diagnosis', caseSensitive: true },
  ),
  rule(
    'health',
    [
      String.raw`\p{L}+klachten`,
      '(?:lichamelijke|fysieke|psychische|mentale|medische|psychosomatische|chronische|aanhoudende)\\s+(?:klachten|problemen)',
      String.raw`klachten\s+aan\s+(?:zijn|haar|de|het)\s+\p{L}+`,
      String.raw`\p{L}*pijn(?:en)?`,
      String.raw`vermoeid\p{L}*`,
      String.raw`oververmoeid\p{L}*`,
      'slapeloosheid',
      'slaapt slecht',
      '(?:slaap|gezondheids|hart|rug|knie|nek|schouder|concentratie|geheugen|alcohol|drank|drugs|maag|darm|long|ademhalings)problemen',
      String.raw`paniekaanval\p{L}*`,
      String.raw`angstaanval\p{L}*`,
      String.raw`misselijk\p{L}*`,
      String.raw`duizelig\p{L}*`,
      String.raw`hyperventil\p{L}*`,
      'oorsuizen',
      String.raw`somber\p{L}*`,
      'angsten',
      String.raw`last\s+van\s+(?:zijn|haar|de|het|hun)\s+(?:${BODY_PARTS})`,
      String.raw`pijn\s+aan\s+(?:zijn|haar|de|het|hun)\s+(?:${BODY_PARTS})`,
      'pains?',
      'headaches?',
      'backache',
      'panic attacks?',
      'anxiety',
      'insomnia',
      'fatigue',
    ],
    // Complaints from customers are a job, not a symptom.
    { subtype: 'complaint', vetoMatch: /^(?:klant|consument|publieks|burger)/iu },
  ),
  rule(
    'health',
    [
      String.raw`medicijn\p{L}*`,
      String.raw`medicat\p{L}*`,
      String.raw`medicament\p{L}*`,
      'medicines?',
      String.raw`slaappil\p{L}*`,
      String.raw`slaapmiddel\p{L}*`,
      String.raw`kalmeringsmiddel\p{L}*`,
      String.raw`pijnstiller\p{L}*`,
      'painkillers?',
      String.raw`antidepressiv\p{L}*`,
      'antidepressants?',
      String.raw`antipsychotic\p{L}*`,
      String.raw`bloedverdunner\p{L}*`,
      String.raw`bloeddrukverlager\p{L}*`,
      String.raw`betablokker\p{L}*`,
      String.raw`anti-?epileptic\p{L}*`,
      String.raw`antibiotic\p{L}*`,
      'sleeping pills?',
      'insuline?',
      'paracetamol',
      'ibuprofen',
      'diclofenac',
      'naproxen',
      String.raw`\p{L}+azepam`,
      String.raw`\p{L}+azolam`,
      'ritaline?',
      'methylfenidaat',
      'concerta',
      'dexamfetamine',
      'sertraline',
      'citalopram',
      'escitalopram',
      'paroxetine',
      'fluoxetine',
      'venlafaxine',
      'duloxetine',
      'mirtazapine',
      'amitriptyline',
      'nortriptyline',
      'lithium',
      'quetiapine',
      'olanzapine',
      'risperidone?',
      'aripiprazole?',
      'haloperidol',
      'clozapine',
      'metformine?',
      'morfine',
      'morphine',
      'oxycodone?',
      'fentanyl',
      'tramadol',
      'codeine',
      'methadon',
      'prednison(?:e|olon)?',
      'levothyroxine',
      String.raw`puffer\p{L}*`,
    ],
    { subtype: 'medication' },
  ),
  rule(
    'health',
    [
      'emdr',
      String.raw`chemo\p{L}*`,
      String.raw`bestraling\p{L}*`,
      'dialyse',
      'transplantatie',
      String.raw`afkick\p{L}*`,
      String.raw`ontwenning\p{L}*`,
      'geopereerd',
      'ingrepen',
      'ingreep',
      'behandeltraject',
      'behandelplan',
      String.raw`behandelaar\p{L}*`,
      'behandeld (?:voor|aan|tegen)',
      'treated for',
      'being treated',
      'treatments? for',
      'surgery',
      'operated',
      String.raw`rehab\p{L}*`,
      'psychiatrische (?:hulp|zorg|opname)',
      'mri(?:-scan)?',
      'ct-scan',
      String.raw`rontgen\p{L}*`,
      'bloedonderzoek',
      'biopt',
      'biopsie',
      'kunst(?:knie|heup|been|gebit)',
      String.raw`prothese\p{L}*`,
      'nieuwe (?:heup|knie)',
      'verslavingszorg',
      'ziekenhuisopname',
      'crisisopname',
    ],
    { subtype: 'treatment' },
  ),
  // "Haar aanvraag is in behandeling" is UWV processing, not treatment.
  rule('health', ['(?:in|onder) behandeling'], {
    subtype: 'treatment',
    vetoBefore:
      /(?:aanvraag|bezwaar|bezwaarschrift|verzoek|zaak|dossier|klacht|sollicitatie|melding|aanmelding|uitkering|declaratie|claim|formulier|brief)\s+(?:\p{L}+\s+){0,3}$/iu,
  }),
  rule(
    'health',
    [
      String.raw`\p{L}*therapie(?:en)?`,
      String.raw`\p{L}*therapy`,
      'therapies',
      '(?:knie|heup|rug|hart|oog|schouder|hernia|darm|borst|enkel|pols|hand|voet|nek|bypass|maag|staar|galblaas|blindedarm)?-?operaties?',
      String.raw`revalid\p{L}*`,
      String.raw`ziekenhuis\p{L}*`,
      String.raw`hospital\p{L}*`,
      String.raw`kliniek\p{L}*`,
      String.raw`\p{L}+kliniek`,
      String.raw`psychiatrisch\p{L}*`,
      String.raw`ggz(?:-\p{L}+)?`,
      String.raw`wijkverple\p{L}*`,
      'huisartsenpost',
      'spoedeisende hulp',
      String.raw`\p{L}*umc\p{L}*`,
      'erasmus mc',
      'tactus',
      'brijder',
      'jellinek',
      'novadic(?:-kentron)?',
      'iriszorg',
      'parnassia',
      'dimence',
      'lentis',
      'mondriaan',
      'pro persona',
      'arkin',
      'altrecht',
      'yulius',
      'ggnet',
      'emergis',
      String.raw`acupunct\p{L}*`,
      ...DOCTORS,
    ],
    { subtype: 'treatment', workplace: true },
  ),
  rule(
    'health',
    [
      `(?:afspraak|afspraken|consult|controle|spreekuur|onderzoek|gesprek|intake)\\s+(?:bij|met|van)\\s+(?:de|het|een|zijn|haar|hun)\\s+(?:${alt(DOCTORS)})`,
      `appointments?\\s+(?:with|at)\\s+(?:the|a|an|his|her|their)\\s+(?:${alt(DOCTORS)})`,
    ],
    { subtype: 'appointment' },
  ),
];

const religionRules: Rule[] = [
  rule('religion', [
    'ramadan',
    String.raw`vasten(?:maand|periode|tijd)?`,
    'suikerfeest',
    'offerfeest',
    'eid',
    'iftar',
    'divali',
    'diwali',
    'pesach',
    'chanoeka',
    'jom kipoer',
    'sjabbat',
    'sabbat',
    'zondagsrust',
    'bidt',
    'bidden',
    'gebed',
    'gebeden',
    'gebedsruimte',
    'gebedstijd(?:en)?',
    'gebedskleed',
    'vrijdaggebed',
    'moslim(?:a|s)?',
    "moslima(?:'?s)?",
    'muslims?',
    String.raw`islam\p{L}*`,
    'christen(?:en)?',
    'christendom',
    'christianity',
    String.raw`(?:an?|practi[cs]ing|devout|is|are)\s+christians?`,
    'christian\\s+(?:faith|church|values|family|background|community|beliefs?)',
    String.raw`jehova(?:'?s)?(?:\s+getuigen?)?`,
    'jodendom',
    'jood',
    'joden',
    'jewish',
    'judaism',
    'koosjer',
    'kosher',
    'halal',
    'hindoes?',
    String.raw`hindoeis\p{L}*`,
    String.raw`hindu\p{L}*`,
    String.raw`boeddhis\p{L}*`,
    String.raw`buddhis\p{L}*`,
    String.raw`sikh\p{L}*`,
    'tulband',
    String.raw`hoofddoek\p{L}*`,
    'headscar(?:f|ves)',
    'hidjaa?b',
    'hijab',
    'boerka',
    'niqaab',
    'nikab',
    'keppel',
    String.raw`gelovig\p{L}*`,
    // "Geloof in zichzelf" is self-confidence, "geloof in God" is religion.
    String.raw`geloof(?!\s+in\s+(?:zichzelf|haar|hem|zijn|eigen|het|de|een)(?![\p{L}\p{N}]))`,
    'geloofsovertuiging',
    String.raw`religi\p{L}*`,
    String.raw`levensbeschouw\p{L}*`,
    'levensovertuiging',
    String.raw`atheist\p{L}*`,
    String.raw`agnost\p{L}*`,
    'imams?',
    'dominee',
    'pastoor',
    'priesters?',
    'priests?',
    'rabbijn',
    'rabbi',
    'pandit',
    String.raw`bijbel\p{L}*`,
    'bible',
    String.raw`koran\p{L}*`,
    'quran',
    'naar de mis',
    'bekeerd',
    'bekering',
    'prays',
    'praying',
    'prayers?',
    String.raw`faith(?!\s+in(?![\p{L}\p{N}]))`,
  ]),
  rule(
    'religion',
    [
      String.raw`moskee\p{L}*`,
      'kerk',
      'kerken',
      String.raw`kerkelijk\p{L}*`,
      String.raw`kerkdienst\p{L}*`,
      String.raw`kerkgang\p{L}*`,
      'kerkgenootschap',
      'kerkbestuur',
      'kerkkoor',
      'kerkraad',
      'kerkgemeenschap',
      String.raw`synago\p{L}*`,
      'tempel',
      'mandir',
      'gurdwara',
      'koranschool',
      'zondagsschool',
      'mosques?',
      'church(?:es)?',
      'temple',
      String.raw`christelijk\p{L}*`,
      String.raw`katholiek\p{L}*`,
      String.raw`catholic\p{L}*`,
      String.raw`protestant\p{L}*`,
      String.raw`gereformeerd\p{L}*`,
      String.raw`hervormd\p{L}*`,
      String.raw`evangelisch\p{L}*`,
      'pinkstergemeente',
      String.raw`baptist\p{L}*`,
      String.raw`joods\p{L}*`,
    ],
    {
      workplace: true,
      // A church or mosque as a landmark ("naast de moskee") says nothing about belief.
      vetoBefore:
        /(?:naast|tegenover|achter|vlakbij|vlak bij|dichtbij|langs|next to|opposite)\s+(?:de|het|een|the|a)\s*$/iu,
    },
  ),
];

// Base forms of origin adjectives; the inflected form is derived (marokkaans → marokkaanse,
// chinees → chinese, indiaas → indiase).
const ORIGIN_ADJECTIVES = [
  'marokkaans',
  'turks',
  'surinaams',
  'antilliaans',
  'curacaos',
  'arubaans',
  'indonesisch',
  'indisch',
  'moluks',
  'syrisch',
  'eritrees',
  'somalisch',
  'afghaans',
  'iraaks',
  'iraans',
  'pools',
  'bulgaars',
  'roemeens',
  'ghanees',
  'nigeriaans',
  'chinees',
  'indiaas',
  'hindoestaans',
  'kaapverdiaans',
  'oekraiens',
  'ethiopisch',
  'soedanees',
  'jemenitisch',
  'pakistaans',
  'bosnisch',
  'servisch',
  'kroatisch',
  'kosovaars',
  'koerdisch',
  'arabisch',
  'afrikaans',
  'aziatisch',
  'caribisch',
  'berbers',
  'egyptisch',
  'algerijns',
  'tunesisch',
  'libanees',
  'palestijns',
  'israelisch',
  'russisch',
  'armeens',
  'vietnamees',
  'filipijns',
  'thais',
  'japans',
  'koreaans',
  'braziliaans',
  'colombiaans',
  'venezolaans',
  'dominicaans',
  'kameroens',
  'congolees',
  'angolees',
  'portugees',
  'spaans',
  'italiaans',
  'grieks',
  'frans',
  'duits',
  'belgisch',
  'brits',
  'engels',
  'iers',
  'amerikaans',
  'nederlands',
  'hongaars',
  'tsjechisch',
  'slowaaks',
  'litouws',
  'lets',
  'moldavisch',
  'albanees',
  'macedonisch',
  'senegalees',
  'nepalees',
];
const inflect = (base: string): string =>
  base.endsWith('ees')
    ? `${base.slice(0, -3)}ese`
    : base.endsWith('aas')
      ? `${base.slice(0, -3)}ase`
      : `${base}e`;
const ADJ = alt(ORIGIN_ADJECTIVES.flatMap((b) => [b, inflect(b)]));
const ADJ_BASE = alt(ORIGIN_ADJECTIVES);
// After "is" an origin adjective describes a person; languages used for documents
// ("het cv is Engels") are left out.
const ADJ_COPULA = alt(
  ORIGIN_ADJECTIVES.filter(
    (b) => !['nederlands', 'engels', 'frans', 'duits', 'spaans'].includes(b),
  ),
);
const EN_COUNTRIES = alt([
  'morocco',
  'turkey',
  'suriname',
  'curacao',
  'syria',
  'eritrea',
  'somalia',
  'afghanistan',
  'iraq',
  'iran',
  'poland',
  'bulgaria',
  'romania',
  'ghana',
  'nigeria',
  'china',
  'india',
  'indonesia',
  'ukraine',
  'ethiopia',
  'sudan',
  'yemen',
  'pakistan',
  'bosnia',
  'serbia',
  'kosovo',
  'egypt',
  'algeria',
  'tunisia',
  'lebanon',
  'palestine',
  'russia',
  'vietnam',
  'the philippines',
  'brazil',
  'colombia',
  'venezuela',
  'cameroon',
  'congo',
  'angola',
]);
const ORIGIN_NOUNS = alt([
  'afkomst',
  'achtergrond',
  'komaf',
  'roots',
  'wortels',
  'herkomst',
  'origine',
  'mann?en',
  'man',
  'vrouw(?:en)?',
  'jongens?',
  'jongem(?:an|annen)',
  'meisjes?',
  'meid(?:en)?',
  'dame',
  'heer',
  'moeder',
  'vader',
  'ouders',
  'familie',
  'gezin',
  'gemeenschap',
  'nederlanders?',
  "collega(?:'?s)?",
  'vrienden',
  'vriendin',
  'vriend',
  'buren',
  'clienten?',
  'cliente',
  'vluchtelinge?n?',
  'asielzoekers?',
  'statushouders?',
  'nieuwkomers?',
  'migranten?',
  'naam',
  'achternaam',
  'uiterlijk',
  'accent',
]);
const COUNTRIES = alt([
  'marokko',
  'turkije',
  'suriname',
  'curacao',
  'aruba',
  'bonaire',
  'sint maarten',
  '(?:de )?antillen',
  'indonesie',
  'syrie',
  'eritrea',
  'somalie',
  'afghanistan',
  'irak',
  'iran',
  'polen',
  'bulgarije',
  'roemenie',
  'ghana',
  'nigeria',
  'china',
  'india',
  'kaapverdie',
  'oekraine',
  'ethiopie',
  'soedan',
  'jemen',
  'pakistan',
  'bosnie',
  'servie',
  'kroatie',
  'kosovo',
  'koerdistan',
  'egypte',
  'algerije',
  'tunesie',
  'libanon',
  'palestina',
  'israel',
  'rusland',
  'armenie',
  'vietnam',
  '(?:de )?filipijnen',
  'thailand',
  'brazilie',
  'colombia',
  'venezuela',
  'kameroen',
  'congo',
  'angola',
  'sierra leone',
  'guinee',
  'libie',
  'jordanie',
  'albanie',
  'macedonie',
  'moldavie',
  'hongarije',
  'litouwen',
  'letland',
  'portugal',
  'spanje',
  'italie',
  'griekenland',
  'frankrijk',
  'duitsland',
  'belgie',
  'engeland',
  'ierland',
  'amerika',
]);
const ORIGIN_VERBS = alt([
  'komt',
  'kwam',
  'komen',
  'kwamen',
  'afkomstig',
  'geboren',
  'getogen',
  'gevlucht',
  'vluchtte',
  'vluchtten',
  'opgegroeid',
  'emigreerde',
  'geemigreerd',
  'vluchtelinge?n?',
  'familie',
  'roots',
  'wortels',
]);
const EN_ORIGIN_ADJECTIVES = alt([
  'moroccan',
  'turkish',
  'surinamese',
  'antillean',
  'syrian',
  'eritrean',
  'somali',
  'afghan',
  'polish',
  'chinese',
  'indonesian',
  'kurdish',
  'ghanaian',
  'nigerian',
  'dutch',
  'german',
  'iraqi',
  'iranian',
  'indian',
  'pakistani',
  'african',
  'asian',
  'arab',
  'caribbean',
  'ukrainian',
  'romanian',
  'bulgarian',
]);

const ethnicityRules: Rule[] = [
  rule('ethnicity', [
    `(?:${ADJ})\\s+(?:${ORIGIN_NOUNS})`,
    `(?:${ADJ_BASE})-(?:nederlands\\p{L}*|nederlanders?)`,
    "marokkan(?:en|en's)?",
    'marokkaan',
    'turken',
    'turk',
    'surinamers?',
    'antillianen',
    'antilliaan',
    'syriers?',
    'eritreeers?',
    'somaliers?',
    'afghanen',
    'afghaan',
    'irakezen',
    'irakees',
    'iraniers?',
    'ghanezen',
    'nigerianen',
    'nigeriaan',
    'koerden',
    'koerd',
    'berber',
    'hindoestan(?:en)?',
    'hindoestaan',
    'molukkers?',
    'roma',
    'sinti',
    String.raw`allochto\p{L}*`,
    String.raw`autochto\p{L}*`,
    'buitenlanders?',
    'kleurlingen',
    'kleurling',
    'afkomst',
    'komaf',
    String.raw`\p{L}*migratieachtergrond`,
    'migrantenachtergrond',
    String.raw`niet-westers\p{L}*`,
    String.raw`bicultur\p{L}*`,
    'culturele achtergrond',
    String.raw`etnisch\p{L}*`,
    'etniciteit',
    String.raw`\p{L}*huidskleur`,
    'land van herkomst',
    '(?:tweede|derde)[- ]generatie',
    '(?:donkere|zwarte|getinte)\\s+(?:huid|man|vrouw|jongen|jongeman|meid|meisje)',
    `(?:${ORIGIN_VERBS})\\s+(?:(?:oorspronkelijk|zelf|ook|en getogen)\\s+)?(?:uit|in|van|vanuit)\\s+(?:${COUNTRIES})`,
    `(?:uit|van)\\s+(?:${COUNTRIES})\\s+(?:(?:is|zijn|was|waren)\\s+)?(?:gevlucht|gekomen|afkomstig|vandaan|geemigreerd|overgekomen)`,
    `(?:${COUNTRIES})\\s+vandaan`,
    `in\\s+(?:${COUNTRIES})\\s+(?:geboren|opgegroeid|getogen)`,
    `(?:uit|vanuit)\\s+(?:${COUNTRIES})\\s+naar\\s+nederland`,
    `(?:${EN_ORIGIN_ADJECTIVES})\\s+(?:descent|origin|background|heritage|roots|man|woman|family|community)`,
    `(?:is|ben|bent|was)\\s+(?:${ADJ_COPULA})(?![\\p{L}\\p{N}-])`,
    `(?:born|raised|grew up)\\s+in\\s+(?:${EN_COUNTRIES})`,
    `(?:comes?|came|fled|originally)\\s+(?:originally\\s+)?from\\s+(?:${EN_COUNTRIES})`,
    String.raw`ethnic\p{L}*`,
    'descent',
    'migra(?:nt|tion) background',
    'skin colou?r',
    'racial',
  ]),
];

const politicsRules: Rule[] = [
  rule('politics', [
    'pvv',
    'vvd',
    'cda',
    'd66',
    'pvda',
    'groenlinks(?:-pvda)?',
    'gl-pvda',
    'pvdd',
    'christenunie',
    'sgp',
    'fvd',
    'forum voor democratie',
    'ja21',
    'bbb',
    'boerburgerbeweging',
    'nieuw sociaal contract',
    'bij1',
    '50plus',
    'partij voor de dieren',
    'partij voor de vrijheid',
    'labour party',
    String.raw`(?:stemt|stemde|stemden|stemmen)\s+(?:(?:al|altijd|nooit|meestal|vaak|niet|jaren|steeds|zelf)\s+)*op\s+(?:de|het|een|links|rechts)`,
    String.raw`partijlid\p{L}*`,
    'partijkaart',
    'lid van (?:een|de) (?:politieke )?partij',
    String.raw`politieke partij\p{L}*`,
    'politiek (?:actief|betrokken|geengageerd)',
    String.raw`politieke (?:voorkeur|overtuiging\p{L}*|kleur|opvatting\p{L}*|ideeen|mening\p{L}*|standpunt\p{L}*|activiteit\p{L}*|idealen|achtergrond)`,
    'gemeenteraadslid',
    'raadslid',
    'statenlid',
    'kamerlid',
    'fractievoorzitter',
    'fractielid',
    'raadswerk',
    String.raw`extreem-?rechts\p{L}*`,
    String.raw`extreem-?links\p{L}*`,
    String.raw`rechtsextrem\p{L}*`,
    String.raw`linksextrem\p{L}*`,
    String.raw`radicalis\p{L}*`,
    String.raw`\p{L}*activist(?:e|en)?`,
    String.raw`\p{L}*activists?`,
    'extinction rebellion',
    String.raw`actievoerder\p{L}*`,
    String.raw`betoging\p{L}*`,
    'protestmars',
    String.raw`op\s+(?:links|rechts|extreemrechts|extreemlinks)\s+(?:stemt|stemde|stemden|stemmen|gestemd)`,
    '(?:links|rechts) (?:stemmen|stemt|stemde|gestemd)',
    String.raw`(?:mars|optocht|protest|protestactie|actie|acties)\s+tegen\s+(?:racisme|discriminatie|de regering|het kabinet|de oorlog|oorlog|het klimaatbeleid|de klimaatplannen|abortus)`,
    'klimaatmars',
    '(?:klimaat|boeren|vredes|pro-?palestina|anti-?\\p{L}+)demonstraties?',
    String.raw`demonstr\p{L}*\s+tegen`,
    'demonstraties?\\s+(?:voor het klimaat|op het malieveld)',
    '(?:ging|gaat|gaan|gingen|wil|willen)\\s+(?:mee\\s+)?demonstreren',
    'political (?:views?|beliefs?|opinions?|preferences?|party)',
    'politically active',
    'party member',
    String.raw`member of the \p{L}+ party`,
    '(?:votes?|voted|voting) for',
    String.raw`(?:climate|political|anti-\p{L}+)\s+(?:protests?|demonstrations?|march(?:es)?)`,
    'protest(?:ed|s)? against the (?:government|war)',
  ]),
  // Ambiguous in lower case: "sp" abbreviations, "denk" (I think), "volt", "nsc".
  rule('politics', ['SP', 'DENK', 'Volt', 'NSC', 'Labour'], { caseSensitive: true }),
];

const sexualLifeRules: Rule[] = [
  rule('sexual-life', [
    "homo(?:'?s)?",
    String.raw`homoseksu\p{L}*`,
    String.raw`homofiel\p{L}*`,
    'homohuwelijk',
    String.raw`lesbisch\p{L}*`,
    String.raw`lesbienne\p{L}*`,
    String.raw`biseksu\p{L}*`,
    String.raw`aseksu\p{L}*`,
    String.raw`panseksu\p{L}*`,
    String.raw`transgender\p{L}*`,
    'transvrouw',
    'transman',
    String.raw`non-binai?r\p{L}*`,
    String.raw`non-binary`,
    String.raw`lhbt\p{L}*`,
    String.raw`lgbt\p{L}*`,
    'queer',
    'seksuele (?:geaardheid|orientatie|voorkeur|identiteit)',
    'geaardheid',
    'uit de kast',
    'coming[- ]?out',
    'came out',
    'seksleven',
    'seksualiteit',
    'seksueel (?:actief|leven)',
    String.raw`sekswerk\p{L}*`,
    String.raw`prostitu\p{L}*`,
    'zijn (?:man|echtgenoot)',
    String.raw`(?:hij|meneer)\s+(?:\p{L}+\s+){0,2}?(?:getrouwd met|samen met|heeft)\s+(?:een|zijn)\s+(?:man|echtgenoot)(?!\s+als)`,
    String.raw`(?:ze|zij|mevrouw)\s+(?:\p{L}+\s+){0,2}?(?:getrouwd met|samen met|heeft)\s+(?:een|haar)\s+(?:vrouw|echtgenote)(?!\s+als)`,
    'transitietraject',
    'gendertransitie',
    String.raw`genderbevestigende\s+\p{L}+`,
    'haar (?:vrouw|echtgenote)',
    'his husband',
    'her wife',
    'gay',
    'lesbians?',
    'bisexual',
    'sexual orientation',
    'sex life',
    String.raw`sex work\p{L}*`,
  ]),
];

const unionRules: Rule[] = [
  rule(
    'union',
    [
      String.raw`vakbond\p{L}*`,
      'vakbeweging',
      'vakcentrale',
      String.raw`fnv\p{L}*`,
      String.raw`cnv\p{L}*`,
      'bondslid',
      'kaderlid',
      '(?:trade|labou?r) unions?',
      String.raw`union (?:member\p{L}*|lawyer|rep\p{L}*|official)`,
    ],
    { workplace: true },
  ),
  // "de Europese Unie" is not a union; the Dutch union calls itself "De Unie".
  rule('union', ['De Unie'], { caseSensitive: true, workplace: true }),
];

// "Aangifte tegen hem" makes him the suspect, so "tegen" ends the victim reading.
const VICTIM_BEFORE =
  /(?:slachtoffer|victim|aangifte|gedupeerde?)(?:\s+(?!tegen(?!\p{L}))\p{L}+){0,4}\s*$/iu;

const criminalRules: Rule[] = [
  rule('criminal', [
    'strafblad',
    'justitiele documentatie',
    'geen vog',
    'negatieve vog',
    'weigering (?:van )?(?:de |een )?vog',
    'voornemen tot weigering',
    'vog(?:-aanvraag)? (?:is |werd |wordt )?(?:geweigerd|afgewezen|niet (?:afgegeven|verleend|gekregen))',
    'halt-(?:traject|straf|afdoening|zitting)',
    'aangehouden (?:wegens|op verdenking)',
    'rijden onder invloed',
    'onder invloed gereden',
    'veroordeeld',
    'veroordeling(?:en)?',
    'gevangen gezeten',
    String.raw`gedetineerd\p{L}*`,
    String.raw`detentie\p{L}*`,
    String.raw`\p{L}*straf(?:fen)?`,
    String.raw`strafrecht\p{L}*`,
    String.raw`strafzaak\p{L}*`,
    'strafbaar feit',
    'strafbeschikking',
    'enkelband',
    'tbs',
    String.raw`tbs-\p{L}+`,
    'bajes',
    'in de cel',
    'vastgezeten',
    'opgepakt (?:door de politie|wegens|vanwege)',
    'gearresteerd',
    'arrestatie',
    'aangehouden door de politie',
    'verdacht van',
    'in aanraking (?:geweest )?met (?:de )?(?:politie|justitie)',
    'openbaar ministerie',
    'dagvaarding',
    'gedagvaard',
    String.raw`\p{L}*delict(?:en)?`,
    'misdrijf',
    'misdrijven',
    'heling',
    'witwassen',
    'drugshandel',
    'rijontzegging',
    'rijbewijs (?:ingevorderd|ingenomen)',
    'voorlopige hechtenis',
    'voorarrest',
    '(?:contact|gebieds|locatie|straat)verbod',
    'jeugdinrichting',
    'jji',
    'isd-maatregel',
    'voorwaardelijk (?:veroordeeld|ontslag|ontslagen)',
    'hechtenis',
    'criminal record',
    'police record',
    'convicted',
    'convictions?',
    'jail',
    'probation',
    'parole',
    'community service',
    'arrested',
    'ankle (?:monitor|tag)',
    'offen[cs]es?',
  ]),
  // A victim, or someone who reported the offence, has no criminal past.
  rule(
    'criminal',
    [
      String.raw`\p{L}*mishandeling`,
      String.raw`\p{L}*diefstal(?:len)?`,
      String.raw`inbra(?:ak|ken)`,
      'theft',
      'assault',
    ],
    { vetoBefore: VICTIM_BEFORE },
  ),
  rule(
    'criminal',
    [
      String.raw`\p{L}*gevangenis\p{L}*`,
      String.raw`reclassering\p{L}*`,
      'justitie',
      String.raw`penitentiair\p{L}*`,
      'prisons?',
    ],
    { workplace: true },
  ),
  rule('criminal', [String.raw`\p{L}*fraude`], { workplace: true, vetoBefore: VICTIM_BEFORE }),
  rule('criminal', ['PI', 'OM'], { caseSensitive: true }),
];

const biometricGeneticRules: Rule[] = [
  rule('biometric-genetic', [
    String.raw`vingerafdruk\p{L}*`,
    String.raw`vingerscan\p{L}*`,
    String.raw`irisscan\p{L}*`,
    String.raw`gezichtsherkenning\p{L}*`,
    'gezichtsscan',
    String.raw`gezicht\s+(?:\p{L}+\s+)?gescand`,
    'scan van (?:zijn|haar|je|het) gezicht',
    'handscan',
    'handpalmscan',
    String.raw`biometri\p{L}*`,
    String.raw`erfelijk\p{L}*`,
    String.raw`genetisch\p{L}*`,
    'genetica',
    String.raw`gentest\p{L}*`,
    'genoom',
    'dragerschap',
    'gen-?mutaties?',
    'genafwijking(?:en)?',
    'brca\\d?(?:-gen)?',
    String.raw`fingerprint\p{L}*`,
    'facial recognition',
    'iris scan',
    String.raw`genetic\p{L}*`,
    'hereditary',
  ]),
  // "Ondernemen zit in haar DNA" is a figure of speech.
  rule('biometric-genetic', [String.raw`dna(?:-\p{L}+)?`], {
    vetoBefore:
      /(?:^|\s)in\s+(?:zijn|haar|het|ons|mijn|onze|hun|je|jouw|their|her|his|our|my|the|its)\s*$/iu,
  }),
];

const financialRules: Rule[] = [
  rule('financial', [
    String.raw`\p{L}*schulden\p{L}*`,
    '(?:studie|belasting|huur|zorg|energie|rest|gas|telefoon)schuld',
    String.raw`schuld\s+van\s+(?:(?:ruim|bijna|meer dan|ongeveer|circa|zo'?n)\s+)?(?:€\s?|eur\s?)?\d+(?:[.,]\d+)*`,
    'betalingsherinnering(?:en)?',
    String.raw`(?:kan|kon|kunnen|konden)\s+(?:de|het|zijn|haar|hun)\s+(?:\p{L}+\s+){0,2}niet\s+(?:meer\s+)?betalen`,
    String.raw`schuldsanering\p{L}*`,
    String.raw`schuldbemiddel\p{L}*`,
    String.raw`schuldeiser\p{L}*`,
    'beschermingsbewind',
    'onder bewind',
    'onder curatele',
    'loonbeslag',
    'derdenbeslag',
    'beslaglegging',
    'beslagvrije voet',
    String.raw`beslag\s+(?:gelegd|leggen|op\s+(?:zijn|haar|het|de)\s+(?:loon|uitkering|salaris|inkomen|rekening|bankrekening|auto|toeslag\p{L}*))`,
    String.raw`bkr\p{L}*`,
    String.raw`kredietwaardig\p{L}*`,
    'leningen',
    'lening',
    'studielening',
    'doorlopend krediet',
    'flitskrediet',
    'wsnp',
    'minnelijk traject',
    'incasso-?(?:traject|zaak|zaken|kosten|brief|brieven)',
    'aanmaning(?:en)?',
    '(?:betalings|huur|premie|energie|hypotheek|belasting)achterstand(?:en)?',
    String.raw`achterstand(?:en)?\s+(?:met|bij|op|in)\s+(?:de\s+)?(?:huur|betaling\p{L}*|zorgverzekering|energie\p{L}*|belasting\p{L}*|premie)`,
    'roodstand',
    'rood staan',
    String.raw`(?:staat|staan|stond|stonden)\s+(?:(?!op\s)\p{L}+\s+){0,3}?rood`,
    '(?:af)?betalingsregeling(?:en)?',
    'persoonlijk faillissement',
    'geldzorgen',
    'geldproblemen',
    'financiele (?:problemen|zorgen)',
    'debts?',
    'bailiffs?',
    String.raw`garnish\p{L}*`,
    'arrears',
    'credit rating',
    String.raw`creditworth\p{L}*`,
    'food bank',
    'overdrawn',
    'payment plan',
    'collection agency',
    'bankrupt(?:cy)?',
  ]),
  // "Legt de schuld bij de werkgever" is blame, not debt.
  rule('financial', [String.raw`schuld\s+bij\s+(?:de|het|een|zijn|haar|hun)\s+\p{L}+`], {
    vetoBefore: /(?:legt|leggen|legde|legden|zoekt|zoeken|zocht|geeft|gaf)\s+(?:de\s+)?$/iu,
  }),
  rule(
    'financial',
    [
      String.raw`schuldhulp\p{L}*`,
      String.raw`bewindvoer\p{L}*`,
      'kredietbank',
      String.raw`deurwaarder\p{L}*`,
      String.raw`incassobureau\p{L}*`,
      String.raw`voedselbank\p{L}*`,
    ],
    { workplace: true },
  ),
];

const RULES: readonly Rule[] = [
  ...healthRules,
  ...religionRules,
  ...ethnicityRules,
  ...politicsRules,
  ...sexualLifeRules,
  ...unionRules,
  ...criminalRules,
  ...biometricGeneticRules,
  ...financialRules,
];

// ---------------------------------------------------------------------------------------
// Context: is the clause around a workplace term about work?

const JOB_BEFORE = wordRe(
  alt([
    'werk',
    'werkt',
    'werken',
    'werkte',
    'werkten',
    'gewerkt',
    'werkzaam',
    'baan',
    'baantje',
    'vacatures?',
    'solliciteer',
    'solliciteert',
    'solliciteren',
    'solliciteerde',
    'gesolliciteerd',
    String.raw`sollicitatie\p{L}*`,
    String.raw`stage\p{L}*`,
    'functies?',
    String.raw`opleiding\p{L}*`,
    'studeert',
    'studeren',
    'studie',
    'student',
    "collega(?:'?s)?",
    'werkgever',
    'werkervaring',
    String.raw`vrijwilliger\p{L}*`,
    'proefplaatsing',
    'leerwerkplek',
    'werkplek',
    'medewerker',
    'beroep',
    'dienst',
    'aan de slag',
    'works',
    'working',
    'worked',
    'job',
    'vacancy',
    'applies',
    'applied',
    'application',
    'internship',
    'studies',
    'studying',
    String.raw`volunteer\p{L}*`,
    'employer',
    'employed',
  ]),
  'iu',
);
const JOB_AFTER = wordRe(
  alt([
    'werken',
    'werkt',
    'werkzaam',
    'worden',
    'solliciteren',
    'aan de slag',
    'stage',
    'als',
    'work',
    'working',
    'become',
    'as',
  ]),
  'iu',
);
// Contact with an institution as a client beats a work word nearby.
const CLIENT_CONTACT = wordRe(
  alt([
    'afspraak',
    'afspraken',
    'behandeling',
    'behandeld',
    'opgenomen',
    'opname',
    'consult',
    'controle',
    'doorverwezen',
    'verwezen',
    'patient',
    'wachtlijst',
    'spreekuur',
    'appointment',
    'treated',
    'treatment',
    'admitted',
  ]),
  'iu',
);

const CLAUSE_END = /[.!?;:,\n()[\]"]/gu;
const WORD = /[\p{L}\p{N}'-]+/gu;

function clauseBefore(folded: string, start: number): string {
  const head = folded.slice(Math.max(0, start - 120), start);
  let cut = -1;
  for (const m of head.matchAll(CLAUSE_END)) cut = m.index;
  return head.slice(cut + 1);
}

function clauseAfter(folded: string, end: number): string {
  const tail = folded.slice(end, end + 120);
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(tail);
  return m ? tail.slice(0, m.index) : tail;
}

function lastWords(s: string, n: number): string[] {
  return (s.match(WORD) ?? []).slice(-n);
}

function firstWords(s: string, n: number): string[] {
  return (s.match(WORD) ?? []).slice(0, n);
}

function isWorkClause(folded: string, start: number, end: number, matched: string): boolean {
  if (CLIENT_CONTACT.test(matched)) return false;
  const before = lastWords(clauseBefore(folded, start), 6);
  if (CLIENT_CONTACT.test(before.join(' '))) return false;
  // "als psycholoog" names a profession; "als de psycholoog" is "if the psychologist".
  if (before.at(-1)?.toLowerCase() === 'als') return true;
  if (JOB_BEFORE.test(before.join(' '))) return true;
  return JOB_AFTER.test(firstWords(clauseAfter(folded, end), 3).join(' '));
}

// ---------------------------------------------------------------------------------------
// Folding: accents and typographic punctuation, keeping a map back to the input offsets.

const PUNCT_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u00AD': '',
};

interface Folded {
  text: string;
  /** origin[i] is the input offset of folded character i. */
  origin: number[];
}

function fold(input: string): Folded {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of input) {
    const f =
      PUNCT_FOLD[ch] ??
      (ch < '\u00C0' ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
    for (let k = 0; k < f.length; k++) origin.push(f.length === ch.length ? i + k : i);
    text += f;
    i += ch.length;
  }
  return { text, origin };
}

// ---------------------------------------------------------------------------------------
// Detection

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
}

function candidates(folded: string): Candidate[] {
  const found: Candidate[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (const m of folded.matchAll(r.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (r.vetoMatch?.test(m[0])) continue;
      if (r.vetoBefore?.test(folded.slice(Math.max(0, start - 80), start))) continue;
      if (r.workplace && isWorkClause(folded, start, end, m[0])) continue;
      found.push({ rule: r, start, end });
    }
  }
  return found;
}

/** Longest match wins; among equals, the earlier one, then the rule listed first. */
function nonOverlapping(found: Candidate[]): Candidate[] {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.order - b.order,
    );
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function detectSpecialCategoriesDetailed(text: string): DetailedFinding[] {
  if (text.trim() === '') return [];
  const { text: folded, origin } = fold(text);
  const toInput = (i: number) => (i < origin.length ? (origin[i] ?? text.length) : text.length);
  return nonOverlapping(candidates(folded)).map((c) => {
    const start = toInput(c.start);
    const end = toInput(c.end);
    const finding: DetailedFinding = {
      category: c.rule.category,
      start,
      end,
      text: text.slice(start, end),
    };
    if (c.rule.subtype) finding.subtype = c.rule.subtype;
    return finding;
  });
}

/**
 * Spans of special-category data in `text`: UTF-16 offsets, sorted by start, never
 * overlapping. Each result has exactly the keys category, start and end.
 */
export function detectSpecialCategories(
  text: string,
): { category: SpecialCategory; start: number; end: number }[] {
  return detectSpecialCategoriesDetailed(text).map(({ category, start, end }) => ({
    category,
    start,
    end,
  }));
}

// ---------------------------------------------------------------------------------------
// Explanations shown to the coach

export const AP_HEALTH_RULE: Explanation = {
  nl:
    'Een diagnose, ziektenaam, klachten, therapie of afspraken met artsen mag je als ' +
    're-integratiecoach niet vastleggen (Autoriteit Persoonsgegevens). Leg alleen functionele ' +
    'beperkingen, belastbaarheid en aanpassingen vast.',
  en:
    'As a reintegration coach you may not record a diagnosis, the name of an illness, ' +
    'complaints, therapy or appointments with doctors (Dutch Data Protection Authority). ' +
    'Record only functional limitations, capacity and adjustments.',
};

export const CATEGORY_LABELS: Readonly<Record<SpecialCategory, Explanation>> = {
  health: { nl: 'gezondheid', en: 'health' },
  religion: { nl: 'religie of levensovertuiging', en: 'religion or belief' },
  ethnicity: { nl: 'etnische afkomst', en: 'ethnic origin' },
  politics: { nl: 'politieke opvattingen', en: 'political opinions' },
  'sexual-life': {
    nl: 'seksueel leven of seksuele geaardheid',
    en: 'sex life or sexual orientation',
  },
  union: { nl: 'lidmaatschap van een vakbond', en: 'trade union membership' },
  criminal: { nl: 'strafrechtelijk verleden', en: 'criminal record' },
  'biometric-genetic': {
    nl: 'biometrische of genetische gegevens',
    en: 'biometric or genetic data',
  },
  financial: { nl: 'schulden en kredietwaardigheid', en: 'debts and creditworthiness' },
};

const HEALTH_LEAD: Readonly<Record<HealthSubtype, Explanation>> = {
  diagnosis: { nl: 'Dit lijkt een diagnose of ziektenaam.', en: 'This looks like a diagnosis.' },
  complaint: {
    nl: 'Dit lijkt een specifieke klacht.',
    en: 'This looks like a specific complaint.',
  },
  medication: { nl: 'Dit gaat over medicijnen.', en: 'This is about medication.' },
  treatment: {
    nl: 'Dit gaat over een behandeling of behandelaar.',
    en: 'This is about treatment or a practitioner.',
  },
  appointment: {
    nl: 'Dit gaat over een afspraak met een arts of behandelaar.',
    en: 'This is about an appointment with a doctor or practitioner.',
  },
};

function healthSubtypeOf(matchedText: string): HealthSubtype {
  const found = detectSpecialCategoriesDetailed(matchedText).find((f) => f.category === 'health');
  return found?.subtype ?? 'diagnosis';
}

/**
 * Why a finding matters, in Dutch and English. For health the Autoriteit
 * Persoonsgegevens' rule for reintegration is always part of the text.
 */
export function explainFinding(category: SpecialCategory, matchedText = ''): Explanation {
  if (category === 'health') {
    const lead = HEALTH_LEAD[healthSubtypeOf(matchedText)];
    return { nl: `${lead.nl} ${AP_HEALTH_RULE.nl}`, en: `${lead.en} ${AP_HEALTH_RULE.en}` };
  }
  const label = CATEGORY_LABELS[category];
  const article = category === 'criminal' ? '10' : '9';
  if (category === 'financial') {
    return {
      nl:
        `Dit lijkt informatie over ${label.nl}. Volgens de privacyverklaring hoort dit in ` +
        'een beveiligde omgeving; leg het alleen vast als het traject het echt nodig heeft.',
      en:
        `This looks like information about ${label.en}. The privacy statement keeps it in a ` +
        'secured environment; record it only if the trajectory really needs it.',
    };
  }
  return {
    nl:
      `Dit lijkt informatie over ${label.nl}: een bijzonder persoonsgegeven (AVG art. ` +
      `${article}). Leg het alleen vast als het traject het echt nodig heeft.`,
    en:
      `This looks like information about ${label.en}: a special category of personal data ` +
      `(GDPR art. ${article}). Record it only if the trajectory really needs it.`,
  };
}
