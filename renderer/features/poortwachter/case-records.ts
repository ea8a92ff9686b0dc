import {
  poortwachterCaseSchema,
  type PoortwachterCase,
} from '../../../shared/domain/poortwachter-case';

export const isPoortwachterCase = (data: unknown): data is PoortwachterCase =>
  poortwachterCaseSchema.safeParse(data).success;

/** "werkgever en werknemer" */
export const joinList = (items: string[], language: string) =>
  new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(items);
