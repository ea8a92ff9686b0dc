// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  health: {
    title: 'Gezondheid',
    intro:
      'Gezondheidsgegevens staan altijd in het afgeschermde deel: alleen wat voor de re-integratie nodig is en volgens de Autoriteit Persoonsgegevens mag.',
    noDiagnosis:
      'Leg geen diagnose, ziekte, klachten, therapie of afspraken met artsen vast. Beschrijf wat de cliënt wel en niet kan.',
    findingsNote: 'Pas de tekst aan: dit hoort niet in het dossier, ook niet afgeschermd.',
    fields: {
      functionalLimitations: 'Functionele beperkingen',
      remainingCapacity: 'Mogelijkheden en belastbaarheid',
      adjustments: 'Benodigde aanpassingen',
      expectedDuration: 'Verwachte duur',
      incapacityClass: 'Mate van arbeidsongeschiktheid (WIA)',
      incapacityPercentage: 'Percentage',
      occupationalPhysician: 'Naam bedrijfsarts',
    },
    durations: {
      unknown: 'Nog niet bekend',
      'under-3-months': 'Korter dan 3 maanden',
      '3-6-months': '3 tot 6 maanden',
      '6-12-months': '6 tot 12 maanden',
      'over-12-months': 'Langer dan 12 maanden',
      lasting: 'Blijvend',
    },
    classes: {
      none: 'Nog geen beoordeling',
      'under-35': 'Minder dan 35%',
      '35-80': '35 tot 80% (WGA)',
      '80-100-wga': '80 tot 100%, niet duurzaam (WGA)',
      '80-100-iva': '80 tot 100%, duurzaam (IVA)',
    },
    percentage: 'Een heel getal van 0 tot en met 100.',
    save: 'Opslaan',
    saved: 'Opgeslagen in het afgeschermde deel',
  },
};

const en: typeof nl = {
  health: {
    title: 'Health',
    intro:
      'Health data always lives in the sealed compartment: only what reintegration needs and the Dutch Data Protection Authority allows.',
    noDiagnosis:
      'Do not record a diagnosis, illness, complaints, therapy or doctor’s appointments. Describe what the client can and cannot do.',
    findingsNote: 'Change the text: this does not belong in the file, not even sealed.',
    fields: {
      functionalLimitations: 'Functional limitations',
      remainingCapacity: 'Remaining capacity',
      adjustments: 'Adjustments needed',
      expectedDuration: 'Expected duration',
      incapacityClass: 'Degree of incapacity (WIA)',
      incapacityPercentage: 'Percentage',
      occupationalPhysician: 'Occupational physician’s name',
    },
    durations: {
      unknown: 'Not known yet',
      'under-3-months': 'Under 3 months',
      '3-6-months': '3 to 6 months',
      '6-12-months': '6 to 12 months',
      'over-12-months': 'Over 12 months',
      lasting: 'Lasting',
    },
    classes: {
      none: 'Not assessed yet',
      'under-35': 'Under 35%',
      '35-80': '35 to 80% (WGA)',
      '80-100-wga': '80 to 100%, not lasting (WGA)',
      '80-100-iva': '80 to 100%, lasting (IVA)',
    },
    percentage: 'A whole number from 0 to 100.',
    save: 'Save',
    saved: 'Saved in the sealed compartment',
  },
};

export const messages = { nl, en };
