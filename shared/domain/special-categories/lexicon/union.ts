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
      String.raw`bonds(?:jurist|bestuurder|advocaat|consulent|vertegenwoordiger|lid|leden|kader)\p{L}*`,
      '(?:onderwijs|politie|ambtenaren|artsen|verpleegkundigen|werknemers|marechaussee|defensie|militairen|cabinepersoneel|piloten|spoor|haven)bond',
      'abvakabo',
      "nu'?91",
      // "De bond" in a note about work is the union; sports and other bonds say so.
      String.raw`(?:de|zijn|haar|hun)\s+bond(?!\s+(?:van|voor|tussen|met)(?![\p{L}]))`,
    ],
    { workplace: true },
  ),
  // "de Europese Unie" is not a union; the Dutch union calls itself "De Unie".
  rule('union', ['AOb', 'NVJ', 'VCP', 'CMHF'], { caseSensitive: true, workplace: true }),
  rule('union', ['De Unie'], { caseSensitive: true, workplace: true }),
];
