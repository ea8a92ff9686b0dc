// The retention engine's messages (dashboard panel, hold dialog, the policy table in the
// settings, the archive dialog). Merged into the app's resources in renderer/app/i18n-features.ts.
const nl = {
  retention: {
    classes: {
      dossier: 'Dossier',
      medical: 'Medische gegevens',
      'coaching-report': 'Coachverslagen en logboek',
      financial: 'Financiële gegevens',
      audit: 'Controlelogboek',
    },
    triggers: {
      'service-end': 'einde dienstverlening',
      archived: 'archiveren',
      'dossier-period-end': 'einde termijn dossier',
    },
    erasureRequest: 'of direct na een verzoek tot verwijdering',
    panel: {
      title: 'Te verwijderen',
      subtitle:
        'De bewaartermijn is voorbij (controle van {{date}}). Niets wordt gewist zonder jouw bevestiging.',
      empty: 'Niets te verwijderen.',
      since: 'te verwijderen sinds {{date}}',
      sinceRequest: 'verzoek tot verwijdering van {{date}}',
      confirm: 'Wissen bevestigen',
      confirmLabel: 'Wissen bevestigen: {{what}} van {{name}}',
      hold: 'Langer bewaren',
      holdLabel: 'Langer bewaren: {{what}} van {{name}}',
      blocked: 'Een ander deel van dit dossier wordt langer bewaard; wissen kan na {{date}}.',
      held: 'Langer bewaard ({{count}})',
      heldUntil: 'herbeoordelen op {{date}}',
      erasedClient: 'verwijderde cliënt',
    },
    hold: {
      title: 'Langer bewaren: {{what}} van {{name}}',
      intro:
        'Leg vast waarom de wet vraagt deze gegevens langer te bewaren, en wanneer je dat opnieuw beoordeelt. Op die datum staan ze weer op de lijst Te verwijderen.',
      reason: 'Reden (wettelijke grond)',
      reviewOn: 'Opnieuw beoordelen op',
      reviewHint: 'dd-mm-jjjj, na vandaag en binnen 5 jaar',
      save: 'Vastleggen',
      cancel: 'Annuleren',
    },
    policy: {
      title: 'Bewaartermijnen',
      intro:
        'Hoe lang Koers gegevens van een cliënt bewaart voordat ze op de lijst Te verwijderen komen. De standaard komt uit de privacyverklaringen; je kunt een termijn alleen binnen de wettelijke grenzen aanpassen.',
      caption: 'Bewaartermijnen per soort gegevens',
      columns: {
        class: 'Soort gegevens',
        period: 'Termijn',
        trigger: 'Gerekend vanaf',
        source: 'Bron',
      },
      months: 'maanden',
      monthsLabel: 'Termijn voor {{what}} in maanden',
      triggerLabel: 'Termijn voor {{what}} gerekend vanaf',
      bounds: '{{min}} tot en met {{max}} maanden',
      fixed: 'vast: {{months}} maanden',
      backups: 'Back-ups',
      days: 'dagen',
      daysLabel: 'Back-ups bewaren, in dagen',
      daysBounds: '{{min}} tot en met {{max}} dagen',
      afterBackup: 'het maken van de back-up',
      auditPeriod: 'zolang de kluis bestaat',
      save: 'Bewaartermijnen opslaan',
      saved: 'Opgeslagen',
    },
    errors: {
      months: 'Kies een termijn binnen de wettelijke grenzen.',
      trigger: 'Kies een van de genoemde momenten.',
      backupDays: 'Back-ups blijven 1 tot en met 14 dagen bewaard.',
      reasonRequired: 'Vul de reden in.',
      reviewRequired: 'Vul de datum in waarop je dit opnieuw beoordeelt.',
      reviewNotAfterToday: 'Kies een datum na vandaag.',
      reviewTooFar: 'Beoordeel dit binnen 5 jaar opnieuw.',
      notSaved: 'Niet opgeslagen: verbeter de gemarkeerde velden.',
    },
    archive: {
      body: '{{name}} verdwijnt uit je actieve caseload. Het dossier blijft versleuteld bewaard en je kunt het terugzetten.',
      due: 'Volgens de bewaartermijnen komt het dossier op {{dossier}} op de lijst Te verwijderen, medische gegevens op {{medical}} en coachverslagen op {{coaching}}. Financiële gegevens blijven tot {{financial}} (fiscale bewaarplicht).',
      dueNow:
        'De bewaartermijn van het dossier is al voorbij (sinds {{dossier}}): na archiveren staat het direct op de lijst Te verwijderen. Medische gegevens volgen op {{medical}}; financiële gegevens blijven tot {{financial}} (fiscale bewaarplicht).',
      confirmNote: 'Niets wordt gewist zonder jouw bevestiging.',
      requested:
        'Er is een verzoek tot verwijdering: medische gegevens staan al op de lijst Te verwijderen.',
    },
  },
};

