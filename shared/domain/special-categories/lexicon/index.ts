import type { Rule } from '../rule';
import { biometricGeneticRules } from './biometric-genetic';
import { criminalRules } from './criminal';
import { ethnicityRules } from './ethnicity';
import { financialRules } from './financial';
import { healthRules } from './health';
import { healthPhraseRules } from './health-phrases';
import { medicationRules } from './medication';
import { politicsRules } from './politics';
import { religionRules } from './religion';
import { sexualLifeRules } from './sexual-life';
import { unionRules } from './union';

/**
 * Every rule, in the order that breaks ties between equally long matches at the same place
 * (see matcher.ts): keep it.
 */
export const RULES: readonly Rule[] = [
  ...healthRules,
  ...medicationRules,
  ...healthPhraseRules,
  ...religionRules,
  ...ethnicityRules,
  ...politicsRules,
  ...sexualLifeRules,
  ...unionRules,
  ...criminalRules,
  ...biometricGeneticRules,
  ...financialRules,
];
