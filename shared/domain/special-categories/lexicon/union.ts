import { rule, type Rule } from '../rule';

export const unionRules: Rule[] = [
  rule(
    'union',
    [
      String.raw`vakbond\p{L}*`,
      'vakbeweging',
      'vakcentrale',
      String.raw`fnv\p{L}*`,
      String.raw`cnv\p{L}*`,
      'bondslid',
      'kaderlid',
      '(?:trade|labou?r) unions?',
      String.raw`union (?:member\p{L}*|lawyer|rep\p{L}*|official)`,
    ],
    { workplace: true },
  ),
  // "de Europese Unie" is not a union; the Dutch union calls itself "De Unie".
  rule('union', ['De Unie'], { caseSensitive: true, workplace: true }),
];
