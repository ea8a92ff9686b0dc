// This feature's messages: office sync (Instellingen → Kantoor, the status in the header).
// Merged into the app's resources in renderer/app/i18n-features.ts.
const nl = {
  sync: {
    title: 'Kantoor',
    intro:
      'Koers stuurt het kantoor alleen wat de planning nodig heeft: wie u begeleidt, traject, termijnen, uren en de datum van het laatste contact. Nooit BSN, adres, gezondheid of logboektekst.',
    url: 'Adres van het kantoor',
    urlHint:
      'Bijvoorbeeld https://kantoor.uwbedrijf.nl. Alleen https://, of http:// op deze computer.',
    code: 'Eenmalige code',
    codeHint: 'Van de beheerder van het kantoor; 10 minuten geldig.',
    enrol: 'Aanmelden bij het kantoor',
    enrolling: 'Aanmelden…',
    enrolled: 'Aangemeld bij {{office}} als {{coach}}.',
    address: 'Adres',
    fingerprint: 'Controlewoorden',
    fingerprintHint:
      'Vergelijk deze woorden met het scherm van de beheerder. Zijn ze anders, meld dan af en vraag een nieuwe code.',
    now: 'Nu synchroniseren',
    leave: 'Afmelden bij het kantoor',
    leaveConfirm: 'Afmelden? Wijzigingen die nog wachten, gaan dan niet meer naar het kantoor.',
    conflicts: 'Waarden die het kantoor overschreef',
    conflictsEmpty: 'Geen conflicten.',
    conflictLine: '{{client}}: {{field}} was "{{lost}}", is nu "{{kept}}" ({{when}})',
    conflictsClear: 'Gezien',
    fields: { status: 'status', coach: 'coach' },
    statuses: {
      registered: 'aangemeld',
      active: 'actief',
      paused: 'gepauzeerd',
      completed: 'afgerond',
      stopped: 'gestopt',
    },
    header: {
      label: 'Synchronisatie met het kantoor',
      synced: 'Gesynchroniseerd om {{time}}',
      syncedPending_one: 'Gesynchroniseerd om {{time}} — 1 wijziging wacht',
      syncedPending_other: 'Gesynchroniseerd om {{time}} — {{count}} wijzigingen wachten',
      never: 'Nog niet gesynchroniseerd',
      running: 'Synchroniseren…',
      offline_one: 'Offline — 1 wijziging wacht',
      offline_other: 'Offline — {{count}} wijzigingen wachten',
      refused: 'Kantoor weigert dit apparaat — meld opnieuw aan via Instellingen → Kantoor',
      revoked: 'Apparaat ingetrokken door het kantoor — vraag de beheerder om een nieuwe code',
      clock: 'De klok van deze laptop staat verkeerd — zet de tijd goed en synchroniseer opnieuw',
      server: 'Fout op de kantoorserver — Koers probeert het later opnieuw; niets gaat verloren',
      'bad-response': 'Onverwacht antwoord van het kantoor — neem contact op met de beheerder',
      'not-enrolled': 'Niet aangemeld bij een kantoor',
    },
    errors: {
      urlInvalid: 'Dat is geen adres. Typ het zoals https://kantoor.uwbedrijf.nl.',
      urlInsecure:
        'Een kantooradres moet met https:// beginnen. http:// mag alleen op deze computer (localhost of 127.0.0.1).',
      notAllowed:
        'Deze versie van Koers mag niet met dat adres verbinden. Vraag de beheerder om een versie voor uw kantoor.',
      noRoute: 'Synchroniseren met het kantoor kan in deze versie van Koers nog niet.',
      code: 'De code bestaat uit minstens 6 letters of cijfers.',
      codeRefused: 'Het kantoor kent deze code niet (meer). Vraag de beheerder om een nieuwe.',
      unreachable: 'Het kantoor is niet bereikbaar. Controleer het adres en de verbinding.',
      enrolFailed: 'Aanmelden lukte niet. Probeer het opnieuw of vraag de beheerder.',
      locked: 'Ontgrendel Koers eerst.',
    },
  },
};

const en: typeof nl = {
  sync: {
    title: 'Office',
    intro:
      'Koers sends the office only what planning needs: whom you coach, trajectory, deadlines, hours and the date of the last contact. Never the BSN, address, health or logbook text.',
    url: 'Office address',
    urlHint: 'For example https://office.yourfirm.nl. Only https://, or http:// on this computer.',
    code: 'One-time code',
    codeHint: "From the office's administrator; valid for 10 minutes.",
    enrol: 'Enrol with the office',
    enrolling: 'Enrolling…',
    enrolled: 'Enrolled with {{office}} as {{coach}}.',
    address: 'Address',
    fingerprint: 'Check words',
    fingerprintHint:
      "Compare these words with the administrator's screen. If they differ, leave and ask for a new code.",
    now: 'Sync now',
    leave: 'Leave the office',
    leaveConfirm: 'Leave? Changes still waiting will no longer reach the office.',
    conflicts: 'Values the office overwrote',
    conflictsEmpty: 'No conflicts.',
    conflictLine: '{{client}}: {{field}} was "{{lost}}", is now "{{kept}}" ({{when}})',
    conflictsClear: 'Seen',
    fields: { status: 'status', coach: 'coach' },
    statuses: {
      registered: 'registered',
      active: 'active',
      paused: 'paused',
      completed: 'completed',
      stopped: 'stopped',
    },
    header: {
      label: 'Sync with the office',
      synced: 'Synced at {{time}}',
      syncedPending_one: 'Synced at {{time}} — 1 change waiting',
      syncedPending_other: 'Synced at {{time}} — {{count}} changes waiting',
      never: 'Not synced yet',
      running: 'Syncing…',
      offline_one: 'Offline — 1 change waiting',
      offline_other: 'Offline — {{count}} changes waiting',
      refused: 'The office refuses this device — enrol again under Settings → Office',
      revoked: 'Device revoked by the office — ask the administrator for a new code',
      clock: "This laptop's clock is wrong — set the time and sync again",
      server: 'Error on the office server — Koers tries again later; nothing is lost',
      'bad-response': 'Unexpected answer from the office — contact the administrator',
      'not-enrolled': 'Not enrolled with an office',
    },
    errors: {
      urlInvalid: 'That is not an address. Type it like https://office.yourfirm.nl.',
      urlInsecure:
        'An office address must start with https://. http:// is only allowed on this computer (localhost or 127.0.0.1).',
      notAllowed:
        'This build of Koers may not connect to that address. Ask the administrator for a build for your office.',
      noRoute: 'Syncing with the office is not available in this build of Koers yet.',
      code: 'The code has at least 6 letters or digits.',
      codeRefused:
        'The office does not know this code (any more). Ask the administrator for a new one.',
      unreachable: 'The office cannot be reached. Check the address and the connection.',
      enrolFailed: 'Enrolling failed. Try again or ask the administrator.',
      locked: 'Unlock Koers first.',
    },
  },
};

export const messages = { nl, en };
