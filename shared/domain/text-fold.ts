/** "Çelik" must be found by typing "celik": searches compare text with accents and case folded. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
