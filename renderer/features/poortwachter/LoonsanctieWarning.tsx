import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/iso-date';
import type { LoonsanctieWarning as Warning } from '../../../shared/domain/poortwachter-case';
import { formatDay } from '../../i18n/format';

/**
 * Says why a loonsanctie looks wrong (no UWV decision date, before week 42). Never blocks:
 * the coach may know better, so it explains and leaves the button alone.
 */
export function LoonsanctieWarning(props: {
  warnings: readonly Warning[];
  /** Due date of the 42e-weeksmelding, when the sick spells are known. */
  weeksmelding: IsoDate | undefined;
  /** In the form, the coach is told the extension can still be recorded. */
  inForm?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (props.warnings.length === 0) return null;
  return (
    // An alert while typing; in the list it is part of the item, read with it.
    <div className="notice pw-loonsanctie-warning" role={props.inForm ? 'alert' : undefined}>
      <strong>{t('poortwachter.loonsanctie.title')}</strong>
      {props.warnings.map((w) => (
        <p key={w}>
          {w === 'before-week-42' && props.weeksmelding === undefined
            ? t('poortwachter.loonsanctie.before-week-42-unknown')
            : t(`poortwachter.loonsanctie.${w}`, {
                date: props.weeksmelding ? formatDay(props.weeksmelding, i18n.language) : '',
              })}
        </p>
      ))}
      {props.inForm && <p className="small">{t('poortwachter.loonsanctie.canSave')}</p>}
    </div>
  );
}
