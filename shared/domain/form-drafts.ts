/**
 * The editors whose unsaved input is sealed into the vault as a draft, so neither the idle
 * lock, a reload nor a crash loses what the coach typed. Each editor's draft is stored as
 * the kind of the data it edits: its retention and export follow that data, and a health
 * draft lives in the compartment exactly like the health fields it will become.
 */
export const CLIENT_DRAFT_KIND = 'client-draft';
export const TRAJECTORY_DRAFT_KIND = 'trajectory-draft';
export const POORTWACHTER_DRAFT_KIND = 'poortwachter-draft';
export const HEALTH_DRAFT_KIND = 'health-draft';
export const CONSENT_DRAFT_KIND = 'consent-draft';

export type FormDraftKind =
  | typeof CLIENT_DRAFT_KIND
  | typeof TRAJECTORY_DRAFT_KIND
  | typeof POORTWACHTER_DRAFT_KIND
  | typeof HEALTH_DRAFT_KIND
  | typeof CONSENT_DRAFT_KIND;

/** Each editor with a draft: the kind it is stored as, and whether in the compartment. */
export const FORM_EDITORS = {
  personalia: { kind: CLIENT_DRAFT_KIND, compartment: false },
  trajectory: { kind: TRAJECTORY_DRAFT_KIND, compartment: false },
  // The Poortwachter forms show only while the compartment is open (sick dates are health
  // data), so their drafts are sealed in it too.
  'poortwachter-spell': { kind: POORTWACHTER_DRAFT_KIND, compartment: true },
  'poortwachter-extension': { kind: POORTWACHTER_DRAFT_KIND, compartment: true },
  /** A sick spell's last day, typed but not yet recorded. */
  'poortwachter-close-spell': { kind: POORTWACHTER_DRAFT_KIND, compartment: true },
  /** A step's done date, one draft per step (the store's `part`). */
  'poortwachter-done': { kind: POORTWACHTER_DRAFT_KIND, compartment: true },
  /** A trajectory milestone's done date, one draft per milestone. */
  'milestone-done': { kind: TRAJECTORY_DRAFT_KIND, compartment: false },
  health: { kind: HEALTH_DRAFT_KIND, compartment: true },
  /** A legal ground or consent being recorded (the register itself is under the client key). */
  'consent-ground': { kind: CONSENT_DRAFT_KIND, compartment: false },
  /** The date of a withdrawal being confirmed, one draft per ground. */
  'consent-withdrawal': { kind: CONSENT_DRAFT_KIND, compartment: false },
} as const satisfies Record<string, { kind: FormDraftKind; compartment: boolean }>;

export type FormEditor = keyof typeof FORM_EDITORS;

export const isFormEditor = (s: string): s is FormEditor => Object.hasOwn(FORM_EDITORS, s);

/** A form's unsaved input as stored: which editor, its values as typed, when kept. */
export interface FormDraftData {
  editor: FormEditor;
  values: unknown;
  savedAt: string;
}
