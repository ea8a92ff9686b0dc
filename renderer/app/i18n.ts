import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../i18n/en';
import { initialLanguage } from '../i18n/language';
import { nl } from '../i18n/nl';
import { messages as cv } from '../features/cv/i18n';
import { messages as dashboard } from '../features/dashboard/i18n';
import { messages as documents } from '../features/documents/i18n';
import { messages as logbook } from '../features/logbook/i18n';
import { messages as poortwachter } from '../features/poortwachter/i18n';
import { messages as trajectory } from '../features/trajectory/i18n';
import { messages as audit } from '../features/audit/i18n';
import { messages as compartment } from '../features/compartment/i18n';
import { messages as consent } from '../features/consent/i18n';
import { messages as health } from '../features/health/i18n';
import { messages as privacy } from '../features/privacy/i18n';
import { messages as sessionMode } from '../features/session-mode/i18n';
import { messages as keyboard } from '../features/keyboard/i18n';
import { messages as exportMessages } from '../features/export/i18n';
import { messages as lockHelp } from '../features/lock/i18n';
import { messages as demo } from '../features/demo/i18n';
import { messages as requests } from '../features/requests/i18n';
import { messages as recipients } from '../features/recipients/i18n';
import { messages as history } from '../features/ui/history/i18n';

// The app's resources: the shared messages (renderer/i18n/) and each feature's, kept beside
// its code under its own top-level key. Gathered here, above the features; the language
// setting itself sits below them (renderer/i18n/language.ts).
const merged = (lang: 'nl' | 'en') => ({
  ...(lang === 'nl' ? nl : en),
  ...cv[lang],
  ...dashboard[lang],
  ...documents[lang],
  ...logbook[lang],
  ...poortwachter[lang],
  ...trajectory[lang],
  ...audit[lang],
  ...compartment[lang],
  ...consent[lang],
  ...health[lang],
  ...privacy[lang],
  ...sessionMode[lang],
  ...keyboard[lang],
  ...exportMessages[lang],
  ...lockHelp[lang],
  ...demo[lang],
  ...requests[lang],
  ...recipients[lang],
  ...history[lang],
});

/** The Dutch messages are the reference: every key `t()` is given must be one of them. */
export type Resources = ReturnType<typeof merged>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { nl: { translation: merged('nl') }, en: { translation: merged('en') } },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
