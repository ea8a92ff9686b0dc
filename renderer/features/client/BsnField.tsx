import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const REVEAL_MS = 30_000;

/**
 * The BSN is masked unless the coach asks to see it, and hides itself again after 30 s.
 * Masking uses CSS text-security rather than type=password, so the browser's password
 * manager never offers to store it.
 */
export function BsnField(props: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);

  useEffect(() => {
    if (!revealed) return;
    const timer = setTimeout(() => setRevealed(false), REVEAL_MS);
    return () => clearTimeout(timer);
  }, [revealed]);

  return (
    <div className="field">
      <span>{t('client.fields.bsn')}</span>
      <div className="bsn-row">
        <input
          className={revealed ? 'bsn' : 'bsn masked'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-label={t('client.fields.bsn')}
          aria-invalid={props.error ? true : undefined}
          placeholder={props.isNew ? '' : t('client.bsnEmpty')}
          data-testid="bsn-input"
        />
        <button
          type="button"
          className="ghost small"
          onClick={() => setRevealed((r) => !r)}
          aria-pressed={revealed}
        >
          {revealed ? t('client.bsnHide') : t('client.bsnShow')}
        </button>
      </div>
      {props.error ? (
        <small className="error">{props.error}</small>
      ) : (
        <small className="muted">{t('client.bsnHint')}</small>
      )}
    </div>
  );
}
