// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  consent: {
    title: 'Toestemmingsregister',
    loading: 'Register wordt geopend…',
    banner: {
      none: 'Geen geldige grondslag voor bijzondere persoonsgegevens',
      noneDetail:
        'Het afgeschermde deel blijft voor deze cliënt dicht: bijzondere gegevens kunnen niet worden geopend of toegevoegd tot een geldige toestemming of andere grondslag is vastgelegd.',
      ok: 'Geldige grondslag voor bijzondere persoonsgegevens vastgelegd',
    },
    representation: {
      label: 'Vertegenwoordiging',
      none: 'Geen',
      curatele: 'Curatele',
      mentorschap: 'Mentorschap',
      saving: 'Opslaan…',
      saved: 'Opgeslagen',
      required: 'Wettelijk vertegenwoordiger nodig voor toestemming',
      notRequired: 'Cliënt geeft zelf toestemming',
      reasons: {
        minor: 'jonger dan 16 (geboren {{date}})',
        curatele: 'onder curatele',
        mentorschap: 'onder mentorschap',
      },
      unknownBirthDate:
        'Geboortedatum onbekend: vul die in bij Personalia, zodat Koers kan zien of de cliënt jonger dan 16 is.',
      confirmTitle: 'Vertegenwoordiging wijzigen?',
      confirmLoses:
        'De toestemming die de cliënt zelf gaf, telt dan niet meer. Er blijft geen geldige grondslag voor bijzondere persoonsgegevens: die worden direct afgeschermd. Leg daarna de toestemming van de vertegenwoordiger vast.',
      confirm: 'Wijzigen',
    },
    list: {
      title: 'Toestemmingen en grondslagen',
      empty: 'Nog niets vastgelegd.',
      add: '+ Grondslag vastleggen',
      employers: 'Werkgevers',
      givenOn: 'Gegeven op {{date}}',
      appliesFrom: 'Geldt vanaf {{date}}',
      byClient: 'door de cliënt',
      byRepresentative: 'door {{name}} ({{role}})',
      recordedAt: 'vastgelegd {{date}}',
      withdraw: 'Intrekken',
      end: 'Beëindigen',
    },
    status: {
      valid: 'Geldig',
      withdrawn: 'Ingetrokken op {{date}}',
      ended: 'Beëindigd op {{date}}',
      invalid: 'Ongeldig: {{reason}}',
    },
    invalid: {
      future: 'de datum ligt in de toekomst',
      incomplete: 'onvolledig vastgelegd',
      minorAtGiven: 'gegeven door de cliënt toen die jonger was dan 16',
      curatele: 'gegeven door de cliënt, die onder curatele staat',
      mentorschap: 'gegeven door de cliënt, die onder mentorschap staat',
    },
    bases: {
      consent: 'Toestemming',
      'legal-obligation': 'Wettelijke verplichting (bijv. Wet verbetering Poortwachter)',
      'vital-interest': 'Vitaal belang',
    },
    basisHints: {
      consent: 'Uitdrukkelijke toestemming (AVG art. 9 lid 2 a). Intrekken kan altijd.',
      'legal-obligation':
        'Verplichting of recht uit arbeids- of socialezekerheidsrecht (AVG art. 9 lid 2 b, UAVG art. 30). Noem de wettelijke bepaling.',
      'vital-interest':
        'Alleen als de cliënt lichamelijk of juridisch niet in staat is toestemming te geven (AVG art. 9 lid 2 c). Beschrijf de situatie.',
    },
    scopes: {
      'special-categories': 'Verwerken van bijzondere persoonsgegevens',
      'share-employer': 'Delen met de werkgever',
      'cv-to-employers': 'Cv sturen naar genoemde werkgevers',
      other: 'Anders',
    },
    methods: { written: 'Schriftelijk', digital: 'Digitaal', verbal: 'Mondeling' },
    roles: {
      'parent-guardian': 'Ouder of voogd',
      curator: 'Curator',
      mentor: 'Mentor',
    },
    form: {
      title: 'Grondslag vastleggen',
      basis: 'Grondslag',
      scope: 'Waarvoor',
      employers: 'Werkgevers',
      employersHint: 'Eén werkgever per regel. Alleen naar deze werkgevers mag het cv.',
      description: 'Toelichting',
      provision: 'Wettelijke bepaling',
      provisionPlaceholder: 'bijv. Wet verbetering Poortwachter, art. 7:658a BW',
      circumstance: 'Situatie',
      givenOn: 'Gegeven op',
      appliesFrom: 'Geldt vanaf',
      method: 'Vorm',
      verbalHint:
        'Mondelinge toestemming is lastig aan te tonen. Leg haar bij voorkeur ook schriftelijk vast.',
      givenBy: 'Gegeven door',
      byClient: 'Cliënt',
      byRepresentative: 'Wettelijk vertegenwoordiger',
      representativeName: 'Naam vertegenwoordiger',
      representativeRole: 'Rol',
      chooseRole: 'Kies…',
      requiredNow: 'Deze cliënt heeft een wettelijk vertegenwoordiger nodig: {{reasons}}.',
      save: 'Vastleggen',
      cancel: 'Annuleren',
      saving: 'Opslaan…',
      invalid: 'Controleer de gemarkeerde velden. Er is niets opgeslagen.',
    },
    withdraw: {
      title: 'Toestemming intrekken',
      titleEnd: 'Grondslag beëindigen',
      what: '{{scope}} ({{basis}})',
      date: 'Ingetrokken op',
      dateEnd: 'Beëindigd op',
      sealsNow:
        'Bijzondere gegevens worden direct afgeschermd en kunnen niet meer worden geopend of toegevoegd.',
      otherRemains:
        'Er blijft een andere geldige grondslag voor bijzondere persoonsgegevens; die blijven bereikbaar.',
      stops: 'Vanaf deze datum mag dit niet meer: {{scope}}.',
      past: 'Wat vóór de intrekking rechtmatig is gedaan, blijft rechtmatig. Intrekken kan niet ongedaan worden gemaakt; leg zo nodig een nieuwe toestemming vast.',
      confirm: 'Intrekken',
      confirmEnd: 'Beëindigen',
      cancel: 'Annuleren',
    },
    errors: {
      representativeRequiredMinor:
        'De cliënt was jonger dan 16 op die datum: toestemming moet komen van een wettelijk vertegenwoordiger (ouder of voogd).',
      representativeRequiredCuratele:
        'De cliënt staat onder curatele: toestemming moet komen van de curator.',
      representativeRequiredMentorschap:
        'De cliënt staat onder mentorschap: toestemming moet komen van de mentor.',
      representativeNotAllowed:
        'Deze cliënt geeft zelf toestemming. Een vertegenwoordiger kan dat alleen onder 16 jaar, bij curatele of bij mentorschap.',
      roleMustBe: {
        'parent-guardian': 'Voor een cliënt jonger dan 16 geeft een ouder of voogd toestemming.',
        curator: 'Bij curatele geeft de curator toestemming.',
        mentor: 'Bij mentorschap geeft de mentor toestemming.',
      },
      employersRequired: 'Noem minstens één werkgever.',
      tooManyEmployers: 'Noem hoogstens 50 werkgevers.',
      cvNeedsConsent: 'Een cv naar werkgevers sturen kan alleen met toestemming van de cliënt.',
      vitalInterestScope: 'Vitaal belang geldt alleen voor bijzondere persoonsgegevens.',
      provisionRequired: 'Noem de wettelijke bepaling.',
      circumstanceRequired: 'Beschrijf waarom de cliënt geen toestemming kan geven.',
      otherRequired: 'Beschrijf waarvoor deze toestemming geldt.',
      beforeBirth: 'Deze datum ligt vóór de geboortedatum.',
      withdrawBeforeGiven: 'Intrekken kan niet vóór de datum waarop de toestemming is gegeven.',
      alreadyWithdrawn: 'Deze toestemming is al ingetrokken.',
    },
  },
};

