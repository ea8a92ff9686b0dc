import { useTranslation } from 'react-i18next';
import { COUNTER_FROM } from '../../../shared/domain/text-limits';

/**
 * Under a capped text field: how many characters are used once the text nears its cap, and a
 * message when a paste or typing was cut at the cap (security review, issue 9 item 10).
 */
export function TextLimit({ length, max, cut }: { length: number; max: number; cut: boolean }) {
  const { t } = useTranslation();
  if (!cut && length < max * COUNTER_FROM) return null;
  return (
    <small
      className={cut ? 'error text-limit' : 'muted text-limit'}
      role={cut ? 'alert' : undefined}
    >
      {cut ? t('validation.textCut', { max }) : t('validation.textCount', { count: length, max })}
    </small>
  );
}
