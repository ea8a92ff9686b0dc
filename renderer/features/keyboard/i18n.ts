// This feature's messages: the idle warning, the shortcut help and the skip link.
const nl = {
  keyboard: {
    skipToMain: 'Naar de inhoud',
    idleWarning: {
      title: 'Koers vergrendelt bijna',
      text_one: 'Vergrendelen over {{count}} seconde wegens inactiviteit.',
      text_other: 'Vergrendelen over {{count}} seconden wegens inactiviteit.',
      hint: 'Druk op een toets om door te werken. Wat je typte maar nog niet opsloeg, blijft versleuteld bewaard.',
    },
    help: {
      title: 'Sneltoetsen',
      close: 'Sluiten',
      newContact: 'Nieuw contact in het logboek',
      save: 'Opslaan in het logboek',
      lock: 'Vergrendelen',
      search: 'Naar het zoekveld van de caseload',
      caseload: 'Door de caseload bewegen; Enter opent de cliënt',
      searchEnter: 'In het zoekveld: open de (eerste) gevonden cliënt',
      help: 'Deze hulp tonen',
      or: 'of',
    },
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    keyboard: {
      skipToMain: 'Skip to content',
      idleWarning: {
        title: 'Koers is about to lock',
        text_one: 'Locking in {{count}} second because of inactivity.',
        text_other: 'Locking in {{count}} seconds because of inactivity.',
        hint: 'Press any key to keep working. Whatever you typed but did not save is kept, encrypted.',
      },
      help: {
        title: 'Keyboard shortcuts',
        close: 'Close',
        newContact: 'New logbook contact',
        save: 'Save in the logbook',
        lock: 'Lock',
        search: 'Go to the caseload search',
        caseload: 'Move through the caseload; Enter opens the client',
        searchEnter: 'In the search field: open the (first) client found',
        help: 'Show this help',
        or: 'or',
      },
    },
  },
};
