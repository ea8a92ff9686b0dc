import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
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

// Each feature keeps its own messages beside its code, under its own top-level key.
const features = [
  cv,
  dashboard,
  documents,
  logbook,
  poortwachter,
  trajectory,
  audit,
  compartment,
  consent,
  health,
  privacy,
  sessionMode,
  keyboard,
];
const merged = (lang: 'nl' | 'en', base: object) =>
  Object.assign({}, base, ...features.map((f) => f[lang]));

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

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { nl: { translation: merged('nl', nl) }, en: { translation: merged('en', en) } },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
