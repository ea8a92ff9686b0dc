// This feature's messages: the "Back-ups" section of the settings and "Back-up terugzetten" on
// the first screen. The first screen comes before the unlocked app, so RestoreEntry adds these
// to i18next itself when its chunk loads (the lock screen's script does not carry them).
const nl = {
  backup: {
    title: 'Back-ups',
    intro:
      'Een back-up bevat alleen de versleutelde gegevens en sleutels zoals ze in de kluis staan: zonder uw wachtwoordzin is hij onleesbaar. Een gewijzigde of afgebroken back-up wordt geweigerd.',
    folder: 'Map voor back-ups',
    noFolder: 'Nog geen map gekozen. Kies bijvoorbeeld een USB-stick of een netwerkmap.',
    unreachable: 'De map is nu niet bereikbaar (is de USB-stick aangesloten?).',
    choose: 'Map kiezen…',
    chooseOther: 'Andere map kiezen…',
    browser:
      'In de browserversie wordt een back-up gedownload. Bewaar hem op een veilige plek, bijvoorbeeld een USB-stick.',
    demo: 'Van de voorbeeldkluis worden geen back-ups gemaakt.',
    daily: 'Koers maakt bij het ontgrendelen hoogstens één keer per dag een back-up in deze map.',
    keep: 'Aantal back-ups bewaren',
    keepHint: '1 tot 60; standaard 14 (één per dag, twee weken). Oudere worden verwijderd.',
    save: 'Aantal opslaan',
    saved: 'Opgeslagen',
    now: 'Nu een back-up maken',
    download: 'Back-up downloaden',
    running: 'Back-up wordt gemaakt…',
    made: 'Back-up gemaakt: {{name}}',
    count_one: '{{count}} back-up in de map; de nieuwste van {{newest}}.',
    count_other:
      '{{count}} back-ups in de map; de nieuwste van {{newest}}, de oudste van {{oldest}}.',
    none: 'Nog geen back-ups in deze map.',
    errors: {
      'not-a-backup': 'Dit bestand is geen back-up van Koers.',
      tampered:
        'Deze back-up is gewijzigd of beschadigd en wordt geweigerd. Er is niets teruggezet.',
      truncated:
        'Deze back-up is onvolledig (afgebroken of afgekapt) en wordt geweigerd. Er is niets teruggezet.',
      'wrong-passphrase':
        'Deze wachtwoordzin opent de back-up niet. Gebruik de wachtwoordzin die gold toen de back-up werd gemaakt.',
      'newer-format': 'Deze back-up is gemaakt met een nieuwere versie van Koers.',
      'vault-exists': 'Er is hier al een kluis. Een back-up gaat alleen in een nieuwe, lege kluis.',
      'ledger-tampered':
        'Het verwijderlogboek naast de back-ups is gewijzigd of hoort niet bij deze back-up. Er is niets teruggezet.',
      'changed-during-backup':
        'De sleutels van de kluis veranderden tijdens de back-up; die is niet bewaard. Probeer het opnieuw.',
      'no-folder': 'Kies eerst een bereikbare map voor back-ups.',
      unreachable:
        'De back-upmap was bij het ontgrendelen niet bereikbaar; er is geen back-up gemaakt.',
      failed: 'De back-up is mislukt. De eerdere back-ups zijn ongewijzigd.',
    },
    restore: {
      open: 'Back-up terugzetten',
      title: 'Back-up terugzetten',
      intro:
        'Zet een back-up terug in deze nieuwe, lege kluis. U hebt de wachtwoordzin nodig van de kluis waarvan de back-up is gemaakt.',
      file: 'Back-upbestand (.koersbackup)',
      ledger: 'Verwijderlogboek (.koersledger, naast de back-ups)',
      ledgerHint:
        'Staat het naast de back-up, kies het dan ook: cliënten die na de back-up zijn verwijderd, komen dan niet terug.',
      passphrase: 'Wachtwoordzin van de back-up',
      submit: 'Terugzetten',
      busy: 'Bezig met terugzetten…',
      cancel: 'Annuleren',
      missing: 'Kies een back-upbestand en vul de wachtwoordzin in.',
      done_one: 'Teruggezet. {{count}} verwijderde cliënt is weggelaten.',
      done_other: 'Teruggezet. {{count}} verwijderde cliënten zijn weggelaten.',
    },
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    backup: {
      title: 'Backups',
      intro:
        'A backup holds only the encrypted data and keys as they are stored in the vault: without your passphrase it is unreadable. A changed or cut-off backup is refused.',
      folder: 'Backup folder',
      noFolder: 'No folder chosen yet. Choose a USB stick or a network folder, for example.',
      unreachable: 'The folder cannot be reached now (is the USB stick plugged in?).',
      choose: 'Choose folder…',
      chooseOther: 'Choose another folder…',
      browser:
        'In the browser build a backup is downloaded. Keep it somewhere safe, a USB stick for example.',
      demo: 'The demo vault is never backed up.',
      daily: 'Koers makes a backup in this folder at unlock, at most once a day.',
      keep: 'Backups to keep',
      keepHint: '1 to 60; 14 by default (one a day, two weeks). Older ones are deleted.',
      save: 'Save number',
      saved: 'Saved',
      now: 'Back up now',
      download: 'Download a backup',
      running: 'Making a backup…',
      made: 'Backup made: {{name}}',
      count_one: '{{count}} backup in the folder; the newest from {{newest}}.',
      count_other:
        '{{count}} backups in the folder; the newest from {{newest}}, the oldest from {{oldest}}.',
      none: 'No backups in this folder yet.',
      errors: {
        'not-a-backup': 'This file is not a Koers backup.',
        tampered: 'This backup has been changed or damaged and is refused. Nothing was restored.',
        truncated:
          'This backup is incomplete (cut off or truncated) and is refused. Nothing was restored.',
        'wrong-passphrase':
          'This passphrase does not open the backup. Use the passphrase that held when the backup was made.',
        'newer-format': 'This backup was made by a newer version of Koers.',
        'vault-exists': 'A vault exists here already. A backup goes into a new, empty vault only.',
        'ledger-tampered':
          'The erasure ledger beside the backups has been changed or belongs to another backup. Nothing was restored.',
        'changed-during-backup':
          'The vault keys changed during the backup, so it was not kept. Please try again.',
        'no-folder': 'First choose a backup folder that can be reached.',
        unreachable: 'The backup folder could not be reached at unlock; no backup was made.',
        failed: 'The backup failed. The earlier backups are unchanged.',
      },
      restore: {
        open: 'Restore a backup',
        title: 'Restore a backup',
        intro:
          'Restore a backup into this new, empty vault. You need the passphrase of the vault the backup was made of.',
        file: 'Backup file (.koersbackup)',
        ledger: 'Erasure ledger (.koersledger, beside the backups)',
        ledgerHint:
          'If it is beside the backup, choose it too: clients erased after the backup then do not come back.',
        passphrase: "The backup's passphrase",
        submit: 'Restore',
        busy: 'Restoring…',
        cancel: 'Cancel',
        missing: 'Choose a backup file and enter the passphrase.',
        done_one: 'Restored. {{count}} erased client was left out.',
        done_other: 'Restored. {{count}} erased clients were left out.',
      },
    },
  },
};
