import { rule, type Rule } from '../rule';

export const biometricGeneticRules: Rule[] = [
  rule('biometric-genetic', [
    String.raw`vingerafdruk\p{L}*`,
    String.raw`vingerscan\p{L}*`,
    String.raw`irisscan\p{L}*`,
    String.raw`gezichtsherkenning\p{L}*`,
    'gezichtsscan',
    String.raw`gezicht\s+(?:\p{L}+\s+)?gescand`,
    'scan van (?:zijn|haar|je|het) gezicht',
    'handscan',
    'handpalmscan',
    String.raw`biometri\p{L}*`,
    String.raw`erfelijk\p{L}*`,
    String.raw`genetisch\p{L}*`,
    'genetica',
    String.raw`gentest\p{L}*`,
    'genoom',
    'dragerschap',
    'gen-?mutaties?',
    'genafwijking(?:en)?',
    'brca\\d?(?:-gen)?',
    String.raw`fingerprint\p{L}*`,
    'facial recognition',
    'iris scan',
    String.raw`genetic\p{L}*`,
    'hereditary',
  ]),
  // "Ondernemen zit in haar DNA" is a figure of speech.
  rule('biometric-genetic', [String.raw`dna(?:-\p{L}+)?`], {
    vetoBefore:
      /(?:^|\s)in\s+(?:zijn|haar|het|ons|mijn|onze|hun|je|jouw|their|her|his|our|my|the|its)\s*$/iu,
  }),
];
