/**
 * The dashboard's agenda: follow-up dates ("Vervolg") set in logbook entries. Upcoming ones
 * from today through the horizon, by day; overdue ones (the date has passed and no contact
 * with that client was logged on or after it) flagged apart, since the coach still owes them.
 */
import { addDays, type IsoDate } from './iso-date';

/** How far ahead the agenda looks: today and the next four weeks. */
export const AGENDA_DAYS = 28;

export interface FollowUpSource {
  clientId: string;
  entryId: string;
  /** The contact that set the follow-up, "YYYY-MM-DDTHH:mm". */
  at: string;
  followUp?: string;
}

export interface AgendaItem {
  /** The logbook entry that set the follow-up: stable, so the calendar UID is too. */
  entryId: string;
  clientId: string;
  date: IsoDate;
  /** The day of the contact that set it. */
  setOn: IsoDate;
}

export interface Agenda {
  /** Oldest first. */
  overdue: AgendaItem[];
  /** Today first; only days that have follow-ups. */
  days: { date: IsoDate; items: AgendaItem[] }[];
  /** The last day the agenda covers. */
  until: IsoDate;
}

/**
 * `clients`: the clients the agenda may show (active ones); a follow-up of an archived or
 * erased client is left out. Within a day, the caller's client order applies (by name).
 */
export function buildAgenda(
  contacts: readonly FollowUpSource[],
  clients: readonly { id: string }[],
  today: IsoDate,
  days = AGENDA_DAYS,
): Agenda {
  const until = addDays(today, days);
  const rank = new Map(clients.map((c, i) => [c.id, i]));
  // The last contact day per client: a follow-up on or before it was kept.
  const lastContact = new Map<string, string>();
  for (const c of contacts) {
    const day = c.at.slice(0, 10);
    if (day > (lastContact.get(c.clientId) ?? '')) lastContact.set(c.clientId, day);
  }
  const overdue: AgendaItem[] = [];
  const upcoming: AgendaItem[] = [];
  for (const c of contacts) {
    if (!c.followUp || !rank.has(c.clientId)) continue;
    const item: AgendaItem = {
      entryId: c.entryId,
      clientId: c.clientId,
      date: c.followUp,
      setOn: c.at.slice(0, 10),
    };
    if (c.followUp < today) {
      if ((lastContact.get(c.clientId) ?? '') < c.followUp) overdue.push(item);
    } else if (c.followUp <= until) upcoming.push(item);
  }
  const order = (a: AgendaItem, b: AgendaItem) =>
    a.date.localeCompare(b.date) ||
    (rank.get(a.clientId) ?? 0) - (rank.get(b.clientId) ?? 0) ||
    a.setOn.localeCompare(b.setOn) ||
    a.entryId.localeCompare(b.entryId);
  overdue.sort(order);
  upcoming.sort(order);
  const byDay: Agenda['days'] = [];
  for (const item of upcoming) {
    const last = byDay.at(-1);
    if (last?.date === item.date) last.items.push(item);
    else byDay.push({ date: item.date, items: [item] });
  }
  return { overdue, days: byDay, until };
}

/**
 * How a client is named in a calendar that leaves the vault: first name and the initial of
 * the surname ("Emre Ç."), or initials and that initial ("J.P. V.") when there is no first
 * name. Never the full name, nothing else of the dossier.
 */
export function calendarName(c: {
  voornaam: string;
  voorletters: string;
  achternaam: string;
}): string {
  const initial = [...c.achternaam.trim()][0];
  const first = c.voornaam.trim() || c.voorletters.trim();
  const last = initial ? `${initial.toLocaleUpperCase('nl-NL')}.` : '';
  return [first, last].filter(Boolean).join(' ');
}
