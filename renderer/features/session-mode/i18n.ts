// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  sessionMode: {
    title: 'TODO',
  },
};

const en: typeof nl = {
  sessionMode: {
    title: 'TODO',
  },
};

export const messages = { nl, en };
