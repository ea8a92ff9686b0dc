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
      'access-request': 'inzageverzoek',
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
      // What the detector found (shared/domain/special-categories reports codes).
      labels: {
        health: 'gezondheid',
        religion: 'religie of levensovertuiging',
        ethnicity: 'etnische afkomst',
        politics: 'politieke opvattingen',
        'sexual-life': 'seksueel leven of seksuele geaardheid',
        union: 'lidmaatschap van een vakbond',
        criminal: 'strafrechtelijk verleden',
        'biometric-genetic': 'biometrische of genetische gegevens',
        financial: 'schulden en kredietwaardigheid',
      },
      health: {
        diagnosis: 'Dit lijkt een diagnose of ziektenaam.',
        complaint: 'Dit lijkt een specifieke klacht.',
        medication: 'Dit gaat over medicijnen.',
        treatment: 'Dit gaat over een behandeling of behandelaar.',
        appointment: 'Dit gaat over een afspraak met een arts of behandelaar.',
      },
      apHealthRule:
        'Een diagnose, ziektenaam, klachten, therapie of afspraken met artsen mag je als re-integratiecoach niet vastleggen (Autoriteit Persoonsgegevens). Leg alleen functionele beperkingen, belastbaarheid en aanpassingen vast.',
      gdprArticle:
        'Dit lijkt informatie over {{label}}: een bijzonder persoonsgegeven (AVG art. {{article}}). Leg het alleen vast als het traject het echt nodig heeft.',
      privacyStatement:
        'Dit lijkt informatie over {{label}}. Volgens de privacyverklaring hoort dit in een beveiligde omgeving; leg het alleen vast als het traject het echt nodig heeft.',
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
      'access-request': 'access request (inzageverzoek)',
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
      willSeal: 'This entry will be saved in the sealed compartment.',
      draftSealed: 'The draft is already kept sealed.',
      labels: {
        health: 'health',
        religion: 'religion or belief',
        ethnicity: 'ethnic origin',
        politics: 'political opinions',
        'sexual-life': 'sex life or sexual orientation',
        union: 'trade union membership',
        criminal: 'criminal record',
        'biometric-genetic': 'biometric or genetic data',
        financial: 'debts and creditworthiness',
      },
      health: {
        diagnosis: 'This looks like a diagnosis.',
        complaint: 'This looks like a specific complaint.',
        medication: 'This is about medication.',
        treatment: 'This is about treatment or a practitioner.',
        appointment: 'This is about an appointment with a doctor or practitioner.',
      },
      apHealthRule:
        'As a reintegration coach you may not record a diagnosis, the name of an illness, complaints, therapy or appointments with doctors (Dutch Data Protection Authority). Record only functional limitations, capacity and adjustments.',
      gdprArticle:
        'This looks like information about {{label}}: a special category of personal data (GDPR art. {{article}}). Record it only if the trajectory really needs it.',
      privacyStatement:
        'This looks like information about {{label}}. The privacy statement keeps it in a secured environment; record it only if the trajectory really needs it.',
    },
    sealToggle: 'Save sealed (special categories of personal data)',
    sealedForGood: 'This entry is sealed and stays sealed.',
  },
};

export const messages = { nl, en };
