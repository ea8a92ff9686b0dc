import type { TFunction } from 'i18next';
import type {
  FindingExplanation,
  SpecialCategory,
} from '../../../shared/domain/special-categories';

/** The category of a detector finding, in the user's language ("gezondheid"). */
export const findingLabel = (t: TFunction, category: SpecialCategory): string =>
  t(`compartment.findings.labels.${category}`);

/** Why a detector finding matters, in the user's language. */
export function findingExplanation(t: TFunction, e: FindingExplanation): string {
  switch (e.reason) {
    case 'ap-health-rule':
      return `${t(`compartment.findings.health.${e.subtype}`)} ${t('compartment.findings.apHealthRule')}`;
    case 'privacy-statement':
      return t('compartment.findings.privacyStatement', { label: findingLabel(t, e.category) });
    case 'gdpr-article':
      return t('compartment.findings.gdprArticle', {
        label: findingLabel(t, e.category),
        article: e.article,
      });
  }
}
