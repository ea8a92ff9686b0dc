// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  health: {
    title: 'Gezondheid',
  },
};

const en: typeof nl = {
  health: {
    title: 'Health',
  },
};

export const messages = { nl, en };
