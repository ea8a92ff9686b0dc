// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  sessionMode: {
    title: 'Cliënt kijkt mee',
    enter: 'Cliënt kijkt mee',
    enterHint:
      'Verbergt in één klik alle andere cliënten, de caseload, afgeschermde gegevens en het BSN.',
    choose: 'Wat deel ik?',
    chooseTitle: 'Wat laat ik zien als de cliënt meekijkt?',
    chooseIntro:
      'Deze keuze wordt onthouden voor de volgende keer. Alleen de tabbladen die je aanvinkt zijn zichtbaar; de rest van Koers blijft verborgen tot je de sessie beëindigt met je wachtwoordzin.',
    neverShared:
      'Gezondheid en Privacy worden nooit getoond, het BSN blijft afgeschermd en het afgeschermde deel gaat dicht.',
    atLeastOne: 'Kies minstens één tabblad.',
    done: 'Klaar',
    banner: 'Cliënt kijkt mee — alleen {{name}}',
    bannerHint: 'Andere cliënten, de caseload en afgeschermde gegevens zijn verborgen.',
    end: 'Sessie beëindigen',
    endTitle: 'Sessie beëindigen',
    endIntro:
      'Typ je wachtwoordzin om de caseload en alle tabbladen weer te tonen. Zonder wachtwoordzin blijft alles zoals het is.',
    passphrase: 'Wachtwoordzin',
    confirm: 'Beëindigen',
    checking: 'Controleren…',
    cancel: 'Annuleren',
    bsnHidden: 'Verborgen zolang de cliënt meekijkt.',
    nothingShared: 'Je deelt geen tabbladen in deze sessie.',
  },
};

const en: typeof nl = {
  sessionMode: {
    title: 'Client view',
    enter: 'Client view',
    enterHint: 'One click hides every other client, the caseload, sealed content and the BSN.',
    choose: 'What do I share?',
    chooseTitle: 'What may the client see?',
    chooseIntro:
      'This choice is remembered for next time. Only the tabs you tick are visible; the rest of Koers stays hidden until you end the session with your passphrase.',
    neverShared:
      'Health and Privacy are never shown, the BSN stays masked and the sealed compartment closes.',
    atLeastOne: 'Choose at least one tab.',
    done: 'Done',
    banner: 'Client view — only {{name}}',
    bannerHint: 'Other clients, the caseload and sealed content are hidden.',
    end: 'End session',
    endTitle: 'End session',
    endIntro:
      'Type your passphrase to show the caseload and every tab again. Without the passphrase nothing changes.',
    passphrase: 'Passphrase',
    confirm: 'End',
    checking: 'Checking…',
    cancel: 'Cancel',
    bsnHidden: 'Hidden while the client is watching.',
    nothingShared: 'You are not sharing any tabs in this session.',
  },
};

export const messages = { nl, en };
