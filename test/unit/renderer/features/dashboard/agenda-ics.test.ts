import { describe, expect, it } from 'vitest';
import { agendaIcs, agendaUid } from '../../../../../renderer/features/dashboard/agenda-ics';
import { ClientRepository } from '../../../../../renderer/vault/clients';
import { LogbookRepository } from '../../../../../renderer/vault/logbook';
import { buildAgenda } from '../../../../../shared/domain/agenda';
import { emptyClientInput, validateClient } from '../../../../../shared/domain/client';
import { newLogbookInput, validateLogbook } from '../../../../../shared/domain/logbook';
import { fastKdf, freshDb, makeVault, PASS } from '../../../../fixtures/test-vault';

describe('follow-ups from the logbook to an .ics', () => {
  it('reads follow-up dates from the contact index and exports only day and short name', async () => {
    const vault = makeVault(freshDb());
    await vault.create(PASS, fastKdf());
    const c = validateClient({
      ...emptyClientInput(),
      voornaam: 'Emre',
      achternaam: 'Çelik',
      telefoon: '06 12345678',
    });
    if (!c.ok) throw new Error('fixture');
    const client = await new ClientRepository(vault).create(c.value);
    const logbook = new LogbookRepository(vault);
    const entry = (at: string, followUpDate: string, summary: string) => {
      const r = validateLogbook({ ...newLogbookInput(new Date()), at, followUpDate, summary });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value;
    };
    const a = await logbook.create(
      client.id,
      entry('2026-11-20T10:00', '07-12-2026', 'Sollicitatie bij de bakker; rugklachten besproken'),
    );
    await logbook.create(client.id, entry('2026-11-21T10:00', '', 'Mail gestuurd'));

    const contacts = await logbook.allContacts();
    expect(contacts.find((x) => x.entryId === a.id)?.followUp).toBe('2026-12-07');
    const agenda = buildAgenda(contacts, [client], '2026-11-30');
    expect(agenda.days.map((d) => d.date)).toEqual(['2026-12-07']);

    const ics = agendaIcs(
      agenda,
      { [client.id]: client },
      { summary: (name) => `Vervolg: ${name}`, calendar: 'Koers' },
      new Date('2026-11-30T08:00:00Z'),
    );
    expect(ics).toContain('SUMMARY:Vervolg: Emre Ç.\r\n');
    expect(ics).toContain(`UID:${agendaUid(a.id)}\r\n`);
    // Nothing else of the dossier: no full surname, no logbook text, no phone, no record id.
    for (const secret of ['Çelik', 'bakker', 'rug', 'Mail', '12345678', a.id, client.id])
      expect(ics).not.toContain(secret);
    // The same entry always gets the same UID.
    expect(agendaUid(a.id)).toBe(agendaUid(a.id));
    expect(agendaUid(a.id)).not.toBe(agendaUid(`${a.id}x`));
  });
});
