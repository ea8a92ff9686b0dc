import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_AUTOCOMPLETE } from './passphrase-field';
import type { Backoff } from './useBackoff';

/**
 * The passphrase input every prompt uses (lock screen, compartment, leaving session mode,
 * settings), with the last error or, while the shared back-off runs, the lock screen's
 * countdown below it. `notice={false}` where the layout puts <BackoffNotice> elsewhere.
 */
export function PassphraseField({
  label,
  value,
  onChange,
  backoff,
  error,
  notice = true,
  disabled,
  autoFocus,
  className = 'field',
  inputRef,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  backoff: Backoff;
  error?: string | null;
  notice?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <label className={className}>
        <span>{label}</span>
        <input
          ref={inputRef}
          type="password"
          autoComplete={PASSPHRASE_AUTOCOMPLETE}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
        />
      </label>
      {notice && <BackoffNotice backoff={backoff} error={error} />}
    </>
  );
}

/** The error of the last try, or while the back-off runs the same countdown everywhere. */
export function BackoffNotice(props: { backoff: Backoff; error?: string | null }) {
  const { t } = useTranslation();
  if (props.backoff.throttled)
    return (
      <p className="error" role="alert">
        {t('lock.throttled', { seconds: props.backoff.secondsLeft })}
      </p>
    );
  if (!props.error) return null;
  return (
    <p className="error" role="alert">
      {props.error}
    </p>
  );
}
