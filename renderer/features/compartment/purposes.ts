/** Reasons a coach opens sealed data; 'other' asks for free text. Keys into compartment.purposes. */
export const PURPOSES = [
  'report',
  'prepare-session',
  'occupational-physician',
  'client-request',
  'access-request',
  'update',
  'other',
] as const;
export type Purpose = (typeof PURPOSES)[number];