const en: typeof nl = {
  retention: {
    classes: {
      dossier: 'File',
      medical: 'Medical data',
      'coaching-report': 'Coaching reports and logbook',
      financial: 'Financial data',
      audit: 'Audit log',
    },
    triggers: {
      'service-end': 'end of the service',
      archived: 'archiving',
      'dossier-period-end': "end of the file's period",
    },
    erasureRequest: 'or right after an erasure request',
    panel: {
      title: 'Due for erasure',
      subtitle:
        'The retention period is over (checked on {{date}}). Nothing is erased without your confirmation.',
      empty: 'Nothing is due for erasure.',
      since: 'due since {{date}}',
      sinceRequest: 'erasure request of {{date}}',
      confirm: 'Confirm erasure',
      confirmLabel: 'Confirm erasure: {{what}} of {{name}}',
      hold: 'Keep longer',
      holdLabel: 'Keep longer: {{what}} of {{name}}',
      blocked: 'Another part of this file is kept longer; erasure is possible after {{date}}.',
      held: 'Kept longer ({{count}})',
      heldUntil: 'review on {{date}}',
      erasedClient: 'erased client',
    },
    hold: {
      title: 'Keep longer: {{what}} of {{name}}',
      intro:
        'Record why the law requires keeping this data longer, and when you will review that. On that date it is back on the list of data due for erasure.',
      reason: 'Reason (legal ground)',
      reviewOn: 'Review on',
      reviewHint: 'dd-mm-yyyy, after today and within 5 years',
      save: 'Record',
      cancel: 'Cancel',
    },
    policy: {
      title: 'Retention periods',
      intro:
        "How long Koers keeps a client's data before it is listed as due for erasure. The defaults come from the privacy statements; you can change a period only within the legal bounds.",
      caption: 'Retention periods per kind of data',
      columns: {
        class: 'Kind of data',
        period: 'Period',
        trigger: 'Counted from',
        source: 'Source',
      },
      months: 'months',
      monthsLabel: 'Period for {{what}} in months',
      triggerLabel: 'Period for {{what}} counted from',
      bounds: '{{min}} to {{max}} months',
      fixed: 'fixed: {{months}} months',
      backups: 'Backups',
      days: 'days',
      daysLabel: 'Keep backups, in days',
      daysBounds: '{{min}} to {{max}} days',
      afterBackup: 'making the backup',
      auditPeriod: 'as long as the vault',
      save: 'Save retention periods',
      saved: 'Saved',
    },
    errors: {
      months: 'Choose a period within the legal bounds.',
      trigger: 'Choose one of the moments listed.',
      backupDays: 'Backups are kept 1 to 14 days.',
      reasonRequired: 'Fill in the reason.',
      reviewRequired: 'Fill in the date on which you will review this.',
      reviewNotAfterToday: 'Choose a date after today.',
      reviewTooFar: 'Review this within 5 years.',
      notSaved: 'Not saved: correct the marked fields.',
    },
    archive: {
      body: '{{name}} leaves your active caseload. The file stays encrypted and you can restore it.',
      due: 'Under the retention periods the file is due for erasure on {{dossier}}, medical data on {{medical}} and coaching reports on {{coaching}}. Financial data is kept until {{financial}} (tax law).',
      dueNow:
        "The file's retention period is already over (since {{dossier}}): once archived it is due for erasure at once. Medical data follows on {{medical}}; financial data is kept until {{financial}} (tax law).",
      confirmNote: 'Nothing is erased without your confirmation.',
      requested: 'There is an erasure request: medical data is already due for erasure.',
    },
  },
};

export const messages = { nl, en };
