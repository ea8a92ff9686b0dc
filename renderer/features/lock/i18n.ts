// This feature's messages: the lock screen's explanation of a forgotten passphrase, shown in
// the browser build only (the lock screen's other messages are in renderer/i18n/, key `lock`).
const nl = {
  lockHelp: {
    forgotten: {
      summary: 'Wachtwoordzin vergeten?',
      nobody:
        'Niemand kan een vergeten wachtwoordzin herstellen: Koers bewaart hem nergens, en zonder wachtwoordzin gaat de kluis niet open.',
      where:
        'In deze browserversie staat de versleutelde kluis in de IndexedDB van dit browserprofiel, alleen voor dit adres ({{origin}}).',
      startOver:
        'Opnieuw beginnen met testgegevens: wis de sitegegevens voor dit adres (in Chromium: F12, "Application", "Storage", "Clear site data"), of open Koers op een andere poort (npm run web -- --port 5000) of in een ander browserprofiel.',
      warning:
        'Sitegegevens wissen verwijdert de versleutelde kluis voorgoed, met alle dossiers erin.',
    },
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    lockHelp: {
      forgotten: {
        summary: 'Forgot your passphrase?',
        nobody:
          'Nobody can recover a forgotten passphrase: Koers stores it nowhere, and without it the vault does not open.',
        where:
          "In this browser build the encrypted vault lives in this browser profile's IndexedDB, for this address only ({{origin}}).",
        startOver:
          'To start over with test data, clear the site data for this address (in Chromium: F12, "Application", "Storage", "Clear site data"), or open Koers on another port (npm run web -- --port 5000) or in another browser profile.',
        warning:
          'Clearing the site data deletes the encrypted vault for good, with every dossier in it.',
      },
    },
  },
};
