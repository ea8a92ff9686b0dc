import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../../shared/domain/poortwachter-case';
import './deadlines.css';

/** "3 dagen te laat", "vandaag", "over 5 dagen": how far a deadline is, coloured by state. */
export function DeadlineBadge({ state, daysLeft }: { state: DeadlineState; daysLeft: number }) {
  const { t } = useTranslation();
  let text = t(`poortwachter.deadline.states.${state}`);
  if (state === 'overdue') text = t('poortwachter.deadline.overdue', { count: -daysLeft });
  else if (state === 'due-soon')
    text =
      daysLeft === 0
        ? t('poortwachter.deadline.today')
        : t('poortwachter.deadline.dueIn', { count: daysLeft });
  return <span className={`deadline-badge ${state}`}>{text}</span>;
}
