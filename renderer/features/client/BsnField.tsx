import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInSessionMode } from '../../state/useSessionMode';

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
  const inSessionMode = useInSessionMode();

  useEffect(() => {
    if (!revealed) return;
    const timer = setTimeout(() => setRevealed(false), REVEAL_MS);
    return () => clearTimeout(timer);
  }, [revealed]);

  // With the client looking along the number is not even in the page, only its mask; the
  // form keeps the real value, so saving other fields leaves the BSN as it was.
  if (inSessionMode) {
    return (
      <div className="field">
        <span>{t('client.fields.bsn')}</span>
        <input
          className="bsn masked"
          value={props.value ? '\u2022'.repeat(9) : ''}
          readOnly
          aria-label={t('client.fields.bsn')}
          data-testid="bsn-input"
        />
        <small className="muted">{t('sessionMode.bsnHidden')}</small>
      </div>
    );
  }

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
