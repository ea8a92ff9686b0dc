// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  dashboard: {
    title: 'Overzicht',
    today: 'Vandaag, {{date}}',
    intro: 'Termijnen van al je cliënten, je uren en wie je al even niet hebt gesproken.',
    loading: 'Bezig met laden…',
    openClient: 'Open het dossier van {{name}}',
    deadlines: {
      title: 'Termijnen',
      subtitle: 'Te laat en in de komende 14 dagen (tot en met {{date}})',
      empty: 'Geen termijnen die te laat zijn of in de komende 14 dagen vallen.',
      poortwachter: 'Poortwachter',
      uwv: 'UWV',
    },
    hours: {
      title: 'Uren deze maand',
      total: '{{hours}} uur',
      month: 'in {{month}}, uit het logboek',
      empty: 'Nog geen uren vastgelegd in {{month}}.',
      client: '{{hours}} uur',
    },
    noContact: {
      title: 'Geen contact in 6 weken',
      empty: 'Met iedereen in je actieve caseload had je de afgelopen 6 weken contact.',
      last: 'laatste contact {{date}} · {{days}} dagen geleden',
      never: 'nog geen contact vastgelegd · cliënt sinds {{date}} ({{days}} dagen)',
    },
    agenda: {
      title: 'Agenda: vervolgafspraken',
      subtitle: 'Uit het logboek, vandaag tot en met {{date}}',
      empty: 'Geen vervolgafspraken tot en met {{date}}.',
      overdue: 'Verlopen',
      overdueHint: 'De datum is voorbij en sindsdien is er geen contact vastgelegd.',
      today: 'vandaag',
      setOn: 'vastgelegd bij contact van {{date}}',
      openLogbook: 'Open het logboek van {{name}}',
      export: 'Exporteren naar agenda (.ics)',
      exportNone: 'Er zijn geen komende vervolgafspraken om te exporteren.',
      exportPrivacy:
        'Het bestand wordt onversleuteld opgeslagen. Het bevat per afspraak alleen de datum en "Vervolg" met voornaam en eerste letter van de achternaam: geen logboektekst, geen gezondheidsgegevens.',
      exportDone: 'Agendabestand opgeslagen.',
      exportFailed: 'Het agendabestand kon niet worden opgeslagen.',
      eventSummary: 'Vervolg: {{name}}',
      calendarName: 'Koers: vervolgafspraken',
    },
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    dashboard: {
      title: 'Overview',
      today: 'Today, {{date}}',
      intro:
        'Deadlines of all your clients, your hours and whom you have not spoken to for a while.',
      loading: 'Loading…',
      openClient: 'Open the file of {{name}}',
      deadlines: {
        title: 'Deadlines',
        subtitle: 'Overdue and in the next 14 days (up to and including {{date}})',
        empty: 'No deadlines overdue or in the next 14 days.',
        poortwachter: 'Poortwachter',
        uwv: 'UWV',
      },
      hours: {
        title: 'Hours this month',
        total: '{{hours}} hours',
        month: 'in {{month}}, from the logbook',
        empty: 'No hours recorded in {{month}} yet.',
        client: '{{hours}} h',
      },
      noContact: {
        title: 'No contact for 6 weeks',
        empty: 'You were in touch with everyone in your active caseload in the past 6 weeks.',
        last: 'last contact {{date}} · {{days}} days ago',
        never: 'no contact recorded yet · client since {{date}} ({{days}} days)',
      },
      agenda: {
        title: 'Agenda: follow-ups',
        subtitle: 'From the logbook, today up to and including {{date}}',
        empty: 'No follow-ups up to and including {{date}}.',
        overdue: 'Overdue',
        overdueHint: 'The date has passed and no contact has been recorded since.',
        today: 'today',
        setOn: 'set at the contact on {{date}}',
        openLogbook: 'Open the logbook of {{name}}',
        export: 'Export to calendar (.ics)',
        exportNone: 'There are no upcoming follow-ups to export.',
        exportPrivacy:
          'The file is saved unencrypted. For each follow-up it holds only the date and "Follow-up" with the first name and the initial of the surname: no logbook text, no health data.',
        exportDone: 'Calendar file saved.',
        exportFailed: 'The calendar file could not be saved.',
        eventSummary: 'Follow-up: {{name}}',
        calendarName: 'Koers: follow-ups',
      },
    },
  },
};
