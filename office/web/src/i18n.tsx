import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { format, parseISO } from 'date-fns';
import { enGB, nl as nlLocale } from 'date-fns/locale';
import { en, nl, type Language, type MessageKey } from './messages';

export type { Language };

const STORAGE_KEY = 'koers-office-language';

export interface I18n {
  language: Language;
  setLanguage: (l: Language) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** The message for a key built from a value the service sent, or `fallback` when there is none. */
  label: (key: string, fallback: string) => string;
  /** "ma 30 nov 2026": the one date style of Koers, here too. A date, or ms since the epoch. */
  day: (when: When) => string;
  /** "30 nov 2026": in tables where the weekday says nothing. */
  shortDay: (when: When) => string;
  /** "ma 30 nov 2026 14:05" in the browser's time zone. */
  dayTime: (when: When) => string;
  time: (when: When) => string;
  month: (yyyyMm: string) => string;
  number: (n: number) => string;
}

/** A date ("2026-11-30", the office's calendar) or an instant (ms since the epoch). */
export type When = string | number;
const toDate = (when: When): Date => (typeof when === 'number' ? new Date(when) : parseISO(when));

export function makeI18n(language: Language, setLanguage: (l: Language) => void): I18n {
  const table: Record<MessageKey, string> = language === 'en' ? en : nl;
  const locale = language === 'en' ? enGB : nlLocale;
  const numberFormat = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 2,
  });
  const day = (when: When) =>
    format(toDate(when), 'EEEEEE d MMM yyyy', { locale }).replace(/\./g, '');
  return {
    language,
    setLanguage,
    t: (key, vars) =>
      table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        vars && name in vars ? String(vars[name]) : whole,
      ),
    label: (key, fallback) => (Object.hasOwn(table, key) ? table[key as MessageKey] : fallback),
    day,
    shortDay: (when) => format(toDate(when), 'd MMM yyyy', { locale }).replace(/\./g, ''),
    dayTime: (when) => `${day(when)} ${format(toDate(when), 'HH:mm')}`,
    time: (when) => format(toDate(when), 'HH:mm'),
    month: (m) => format(parseISO(`${m}-01`), 'MMMM yyyy', { locale }),
    number: (n) => numberFormat.format(n),
  };
}

const I18nContext = createContext<I18n | null>(null);

const storedLanguage = (): Language => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(
    () =>
      makeI18n(language, (l) => {
        try {
          localStorage.setItem(STORAGE_KEY, l);
        } catch {
          // A browser that refuses storage still switches for this visit.
        }
        setLanguageState(l);
      }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
