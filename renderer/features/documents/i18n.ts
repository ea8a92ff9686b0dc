// This feature's messages. Merged into the app's resources in renderer/i18n/index.ts.
const nl = {
  documents: {
    title: 'Documenten',
  },
};

export const messages: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    documents: {
      title: 'Documents',
    },
  },
};
