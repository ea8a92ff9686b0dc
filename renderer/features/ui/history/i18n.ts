// The field history's messages (rectification, AVG art. 16): the history dialog and the
// reason field every editor shows on save. Merged into the app's resources in app/i18n.ts.
const nl = {
  history: {
    open: 'Geschiedenis',
    title: 'Geschiedenis: {{what}}',
    description:
      'De eerdere waarde van elk gewijzigd veld: wanneer, door wie en waarom. Zo kan de cliënt zien wat er is gecorrigeerd (AVG art. 16).',
    loading: 'Geschiedenis wordt geladen…',
    failed: 'De geschiedenis kon niet worden geladen.',
    empty: 'Hier is nog niets gewijzigd.',
    sealedHidden:
      'Eerdere waarden van bijzondere gegevens ({{count}}) zijn verborgen: open eerst het compartiment.',
    when: 'Wanneer',
    field: 'Veld',
    change: 'Oud → nieuw',
    reason: 'Reden',
    by: 'Door',
    emptyValue: '(leeg)',
    yes: 'ja',
    no: 'nee',
    noReason: '—',
    linked: 'bij verzoek van {{date}}',
    linkedUnknown: 'bij een verzoek',
    statements: 'Zienswijzen van de cliënt',
    statementOn: 'Ontvangen op {{date}}',
    close: 'Sluiten',
    request: {
      changes: 'Wijzigingen bij dit verzoek',
      noChanges: 'Nog geen gegevens gewijzigd met dit verzoek als reden.',
      was: 'was: {{value}}',
      statements: 'Zienswijze van de cliënt',
      statementHint:
        'Wijst u een correctie (deels) af, leg dan de eigen verklaring van de cliënt vast. Die gaat mee met het gegeven en met elke inzage-export.',
      recordKind: 'Over',
      text: 'Verklaring van de cliënt',
      receivedOn: 'Ontvangen op',
      add: 'Zienswijze toevoegen',
      added: 'Zienswijze vastgelegd',
      failed: 'De zienswijze kon niet worden opgeslagen.',
    },
    reasonField: {
      legend: 'Reden van wijziging',
      choice: 'Reden',
      none: 'Geen reden opgegeven',
      rectification: 'Rectificatieverzoek',
      other: 'Andere reden',
      request: 'Verzoek',
      requestOption: 'Ontvangen {{date}}: {{description}}',
      noOpen: 'Er staat geen open rectificatieverzoek in het verzoekenregister.',
      text: 'Toelichting (optioneel)',
    },
  },
};

const en: typeof nl = {
  history: {
    open: 'History',
    title: 'History: {{what}}',
    description:
      'The earlier value of every changed field: when, by whom and why. The client can see what was corrected (GDPR art. 16).',
    loading: 'Loading the history…',
    failed: 'The history could not be loaded.',
    empty: 'Nothing has been changed here yet.',
    sealedHidden:
      'Earlier values of special-category data ({{count}}) are hidden: open the compartment first.',
    when: 'When',
    field: 'Field',
    change: 'Old → new',
    reason: 'Reason',
    by: 'By',
    emptyValue: '(empty)',
    yes: 'yes',
    no: 'no',
    noReason: '—',
    linked: 'on the request of {{date}}',
    linkedUnknown: 'on a request',
    statements: "The client's statements",
    statementOn: 'Received on {{date}}',
    close: 'Close',
    request: {
      changes: 'Changes made for this request',
      noChanges: 'No data has been changed with this request as the reason yet.',
      was: 'was: {{value}}',
      statements: "The client's statement",
      statementHint:
        "If you decline a correction (in part), record the client's own statement. It stays with the record and goes with every access export.",
      recordKind: 'About',
      text: "The client's statement",
      receivedOn: 'Received on',
      add: 'Add statement',
      added: 'Statement recorded',
      failed: 'The statement could not be saved.',
    },
    reasonField: {
      legend: 'Reason for the change',
      choice: 'Reason',
      none: 'No reason given',
      rectification: 'Rectification request',
      other: 'Other reason',
      request: 'Request',
      requestOption: 'Received {{date}}: {{description}}',
      noOpen: 'There is no open rectification request in the request register.',
      text: 'Explanation (optional)',
    },
  },
};

export const messages = { nl, en };
