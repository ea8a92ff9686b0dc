// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  poortwachter: {
    title: 'Poortwachter',
    intro:
      'De termijnen van de Wet verbetering Poortwachter tellen vanaf de eerste ziektedag. Leg vast wanneer elke stap gedaan is; een verlenging verschuift de latere stappen.',
    medicalNotice:
      'Ziektedata zijn medische gegevens. Ze staan versleuteld in dit dossier en verschijnen nergens anders, ook niet op het overzicht.',
    loading: 'Poortwachterdossier wordt geopend…',
    saved: 'Opgeslagen',
    summary: 'Eerste ziektedag van deze wachttijd: {{first}} · einde wachttijd: {{end}}',
    spells: {
      title: 'Ziekteperiodes',
      firstDay: 'Eerste ziektedag',
      lastDay: 'Laatste ziektedag',
      lastDayHint: 'Leeg laten zolang de werknemer ziek is.',
      add: 'Periode toevoegen',
      remove: 'Verwijderen',
      removeLabel: 'Periode vanaf {{date}} verwijderen',
      open: 'nog ziek',
      none: 'Nog geen ziekteperiode vastgelegd. Vul de eerste ziektedag in: daaruit volgen alle termijnen.',
      merged: 'Periodes met minder dan 4 weken herstel ertussen tellen als één wachttijd.',
      earlier: 'eerdere wachttijd',
      recover: 'Hersteld? Laatste ziektedag',
      close: 'Vastleggen',
    },
    extensions: {
      title: 'Verlenging van de wachttijd',
      kind: 'Soort',
      kinds: { loonsanctie: 'Loonsanctie (UWV)', vrijwillig: 'Vrijwillige verlenging' },
      weeks: 'Aantal weken',
      decided: 'Besloten op',
      note: 'Toelichting',
      add: 'Verlenging toevoegen',
      remove: 'Verwijderen',
      none: 'Geen verlenging vastgelegd.',
      item: '{{kind}}: {{weeks}} weken, besloten op {{date}}',
      total:
        'Totaal {{weeks}} weken. De WIA-brief, de eindevaluatie, de WIA-aanvraag en het einde van de wachttijd schuiven even ver op.',
    },
    who: {
      title: 'Wie is verantwoordelijk?',
      text: 'Werkgever en werknemer zijn samen verantwoordelijk voor de re-integratie. De bedrijfsarts maakt de probleemanalyse, de werkgever doet de 42e-weeksmelding aan UWV en de werknemer vraagt de WIA aan. Als coach bewaak je de termijnen en leg je vast wanneer een stap gedaan is.',
    },
    roles: {
      employer: 'werkgever',
      employee: 'werknemer',
      bedrijfsarts: 'bedrijfsarts',
      arbeidsdeskundige: 'arbeidsdeskundige',
      coach: 'coach',
      uwv: 'UWV',
    },
    timeline: {
      title: 'Tijdlijn',
      week: 'week {{week}}',
      weekAfter: 'eerste werkdag na week {{week}}',
      due: 'uiterlijk {{date}}',
      who: 'wie: {{who}}',
      nobody: 'niemand hoeft iets te doen',
      moved: 'verschoven met {{weeks}} weken',
      doneOn: 'Gedaan op {{date}}',
      reachedOn: 'Bereikt op {{date}}',
      undo: 'Ongedaan maken',
      undoLabel: '{{step}}: gedaan-datum wissen',
    },
    status: {
      recovered:
        'Hersteld na {{date}}. De latere termijnen gelden alleen als de werknemer binnen 4 weken opnieuw uitvalt.',
      lapsed:
        'Meer dan 4 weken hersteld na {{date}}: deze wachttijd is afgesloten. Nieuwe ziekte start een nieuwe wachttijd.',
      ended: 'De wachttijd is afgelopen op {{date}}.',
    },
    deadline: {
      states: { done: 'Gedaan', overdue: 'Te laat', 'due-soon': 'Binnenkort', upcoming: 'Gepland' },
      overdue_one: '{{count}} dag te laat',
      overdue_other: '{{count}} dagen te laat',
      today: 'vandaag',
      dueIn_one: 'over {{count}} dag',
      dueIn_other: 'over {{count}} dagen',
      doneLabel: 'Gedaan op',
      record: 'Vastleggen',
      recordLabel: '{{step}}: gedaan op',
    },
    errors: {
      before2004: 'De regels van 104 weken gelden alleen voor ziekte vanaf 1 januari 2004.',
      lastBeforeFirst: 'De laatste ziektedag ligt vóór de eerste.',
      overlap:
        'Deze periode overlapt een vastgelegde periode, of een eerdere periode heeft nog geen laatste ziektedag.',
      weeks: 'Vul een heel aantal weken in, van 1 tot en met 52.',
      voluntaryWeeks: 'Een vrijwillige verlenging is minstens 13 en hoogstens 52 weken.',
      extensionTotal:
        'Samen met de vastgelegde verlengingen wordt dit meer dan 52 weken. De wet staat hoogstens 52 weken verlenging toe.',
      extensionTooLong:
        'De vastgelegde verlengingen tellen op tot {{weeks}} weken, maar de wet staat hoogstens 52 weken toe. De tijdlijn rekent met 52 weken tot je een verlenging verwijdert.',
      invalidSpells:
        'De vastgelegde ziekteperiodes overlappen elkaar. Verwijder de onjuiste periode.',
      damaged: 'Dit Poortwachterdossier is in een onbekende vorm opgeslagen en wordt niet getoond.',
    },
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    poortwachter: {
      title: 'Poortwachter',
      intro:
        'The deadlines of the Dutch Gatekeeper Improvement Act count from the first day of sickness. Record when each step was done; an extension moves the later steps.',
      medicalNotice:
        'Sick dates are medical data. They are kept encrypted in this file and appear nowhere else, not even on the overview.',
      loading: 'Opening the Poortwachter file…',
      saved: 'Saved',
      summary: 'First sick day of this waiting period: {{first}} · end of waiting period: {{end}}',
      spells: {
        title: 'Sick spells',
        firstDay: 'First sick day',
        lastDay: 'Last sick day',
        lastDayHint: 'Leave empty while the employee is sick.',
        add: 'Add spell',
        remove: 'Remove',
        removeLabel: 'Remove the spell from {{date}}',
        open: 'still sick',
        none: 'No sick spell recorded yet. Enter the first sick day: every deadline follows from it.',
        merged:
          'Spells with less than 4 weeks of recovery between them count as one waiting period.',
        earlier: 'earlier waiting period',
        recover: 'Recovered? Last sick day',
        close: 'Record',
      },
      extensions: {
        title: 'Extension of the waiting period',
        kind: 'Kind',
        kinds: { loonsanctie: 'Wage sanction (UWV)', vrijwillig: 'Voluntary extension' },
        weeks: 'Weeks',
        decided: 'Decided on',
        note: 'Note',
        add: 'Add extension',
        remove: 'Remove',
        none: 'No extension recorded.',
        item: '{{kind}}: {{weeks}} weeks, decided on {{date}}',
        total:
          'Total {{weeks}} weeks. The WIA letter, final evaluation, WIA application and end of the waiting period move by as much.',
      },
      who: {
        title: 'Who is responsible?',
        text: 'Employer and employee are jointly responsible for reintegration. The company doctor writes the problem analysis, the employer sends the week-42 report to UWV and the employee applies for WIA. As the coach you watch the deadlines and record when a step was done.',
      },
      roles: {
        employer: 'employer',
        employee: 'employee',
        bedrijfsarts: 'company doctor',
        arbeidsdeskundige: 'labour expert',
        coach: 'coach',
        uwv: 'UWV',
      },
      timeline: {
        title: 'Timeline',
        week: 'week {{week}}',
        weekAfter: 'first working day after week {{week}}',
        due: 'due {{date}}',
        who: 'who: {{who}}',
        nobody: 'nobody needs to act',
        moved: 'moved by {{weeks}} weeks',
        doneOn: 'Done on {{date}}',
        reachedOn: 'Reached on {{date}}',
        undo: 'Undo',
        undoLabel: '{{step}}: clear the done date',
      },
      status: {
        recovered:
          'Recovered after {{date}}. The later deadlines only apply if the employee falls sick again within 4 weeks.',
        lapsed:
          'Recovered for more than 4 weeks after {{date}}: this waiting period is closed. New sickness starts a new waiting period.',
        ended: 'The waiting period ended on {{date}}.',
      },
      deadline: {
        states: { done: 'Done', overdue: 'Overdue', 'due-soon': 'Due soon', upcoming: 'Planned' },
        overdue_one: '{{count}} day overdue',
        overdue_other: '{{count}} days overdue',
        today: 'today',
        dueIn_one: 'in {{count}} day',
        dueIn_other: 'in {{count}} days',
        doneLabel: 'Done on',
        record: 'Record',
        recordLabel: '{{step}}: done on',
      },
      errors: {
        before2004: 'The 104-week rules only apply to sickness from 1 January 2004.',
        lastBeforeFirst: 'The last sick day is before the first.',
        overlap:
          'This spell overlaps a recorded spell, or an earlier spell has no last sick day yet.',
        weeks: 'Enter a whole number of weeks, from 1 to 52.',
        voluntaryWeeks: 'A voluntary extension is at least 13 and at most 52 weeks.',
        extensionTotal:
          'Together with the recorded extensions this exceeds 52 weeks. The law allows at most 52 weeks of extension.',
        extensionTooLong:
          'The recorded extensions add up to {{weeks}} weeks, but the law allows at most 52. The timeline uses 52 weeks until you remove an extension.',
        invalidSpells: 'The recorded sick spells overlap. Remove the wrong one.',
        damaged: 'This Poortwachter file is stored in an unknown form and is not shown.',
      },
    },
  },
};