const en: typeof nl = {
  consent: {
    title: 'Consent register',
    loading: 'Opening the register…',
    banner: {
      none: 'No valid legal ground for special-category data',
      noneDetail:
        'The sealed compartment stays closed for this client: special-category data cannot be opened or added until valid consent or another legal ground is recorded.',
      ok: 'A valid legal ground for special-category data is on record',
    },
    representation: {
      label: 'Representation',
      none: 'None',
      curatele: 'Guardianship (curatele)',
      mentorschap: 'Mentorship (mentorschap)',
      saving: 'Saving…',
      saved: 'Saved',
      required: 'A legal representative must consent',
      notRequired: 'The client consents personally',
      reasons: {
        minor: 'under 16 (born {{date}})',
        curatele: 'under guardianship (curatele)',
        mentorschap: 'under mentorship (mentorschap)',
      },
      unknownBirthDate:
        'Date of birth unknown: enter it under Personal details so Koers can tell whether the client is under 16.',
      confirmTitle: 'Change representation?',
      confirmLoses:
        'Consent the client gave personally will no longer count. No valid legal ground for special-category data remains: that data is sealed at once. Then record the representative’s consent.',
      confirm: 'Change',
    },
    list: {
      title: 'Consents and legal grounds',
      empty: 'Nothing recorded yet.',
      add: '+ Record a legal ground',
      employers: 'Employers',
      givenOn: 'Given on {{date}}',
      appliesFrom: 'Applies from {{date}}',
      byClient: 'by the client',
      byRepresentative: 'by {{name}} ({{role}})',
      recordedAt: 'recorded {{date}}',
      withdraw: 'Withdraw',
      end: 'End',
    },
    status: {
      valid: 'Valid',
      withdrawn: 'Withdrawn on {{date}}',
      ended: 'Ended on {{date}}',
      invalid: 'Invalid: {{reason}}',
    },
    invalid: {
      future: 'the date is in the future',
      incomplete: 'incompletely recorded',
      minorAtGiven: 'given by the client while under 16',
      curatele: 'given by the client, who is under guardianship',
      mentorschap: 'given by the client, who is under mentorship',
    },
    bases: {
      consent: 'Consent',
      'legal-obligation': 'Legal obligation (e.g. Wet verbetering Poortwachter)',
      'vital-interest': 'Vital interest',
    },
    basisHints: {
      consent: 'Explicit consent (GDPR art. 9(2)(a)). It can be withdrawn at any time.',
      'legal-obligation':
        'An obligation or right under employment or social-security law (GDPR art. 9(2)(b), UAVG art. 30). Name the provision.',
      'vital-interest':
        'Only when the client is physically or legally unable to consent (GDPR art. 9(2)(c)). Describe the situation.',
    },
    scopes: {
      'special-categories': 'Processing special-category data',
      'share-employer': 'Sharing with the employer',
      'cv-to-employers': 'Sending the CV to named employers',
      other: 'Other',
    },
    methods: { written: 'In writing', digital: 'Digitally', verbal: 'Verbally' },
    roles: {
      'parent-guardian': 'Parent or guardian',
      curator: 'Curator',
      mentor: 'Mentor',
    },
    form: {
      title: 'Record a legal ground',
      basis: 'Legal ground',
      scope: 'Covers',
      employers: 'Employers',
      employersHint: 'One employer per line. The CV may go to these employers only.',
      description: 'Notes',
      provision: 'Legal provision',
      provisionPlaceholder: 'e.g. Wet verbetering Poortwachter, art. 7:658a BW',
      circumstance: 'Situation',
      givenOn: 'Given on',
      appliesFrom: 'Applies from',
      method: 'Form',
      verbalHint: 'Verbal consent is hard to prove. Preferably record it in writing too.',
      givenBy: 'Given by',
      byClient: 'Client',
      byRepresentative: 'Legal representative',
      representativeName: 'Representative’s name',
      representativeRole: 'Role',
      chooseRole: 'Choose…',
      requiredNow: 'This client needs a legal representative: {{reasons}}.',
      save: 'Record',
      cancel: 'Cancel',
      saving: 'Saving…',
      invalid: 'Check the marked fields. Nothing was saved.',
    },
    withdraw: {
      title: 'Withdraw consent',
      titleEnd: 'End legal ground',
      what: '{{scope}} ({{basis}})',
      date: 'Withdrawn on',
      dateEnd: 'Ended on',
      sealsNow: 'Special-category data is sealed at once and can no longer be opened or added.',
      otherRemains:
        'Another valid legal ground for special-category data remains; that data stays accessible.',
      stops: 'From this date this is no longer allowed: {{scope}}.',
      past: 'What was lawfully done before the withdrawal stays lawful. Withdrawal cannot be undone; record new consent if needed.',
      confirm: 'Withdraw',
      confirmEnd: 'End',
      cancel: 'Cancel',
    },
    errors: {
      representativeRequiredMinor:
        'The client was under 16 on that date: consent must come from a legal representative (parent or guardian).',
      representativeRequiredCuratele:
        'The client is under guardianship (curatele): consent must come from the curator.',
      representativeRequiredMentorschap:
        'The client is under mentorship (mentorschap): consent must come from the mentor.',
      representativeNotAllowed:
        'This client consents personally. A representative can only do so under 16, under curatele or under mentorschap.',
      roleMustBe: {
        'parent-guardian': 'For a client under 16 a parent or guardian consents.',
        curator: 'Under curatele the curator consents.',
        mentor: 'Under mentorschap the mentor consents.',
      },
      employersRequired: 'Name at least one employer.',
      tooManyEmployers: 'Name at most 50 employers.',
      cvNeedsConsent: 'Sending a CV to employers needs the client’s consent.',
      vitalInterestScope: 'Vital interest applies to special-category data only.',
      provisionRequired: 'Name the legal provision.',
      circumstanceRequired: 'Describe why the client cannot consent.',
      otherRequired: 'Describe what this consent covers.',
      beforeBirth: 'This date is before the date of birth.',
      withdrawBeforeGiven: 'Withdrawal cannot be before the date consent was given.',
      alreadyWithdrawn: 'This consent has already been withdrawn.',
    },
  },
};

export const messages = { nl, en };
