// The financial records on the trajectory tab. Merged in renderer/app/i18n-features.ts.
const nl = {
  financial: {
    hoursTitle: 'Uren per maand en activiteit',
    hoursIntro:
      'Financiële administratie, 7 jaar bewaard (fiscale bewaarplicht), ook als het dossier wordt gewist. Bijgewerkt bij elke opslag in het logboek.',
    noHours: 'Nog geen uren.',
    month: 'Maand',
    activity: 'Activiteit',
    hours: 'Uren',
    onTrajectory: 'Op dit traject',
    activities: {
      'face-to-face': 'Persoonlijk gesprek',
      phone: 'Telefonisch',
      video: 'Videogesprek',
      email: 'E-mail',
      other: 'Overig',
      unspecified: 'Niet gespecificeerd (verzegelde regel)',
    },
    invoicesTitle: 'Factuurverwijzingen',
    noInvoices: 'Nog geen facturen vastgelegd.',
    reference: 'Factuurnummer',
    invoicedOn: 'Factuurdatum',
    note: 'Toelichting (bijvoorbeeld de periode)',
    addInvoice: 'Factuur vastleggen',
    invoiceSaved: 'Factuur vastgelegd.',
  },
};

const en: typeof nl = {
  financial: {
    hoursTitle: 'Hours per month and activity',
    hoursIntro:
      'Financial administration, kept 7 years (tax law), also when the file is erased. Updated at every logbook save.',
    noHours: 'No hours yet.',
    month: 'Month',
    activity: 'Activity',
    hours: 'Hours',
    onTrajectory: 'On this trajectory',
    activities: {
      'face-to-face': 'In person',
      phone: 'By phone',
      video: 'Video call',
      email: 'E-mail',
      other: 'Other',
      unspecified: 'Not specified (sealed entry)',
    },
    invoicesTitle: 'Invoice references',
    noInvoices: 'No invoices recorded yet.',
    reference: 'Invoice number',
    invoicedOn: 'Invoice date',
    note: 'Note (for example the period)',
    addInvoice: 'Record invoice',
    invoiceSaved: 'Invoice recorded.',
  },
};

export const messages = { nl, en };
