// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  consent: {
    title: 'TODO',
  },
};

const en: typeof nl = {
  consent: {
    title: 'TODO',
  },
};

export const messages = { nl, en };
