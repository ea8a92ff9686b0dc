// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  compartment: {
    title: 'Afgeschermd deel',
    sealedExists: 'Er is verzegelde inhoud.',
    openButton: 'Openen…',
    openTitle: 'Afgeschermd deel openen',
    openHint:
      'Bijzondere persoonsgegevens staan apart verzegeld. Geef je wachtwoordzin opnieuw en het doel. De opening komt in het auditlogboek.',
    reuseHint:
      'Je hebt het afgeschermde deel minder dan 5 minuten geleden geopend. Geef alleen het doel; het komt in het auditlogboek.',
    purpose: 'Doel',
    purposes: {
      report: 'Verslag of rapportage opstellen',
      'prepare-session': 'Gesprek met de cliënt voorbereiden',
      'occupational-physician': 'Overleg met de bedrijfsarts',
      'client-request': 'Inzage- of ander verzoek van de cliënt',
      update: 'Gegevens bijwerken',
      other: 'Anders…',
    },
    otherPurpose: 'Omschrijf het doel',
    purposeRequired: 'Geef een doel op.',
    passphrase: 'Wachtwoordzin',
    open: 'Openen',
    opening: 'Bezig met openen…',
    cancel: 'Annuleren',
    isOpen: 'Afgeschermd deel is open voor deze cliënt.',
    closesAfter: 'Sluit vanzelf na 5 minuten zonder gebruik, en bij vergrendelen.',
    closeNow: 'Nu sluiten',
    sealed: 'Verzegeld',
    findings: {
      title: 'Mogelijk bijzondere persoonsgegevens gevonden:',
      seal: 'Verzegeld opslaan',
      willSeal: 'Deze aantekening wordt verzegeld opgeslagen in het afgeschermde deel.',
      draftSealed: 'Het concept wordt al verzegeld bewaard.',
    },
    sealToggle: 'Verzegeld opslaan (bijzondere persoonsgegevens)',
    sealedForGood: 'Deze aantekening is verzegeld en blijft dat.',
  },
};

const en: typeof nl = {
  compartment: {
    title: 'Sealed compartment',
    sealedExists: 'There is sealed content.',
    openButton: 'Open…',
    openTitle: 'Open the sealed compartment',
    openHint:
      'Special categories of personal data are sealed separately. Enter your passphrase again and the purpose. The opening goes into the audit log.',
    reuseHint:
      'You opened the sealed compartment less than 5 minutes ago. Only state the purpose; it goes into the audit log.',
    purpose: 'Purpose',
    purposes: {
      report: 'Write a report',
      'prepare-session': 'Prepare a session with the client',
      'occupational-physician': 'Consult the occupational physician',
      'client-request': 'Access or other request from the client',
      update: 'Update the data',
      other: 'Other…',
    },
    otherPurpose: 'Describe the purpose',
    purposeRequired: 'State a purpose.',
    passphrase: 'Passphrase',
    open: 'Open',
    opening: 'Opening…',
    cancel: 'Cancel',
    isOpen: 'The sealed compartment is open for this client.',
    closesAfter: 'Closes by itself after 5 minutes unused, and on lock.',
    closeNow: 'Close now',
    sealed: 'Sealed',
    findings: {
      title: 'Possible special categories of personal data found:',
      seal: 'Save sealed',
      willSeal: 'This entry will be saved sealed in the compartment.',
      draftSealed: 'The draft is already kept sealed.',
    },
    sealToggle: 'Save sealed (special categories of personal data)',
    sealedForGood: 'This entry is sealed and stays sealed.',
  },
};

export const messages = { nl, en };
