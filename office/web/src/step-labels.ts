import { POORTWACHTER_STEPS } from '../../../shared/domain/poortwachter';
import type { Language } from './messages';

const UWV_KIND: Record<string, { nl: string; en: string }> = {
  plan: { nl: 'Trajectplan naar UWV', en: 'Trajectory plan to UWV' },
  voortgang: { nl: 'Voortgangsrapportage', en: 'Progress report' },
  verantwoording: { nl: 'Verantwoordingsrapportage', en: 'Accountability report' },
  eind: { nl: 'Eindrapportage', en: 'Final report' },
};

/**
 * A deadline's step id in words: a Poortwachter step's own label ("pw:plan-van-aanpak" or
 * "plan-van-aanpak"), or a UWV milestone ("uwv:voortgang-2" or "uwv-voortgang-2" →
 * "Voortgangsrapportage 2"). The prefixes are taken with a colon or a dash, because the
 * device and the service had not settled on one. An id this page does not know is shown
 * as it is rather than hidden.
 */
export function stepLabel(stepId: string, language: Language): string {
  const bare = stepId.replace(/^pw[:-]/, '');
  const step = POORTWACHTER_STEPS.find((s) => s.id === bare);
  if (step) return language === 'en' ? step.labelEn : step.labelNl;
  const milestone = /^uwv[:-](plan|voortgang|verantwoording|eind)(?:-(\d+))?$/.exec(stepId);
  const kind = milestone && UWV_KIND[milestone[1] ?? ''];
  if (milestone && kind) {
    const label = language === 'en' ? kind.en : kind.nl;
    const n = milestone[2];
    return n && (milestone[1] === 'voortgang' || milestone[1] === 'verantwoording')
      ? `${label} ${n}`
      : label;
  }
  return stepId;
}
