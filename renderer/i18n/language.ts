import i18next from 'i18next';

/**
 * The language setting: below the features, so any of them may offer the switch. The
 * messages it switches between are gathered above the features, in renderer/app/i18n.ts.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// A UI preference, not dossier data: fine to keep in clear.
const STORAGE_KEY = 'koers.language';

export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'nl';
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}
