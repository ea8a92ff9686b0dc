import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../i18n/en';
import { initialLanguage } from '../i18n/language';
import { nl } from '../i18n/nl';
import { messages as lockHelp } from '../features/lock/i18n';
import { messages as demo } from '../features/demo/i18n';
import type { featureMessages } from './i18n-features';

// The app's resources: the shared messages (renderer/i18n/) and each feature's, kept beside
// its code under its own top-level key. Gathered here, above the features; the language
// setting itself sits below them (renderer/i18n/language.ts). At launch only what the lock,
// setup and demo screens say; the other features' messages come with the unlocked app
// (i18n-features.ts), outside the lock screen's script (issue 11: ready in 300 ms).
const launchMessages = (lang: 'nl' | 'en') => ({
  ...(lang === 'nl' ? nl : en),
  ...lockHelp[lang],
  ...demo[lang],
});
type Merged = ReturnType<typeof launchMessages> & ReturnType<typeof featureMessages>;

/** The Dutch messages are the reference: every key `t()` is given must be one of them. */
export type Resources = Merged;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

export const i18nReady = i18next.use(initReactI18next).init({
  resources: {
    nl: { translation: launchMessages('nl') },
    en: { translation: launchMessages('en') },
  },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
