import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_TERMS, type RequestTerm } from '../../../shared/domain/requests';
import {
  loadRequestSettings,
  saveRequestSettings,
  type RequestSettings as Settings,
} from '../../state/request-settings';

/** The firm's term for answering requests, and whether a repeat may cost a fee. */
export function RequestSettings() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void loadRequestSettings().then((s) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, []);

  if (!settings) return null;
  const save = (next: Settings) => {
    setSettings(next);
    setSaved(false);
    void saveRequestSettings(next).then(() => setSaved(true));
  };
  return (
    <section aria-labelledby="request-settings-title">
      <h3 id="request-settings-title">{t('requests.settings.title')}</h3>
      <div className="settings-row">
        <label className="field w-m">
          <span>{t('requests.settings.term')}</span>
          <select
            name="requestTerm"
            value={settings.term}
            onChange={(e) => save({ ...settings, term: e.target.value as RequestTerm })}
          >
            {REQUEST_TERMS.map((x) => (
              <option key={x} value={x}>
                {t(`requests.terms.${x}`)}
              </option>
            ))}
          </select>
          <small className="muted">{t('requests.settings.termHint')}</small>
        </label>
        {saved && <span className="ok">✓ {t('requests.settings.saved')}</span>}
      </div>
      <label className="check">
        <input
          type="checkbox"
          name="feeForRepeat"
          checked={settings.feeForRepeat}
          onChange={(e) => save({ ...settings, feeForRepeat: e.target.checked })}
        />
        {t('requests.settings.fee')}
      </label>
    </section>
  );
}
