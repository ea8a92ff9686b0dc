import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SpecialFindings } from '../compartment/SpecialFindings';

/**
 * The logbook's findings, under a CV text: the same marks and explanations, but instead of
 * offering to seal (a CV leaves the dossier) it says such data does not belong in a CV.
 */
export function CvTextFindings({ texts }: { texts: readonly string[] }) {
  const { t } = useTranslation();
  // A new array on every render would run the detector on every keystroke anywhere in the
  // CV; keyed on the content, it runs only when these texts change.
  const key = texts.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the content, see above
  const stable = useMemo(() => [...texts], [key]);
  return <SpecialFindings texts={stable} sealed={false} advice={t('cv.findingsAdvice')} />;
}
