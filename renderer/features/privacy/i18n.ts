// This feature's messages. Merged into the app's resources in renderer/app/i18n.ts.
const nl = {
  privacy: {
    title: 'Privacy',
    consent: 'Toestemming en grondslag',
    audit: 'Auditlogboek van deze cliënt',
  },
};

const en: typeof nl = {
  privacy: {
    title: 'Privacy',
    consent: 'Consent and legal ground',
    audit: 'Audit log for this client',
  },
};

export const messages = { nl, en };
