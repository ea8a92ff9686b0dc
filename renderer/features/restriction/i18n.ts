// This feature's messages. Merged into the app's resources in renderer/app/i18n-features.ts.
const nl = {
  restriction: {
    title: 'Beperking van de verwerking',
    intro:
      'Bij een beperking (AVG art. 18) wordt het dossier alleen nog bewaard: niets wijzigen, geen nieuwe vastleggingen behalve notities over de beperking, en niets delen met derden. Een export voor de cliënt zelf kan wel.',
    banner: 'Verwerking beperkt sinds {{date}} (AVG art. 18). Reden: {{reason}}',
    bannerRules:
      'Dit dossier wordt alleen bewaard: wijzigen, nieuwe vastleggingen en delen met derden worden geweigerd. Een export voor de cliënt zelf kan wel.',
    toPrivacy: 'Naar de beperking',
    exportOnlyClient:
      'De verwerking van dit dossier is beperkt (AVG art. 18). Deze export is alleen voor de cliënt zelf; aan derden wordt niets verstrekt.',
    reason: 'Reden van de beperking',
    reasonHint:
      'Bijvoorbeeld: de cliënt betwist de juistheid, of maakte bezwaar en dat wordt beoordeeld.',
    request: 'Bij verzoek',
    noRequest: 'Geen verzoek',
    restrict: 'Verwerking beperken',
    restricted: 'Beperkt sinds {{date}}',
    liftReason: 'Reden van opheffen',
    lift: 'Beperking opheffen',
    lifted: 'De beperking is opgeheven.',
    notes: 'Notities over de beperking',
    noNotes: 'Nog geen notities.',
    note: 'Nieuwe notitie',
    addNote: 'Notitie toevoegen',
    earlier: 'Eerdere beperkingen',
    earlierItem: '{{from}} – {{to}}: {{reason}} (opgeheven: {{liftReason}})',
    loading: 'Beperking wordt geopend…',
    errors: {
      reasonRequired: 'Vul een reden in. Zonder reden verandert er niets.',
    },
  },
  objection: {
    title: 'Bezwaar tegen verwerking',
    intro:
      'Een bezwaar (AVG art. 21) stopt de verwerking waartegen het gericht is zolang het loopt of is toegekend. Afwijzen kan alleen met dwingende gronden, die u hier vastlegt.',
    empty: 'Geen bezwaren vastgelegd.',
    add: 'Bezwaar vastleggen',
    processing: 'Verwerking',
    description: 'Omschrijving',
    receivedOn: 'Ontvangen op',
    outcome: 'Uitkomst',
    decidedOn: 'Besloten op',
    reasons: 'Motivering',
    save: 'Bezwaar opslaan',
    decide: 'Uitkomst wijzigen',
    saved: 'Bezwaar opgeslagen.',
    stops: 'Deze verwerking is gestopt.',
    item: '{{processing}} · ontvangen {{date}} · {{outcome}}',
    processings: {
      'employer-sharing': 'delen met de werkgever (zoals het cv)',
      'uwv-reporting': 'rapporteren aan UWV',
      other: 'andere verwerking',
    },
    outcomes: {
      pending: 'in behandeling',
      upheld: 'toegekend',
      rejected: 'afgewezen',
    },
    errors: {
      future: 'Deze datum ligt in de toekomst.',
      decidedOn: 'Vul de datum van het besluit in.',
      beforeReceived: 'Het besluit kan niet vóór de ontvangst liggen.',
      reasonsRequired: 'Afwijzen kan alleen met dwingende gronden: vul de motivering in.',
    },
  },
};

const en: typeof nl = {
  restriction: {
    title: 'Restriction of processing',
    intro:
      'Under a restriction (GDPR art. 18) the file is only stored: no changes, no new entries except notes about the restriction, and nothing shared with third parties. An export for the client is still possible.',
    banner: 'Processing restricted since {{date}} (GDPR art. 18). Reason: {{reason}}',
    bannerRules:
      'This file is only stored: changes, new entries and sharing with third parties are refused. An export for the client is still possible.',
    toPrivacy: 'Go to the restriction',
    exportOnlyClient:
      'Processing of this file is restricted (GDPR art. 18). This export is for the client only; nothing is provided to third parties.',
    reason: 'Reason for the restriction',
    reasonHint:
      'For example: the client disputes the accuracy, or objected and that is being assessed.',
    request: 'For request',
    noRequest: 'No request',
    restrict: 'Restrict processing',
    restricted: 'Restricted since {{date}}',
    liftReason: 'Reason for lifting',
    lift: 'Lift the restriction',
    lifted: 'The restriction has been lifted.',
    notes: 'Notes about the restriction',
    noNotes: 'No notes yet.',
    note: 'New note',
    addNote: 'Add note',
    earlier: 'Earlier restrictions',
    earlierItem: '{{from}} – {{to}}: {{reason}} (lifted: {{liftReason}})',
    loading: 'Opening the restriction…',
    errors: {
      reasonRequired: 'Enter a reason. Without one nothing changes.',
    },
  },
  objection: {
    title: 'Objection to processing',
    intro:
      'An objection (GDPR art. 21) stops the processing it is aimed at while it is pending or upheld. Rejecting it needs compelling grounds, which you record here.',
    empty: 'No objections recorded.',
    add: 'Record an objection',
    processing: 'Processing',
    description: 'Description',
    receivedOn: 'Received on',
    outcome: 'Outcome',
    decidedOn: 'Decided on',
    reasons: 'Reasons',
    save: 'Save objection',
    decide: 'Change the outcome',
    saved: 'Objection saved.',
    stops: 'This processing has stopped.',
    item: '{{processing}} · received {{date}} · {{outcome}}',
    processings: {
      'employer-sharing': 'sharing with the employer (such as the CV)',
      'uwv-reporting': 'reporting to UWV',
      other: 'other processing',
    },
    outcomes: {
      pending: 'pending',
      upheld: 'upheld',
      rejected: 'rejected',
    },
    errors: {
      future: 'This date is in the future.',
      decidedOn: 'Enter the date of the decision.',
      beforeReceived: 'The decision cannot be before the objection came in.',
      reasonsRequired: 'Rejecting needs compelling grounds: enter the reasons.',
    },
  },
};

export const messages = { nl, en };
