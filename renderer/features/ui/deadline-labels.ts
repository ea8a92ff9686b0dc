import { useTranslation } from 'react-i18next';
import type { PoortwachterStep } from '../../../shared/domain/poortwachter';
import type { Milestone } from '../../../shared/domain/uwv-trajectory';

/** A Poortwachter step's name in the UI language (the Poortwachter tab and the dashboard). */
export const stepLabel = (step: Pick<PoortwachterStep, 'labelNl' | 'labelEn'>, language: string) =>
  language === 'en' ? step.labelEn : step.labelNl;

/** "Verantwoordingsrapportage 2": the name of a milestone in the UI language. */
export function useMilestoneLabel() {
  const { t } = useTranslation();
  return (m: Pick<Milestone, 'kind' | 'n'>) => t(`trajectory.milestones.${m.kind}`, { n: m.n });
}
