// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  audit: {
    title: 'TODO',
  },
};

const en: typeof nl = {
  audit: {
    title: 'TODO',
  },
};

export const messages = { nl, en };
