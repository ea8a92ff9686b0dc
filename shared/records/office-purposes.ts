import type { Label } from './kind-spec';

/**
 * Why the office may know each field of the sync allowlist (the registry's `office` lists).
 * Issue 14 names what the office needs: who coaches whom, the trajectory and its phase, the
 * deadlines, the hours for invoicing UWV, who last saw the client and when. Every field that
 * leaves the device points at one of these; docs/security-model.md lists them.
 */
export const OFFICE_PURPOSES = {
  officeClientId: {
    nl: 'Het kantoor koppelt de gegevens aan een eigen willekeurig nummer, niet aan het BSN',
    en: 'The office links the data to its own random id, never to the BSN',
  },
  clientNumber: {
    nl: 'De administratie vindt de cliënt terug in de eigen administratie en facturen',
    en: "Administration finds the client in the firm's own records and invoices",
  },
  displayName: {
    nl: 'Planners herkennen de cliënt in de caseload van een coach',
    en: "Planners recognise the client in a coach's caseload",
  },
  coach: {
    nl: 'Wie de cliënt begeleidt: planning, toewijzing en overdracht',
    en: 'Who coaches the client: planning, assignment and handover',
  },
  status: {
    nl: 'Of het traject loopt, gepauzeerd of afgesloten is: planning en facturatie',
    en: 'Whether the trajectory runs, is paused or closed: planning and invoicing',
  },
  trajectory: {
    nl: 'Soort traject, start en einde: planning en verantwoording aan UWV',
    en: 'Type of trajectory, start and end: planning and reporting to UWV',
  },
  orderNumber: {
    nl: 'Het UWV-ordernummer staat op elke factuur aan UWV',
    en: 'The UWV order number is on every invoice to UWV',
  },
  grantedHours: {
    nl: 'Toegekende uren naast de bestede uren: bewaken en factureren',
    en: 'Granted hours beside hours spent: monitoring and invoicing',
  },
  hours: {
    nl: 'Bestede uren per maand en activiteit: alleen geregistreerde uren betaalt UWV',
    en: 'Hours per month and activity: UWV pays registered hours only',
  },
  milestones: {
    nl: 'Rapportagetermijnen van het traject: het kantoor bewaakt ze over alle coaches',
    en: 'Reporting deadlines of the trajectory: the office watches them across coaches',
  },
  poortwachterDeadlines: {
    nl: 'Poortwachtertermijnen (stap, uiterste datum, gedaan): zonder ziektedata',
    en: 'Gatekeeper deadlines (step, due date, done): without sick dates',
  },
  lastContact: {
    nl: 'Datum van het laatste contact: ziet het kantoor wie al lang niet gesproken is',
    en: 'Date of the last contact: the office sees who has not been seen for long',
  },
  consent: {
    nl: 'Of de cliënt toestemming gaf om te delen met werkgever of cv te versturen',
    en: 'Whether the client consented to sharing with the employer or sending the CV',
  },
  rights: {
    nl: 'Of er een verzoek om beperking of wissing loopt: het kantoor moet zich eraan houden',
    en: 'Whether a restriction or erasure request is pending: the office must respect it',
  },
} as const satisfies Record<string, Label>;
