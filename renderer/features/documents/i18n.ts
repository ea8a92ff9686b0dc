// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  documents: {
    title: 'Documenten',
    add: 'Document toevoegen',
    empty:
      'Nog geen documenten. Voeg brieven, verslagen en scans toe die je hebt ontvangen of verzonden.',
    loading: 'Documenten worden geopend…',
    count_one: '{{count}} document',
    count_other: '{{count}} documenten',
    privacy:
      'Documenten worden versleuteld bewaard. Een leesbare kopie ontstaat alleen als je op Openen of Opslaan als… klikt.',
    columns: {
      name: 'Document',
      date: 'Datum',
      counterparty: 'Van / aan',
      size: 'Grootte',
      actions: 'Acties',
    },
    directions: { ontvangen: 'Ontvangen', verzonden: 'Verzonden' },
    fields: {
      file: 'Bestand',
      choose: 'Bestand kiezen…',
      noneChosen: 'Geen bestand gekozen',
      fileHint: 'PDF, Word (DOCX), PNG, JPEG of HEIC, hoogstens 50 MB.',
      direction: 'Richting',
      date: 'Datum',
      counterpartyReceived: 'Ontvangen van',
      counterpartySent: 'Verzonden aan',
      counterpartyHint: 'Bijvoorbeeld UWV, werkgever, bedrijfsarts of de cliënt zelf.',
      description: 'Omschrijving',
      origin: 'Herkomst',
      originUnknown: 'Niet opgegeven',
      sealed: 'Bijzondere persoonsgegevens — verzegeld bewaren',
      sealedHint:
        'Bijvoorbeeld een medische verklaring of een verslag van de bedrijfsarts. Naam, omschrijving en inhoud zijn dan alleen te zien als het afgeschermde deel open is. Hiervoor moet een geldige toestemming of andere grondslag zijn vastgelegd.',
    },
    sealedNote: 'Dit document wordt verzegeld opgeslagen in het afgeschermde deel.',
    sealedBadge: 'Verzegeld',
    addedSealed: 'Document verzegeld toegevoegd.',
    noFile: 'Kies een bestand.',
    submit: 'Toevoegen',
    cancel: 'Annuleren',
    encrypting: 'Versleutelen… {{percent}}%',
    added: 'Document toegevoegd.',
    open: 'Openen',
    openHint: 'Opent een ontsleutelde kopie in een nieuw tabblad',
    saveAs: 'Opslaan als…',
    saveAsHint: 'Slaat een ontsleutelde kopie op, met de oorspronkelijke bestandsnaam',
    decrypting: 'Ontsleutelen… {{percent}}%',
    delete: 'Verwijderen',
    deleteTitle: 'Document verwijderen?',
    deleteBody:
      '"{{name}}" wordt gewist: de gegevens, de inhoud en de geschiedenis van het document. Dit kan niet ongedaan worden gemaakt.',
    deleteHow:
      'Het verwijderingsregister krijgt een regel zonder naam (datum en een willekeurig nummer). Koers verplaatst de kluis daarna, zodat de oude bestanden verdwijnen; back-ups die het document nog bevatten, verlopen volgens de bewaartermijn van back-ups.',
    deletePassphrase: 'Wachtwoordzin ter bevestiging',
    deleting: 'Bezig met wissen…',
    deleteConfirm: 'Definitief verwijderen',
    deleted: 'Document verwijderd.',
    errors: {
      'too-large':
        'Dit bestand is groter dan 50 MB. Maak het kleiner (bijvoorbeeld een scan met een lagere resolutie) of splits het. Er is niets opgeslagen.',
      empty: 'Dit bestand is leeg. Er is niets opgeslagen.',
      'unsupported-type':
        'Dit soort bestand kan niet worden toegevoegd. Kies een PDF, Word-document (DOCX), PNG, JPEG of HEIC. Er is niets opgeslagen.',
      'type-mismatch':
        'De inhoud van dit bestand past niet bij de extensie van de naam (bijvoorbeeld een afbeelding die .pdf heet). Er is niets opgeslagen.',
      invalid: 'Controleer de gemarkeerde velden. Er is niets opgeslagen.',
      unreadable:
        'Het bestand kon niet worden gelezen. Is het intussen verplaatst of gewijzigd? Kies het opnieuw. Er is niets opgeslagen.',
    },
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    documents: {
      title: 'Documents',
      add: 'Add document',
      empty: 'No documents yet. Add letters, reports and scans you received or sent.',
      loading: 'Opening documents…',
      count_one: '{{count}} document',
      count_other: '{{count}} documents',
      privacy:
        'Documents are stored encrypted. A readable copy is made only when you click Open or Save as….',
      columns: {
        name: 'Document',
        date: 'Date',
        counterparty: 'From / to',
        size: 'Size',
        actions: 'Actions',
      },
      directions: { ontvangen: 'Received', verzonden: 'Sent' },
      fields: {
        file: 'File',
        choose: 'Choose file…',
        noneChosen: 'No file chosen',
        fileHint: 'PDF, Word (DOCX), PNG, JPEG or HEIC, at most 50 MB.',
        direction: 'Direction',
        date: 'Date',
        counterpartyReceived: 'Received from',
        counterpartySent: 'Sent to',
        counterpartyHint: 'For example UWV, employer, company doctor or the client.',
        description: 'Description',
        origin: 'Origin',
        originUnknown: 'Not given',
        sealed: 'Special category of personal data — keep sealed',
        sealedHint:
          "For example a medical certificate or a company doctor's report. Its name, description and content can then only be seen while the sealed compartment is open. This needs valid consent or another legal ground on record.",
      },
      sealedNote: 'This document will be saved in the sealed compartment.',
      sealedBadge: 'Sealed',
      addedSealed: 'Document added, sealed.',
      noFile: 'Choose a file.',
      submit: 'Add',
      cancel: 'Cancel',
      encrypting: 'Encrypting… {{percent}}%',
      added: 'Document added.',
      open: 'Open',
      openHint: 'Opens a decrypted copy in a new tab',
      saveAs: 'Save as…',
      saveAsHint: 'Saves a decrypted copy under its original file name',
      decrypting: 'Decrypting… {{percent}}%',
      delete: 'Delete',
      deleteTitle: 'Delete document?',
      deleteBody:
        '"{{name}}" will be erased: the document\'s details, its content and its history. This cannot be undone.',
      deleteHow:
        'The erasure ledger gets a line without a name (a date and a random number). Koers then moves the vault, so the old files go; backups that still hold the document expire with the backup retention period.',
      deletePassphrase: 'Passphrase to confirm',
      deleting: 'Erasing…',
      deleteConfirm: 'Delete for good',
      deleted: 'Document deleted.',
      errors: {
        'too-large':
          'This file is larger than 50 MB. Make it smaller (for example a scan at a lower resolution) or split it. Nothing was saved.',
        empty: 'This file is empty. Nothing was saved.',
        'unsupported-type':
          'This kind of file cannot be added. Choose a PDF, Word document (DOCX), PNG, JPEG or HEIC. Nothing was saved.',
        'type-mismatch':
          "This file's content does not match the extension of its name (for example an image called .pdf). Nothing was saved.",
        invalid: 'Check the marked fields. Nothing was saved.',
        unreadable:
          'The file could not be read. Was it moved or changed in the meantime? Choose it again. Nothing was saved.',
      },
    },
  },
};
