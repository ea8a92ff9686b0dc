import {
  poortwachterCaseSchema,
  type PoortwachterCase,
} from '../../../shared/domain/poortwachter-case';
import type { PoortwachterStep } from '../../../shared/domain/poortwachter';

export const isPoortwachterCase = (data: unknown): data is PoortwachterCase =>
  poortwachterCaseSchema.safeParse(data).success;

export const stepLabel = (step: Pick<PoortwachterStep, 'labelNl' | 'labelEn'>, language: string) =>
  language === 'en' ? step.labelEn : step.labelNl;

/** "werkgever en werknemer" */
export const joinList = (items: string[], language: string) =>
  new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(items);
