// This feature's messages: trying Koers with fictional clients, and leaving that again.
const nl = {
  demo: {
    or: 'of',
    try: 'Probeer met voorbeelddata',
    tryHint:
      'Maakt een aparte kluis met ongeveer 25 fictieve cliënten, om Koers rustig te verkennen. Je eigen gegevens komen daar nooit in, en verwijderen kan in één stap.',
    open: 'Voorbeelddata openen',
    openHint:
      'Er is al een kluis met voorbeelddata (fictieve cliënten). Die staat los van je eigen kluis.',
    view: 'Voorbeelddata bekijken',
    viewHint:
      'Opent een aparte kluis met fictieve cliënten; deze kluis blijft dicht en onaangeroerd.',
    remove: 'Voorbeelddata verwijderen',
    removing: 'Verwijderen…',
    back: 'Terug naar mijn eigen kluis',
    badge: 'Voorbeelddata — fictieve cliënten',
    bannerText: 'Niets hiervan is echt. Wachtwoordzin van deze kluis: {{passphrase}}',
    lockTitle: 'Voorbeeldkluis',
    lockText:
      'Deze kluis bevat alleen fictieve cliënten. De wachtwoordzin is ingevuld: {{passphrase}}. Die is expres zwak en openbaar; voor je eigen kluis kies je een sterke.',
    creatingTitle: 'Voorbeelddata aanmaken',
    creatingIntro:
      'Koers maakt een aparte kluis met fictieve cliënten, via dezelfde opslag als je eigen dossiers. Dat duurt enkele seconden.',
    creatingVault: 'Kluis aanmaken en beveiligen…',
    creatingClients: 'Cliënt {{done}} van {{total}} aangemaakt',
    progressLabel: 'Voortgang voorbeelddata',
    failed: 'Het aanmaken van de voorbeelddata is mislukt: {{reason}}',
    startOver: 'Verwijderen en terug naar het begin',
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    demo: {
      or: 'or',
      try: 'Try with sample data',
      tryHint:
        'Creates a separate vault with about 25 fictional clients, so you can explore Koers at ease. Your own data never goes in there, and it is removed in one step.',
      open: 'Open sample data',
      openHint:
        'A vault with sample data (fictional clients) already exists. It is separate from your own vault.',
      view: 'View sample data',
      viewHint:
        'Opens a separate vault with fictional clients; this vault stays locked and untouched.',
      remove: 'Remove sample data',
      removing: 'Removing…',
      back: 'Back to my own vault',
      badge: 'Sample data — fictional clients',
      bannerText: 'None of this is real. Passphrase of this vault: {{passphrase}}',
      lockTitle: 'Sample vault',
      lockText:
        'This vault holds fictional clients only. The passphrase is filled in: {{passphrase}}. It is weak and public on purpose; for your own vault you choose a strong one.',
      creatingTitle: 'Creating sample data',
      creatingIntro:
        'Koers is creating a separate vault with fictional clients, through the same storage as your own dossiers. This takes a few seconds.',
      creatingVault: 'Creating and securing the vault…',
      creatingClients: 'Client {{done}} of {{total}} created',
      progressLabel: 'Sample data progress',
      failed: 'Creating the sample data failed: {{reason}}',
      startOver: 'Remove and go back to the start',
    },
  },
};
