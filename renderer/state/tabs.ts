/** The parts of an open dossier, in the order the tabs show them. */
export const DOSSIER_TABS = [
  'personalia',
  'logbook',
  'cv',
  'poortwachter',
  'trajectory',
  'documents',
  'health',
  'privacy',
  'requests',
] as const;
export type DossierTab = (typeof DOSSIER_TABS)[number];
