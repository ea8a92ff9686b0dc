// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  compartment: {
    title: 'TODO',
  },
};

const en: typeof nl = {
  compartment: {
    title: 'TODO',
  },
};

export const messages = { nl, en };
