// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  trajectory: {
    title: 'UWV-traject',
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    trajectory: {
      title: 'UWV trajectory',
    },
  },
};
