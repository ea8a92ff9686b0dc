import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backoff } from './useBackoff';

/**
 * The passphrase input every prompt uses (lock screen, compartment, leaving session mode,
 * settings). Disabled while the shared back-off runs; pair with <BackoffNotice>.
 */
export function PassphraseField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  backoff: Backoff;
  disabled?: boolean;
  invalid?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <label className={props.className ?? 'field'}>
      <span>{props.label}</span>
      <input
        ref={props.inputRef}
        type="password"
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        disabled={props.disabled}
        autoFocus={props.autoFocus}
        aria-invalid={props.invalid ? true : undefined}
      />
    </label>
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
