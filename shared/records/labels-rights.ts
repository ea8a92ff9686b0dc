import type { HoursRow, InvoiceReference } from '../domain/financial';
import type { Objection, Restriction } from '../domain/restriction';
import type { FieldLabels } from './kind-spec';

// Labels of the kinds for restriction, objection and the financial records (issue 13), kept
// apart from labels.ts so the rights round's kinds merge without touching that file.

const l = (nl: string, en: string) => ({ nl, en });

export const RESTRICTION_LABELS: FieldLabels<Restriction> = {
  active: l('Verwerking beperkt', 'Processing restricted'),
  since: l('Beperkt sinds', 'Restricted since'),
  reason: l('Reden van de beperking', 'Reason for the restriction'),
  requestId: l('Verzoek (intern nummer)', 'Request (internal number)'),
  notes: l('Notities over de beperking', 'Notes about the restriction'),
  earlier: l(
    'Eerdere beperkingen (sinds, reden, opgeheven op, reden van opheffing)',
    'Earlier restrictions (since, reason, lifted on, reason for lifting)',
  ),
};

export const OBJECTION_LABELS: FieldLabels<Objection> = {
  processing: l('Verwerking waartegen bezwaar is gemaakt', 'Processing objected to'),
  description: l('Omschrijving', 'Description'),
  receivedOn: l('Ontvangen op', 'Received on'),
  outcome: l('Uitkomst', 'Outcome'),
  decidedOn: l('Besloten op', 'Decided on'),
  reasons: l('Motivering', 'Reasons'),
  requestId: l('Verzoek (intern nummer)', 'Request (internal number)'),
  recordedAt: l('Geregistreerd op', 'Registered on'),
};

export const HOURS_LABELS: FieldLabels<HoursRow> = {
  trajectoryId: l('Traject (intern nummer)', 'Trajectory (internal number)'),
  month: l('Maand', 'Month'),
  activity: l('Activiteit', 'Activity'),
  minutes: l('Minuten', 'Minutes'),
};

export const INVOICE_REFERENCE_LABELS: FieldLabels<InvoiceReference> = {
  trajectoryId: l('Traject (intern nummer)', 'Trajectory (internal number)'),
  reference: l('Factuurnummer', 'Invoice number'),
  invoicedOn: l('Factuurdatum', 'Invoice date'),
  note: l('Toelichting', 'Note'),
  recordedAt: l('Geregistreerd op', 'Registered on'),
};
