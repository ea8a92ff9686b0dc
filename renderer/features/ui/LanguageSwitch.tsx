import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../../i18n/language';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((lang: Language) => (
        <button
          key={lang}
          type="button"
          className={i18n.language === lang ? 'active' : ''}
          aria-pressed={i18n.language === lang}
          onClick={() => void setLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
