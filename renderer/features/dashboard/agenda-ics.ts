import type { Agenda } from '../../../shared/domain/agenda';
import { calendarName } from '../../../shared/domain/agenda';
import { toHex, utf8 } from '../../../shared/crypto/bytes';
import { sha512 } from '../../../shared/crypto/hash';
import { icsCalendar, type IcsEvent } from '../../../shared/domain/ics';

type NameFields = Parameters<typeof calendarName>[0];

/**
 * The event's UID: stable per logbook entry (a newer export updates the event instead of
 * adding one), derived by a hash so the file does not carry the vault's record ids.
 */
export const agendaUid = (entryId: string): string =>
  `${toHex(sha512(utf8(`koers/agenda/${entryId}`))).slice(0, 32)}@koers`;

/**
 * The .ics of the upcoming follow-ups. It leaves the vault unencrypted, so each event holds
 * the day and "Vervolg: Emre Ç." only: no full name, no logbook text, no health data.
 */
export function agendaIcs(
  agenda: Agenda,
  clientsById: Readonly<Record<string, NameFields | undefined>>,
  labels: { summary: (name: string) => string; calendar: string },
  now: Date,
): string {
  const events: IcsEvent[] = [];
  for (const day of agenda.days) {
    for (const item of day.items) {
      const client = clientsById[item.clientId];
      if (!client) continue;
      events.push({
        uid: agendaUid(item.entryId),
        date: item.date,
        summary: labels.summary(calendarName(client)),
      });
    }
  }
  return icsCalendar(events, { now, name: labels.calendar });
}

/** "koers-vervolg-2026-11-30.ics": the day it was made, no names. */
export const agendaFileName = (today: string): string => `koers-vervolg-${today}.ics`;
