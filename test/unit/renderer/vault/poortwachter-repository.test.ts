import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment } from '../../../../renderer/vault/compartment';
import type { KoersDb } from '../../../../renderer/vault/db';
import { PoortwachterRepository } from '../../../../renderer/vault/poortwachter';
import { ClientRecords } from '../../../../renderer/vault/records';
import type { Vault } from '../../../../renderer/vault/vault';
import { VaultError } from '../../../../shared/crypto/errors';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import {
  POORTWACHTER_CASE_KIND,
  POORTWACHTER_SEALED_KIND,
  type PoortwachterCase,
} from '../../../../shared/domain/poortwachter-case';
import { POORTWACHTER_DEADLINES_KIND } from '../../../../shared/domain/poortwachter-projection';
import { plaintextCodec } from '../../../fixtures/plaintext-codec';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

// Sick from 2024-03-04 to 2024-03-20, again from 2024-04-02 (12 recovery days: one waiting
// period). None of these three dates is a due date of the schedule, so finding one in the
// projection can only mean a sick date leaked.
const SICK_DATES = ['2024-03-04', '2024-03-20', '2024-04-02'];
const CASE: PoortwachterCase = {
  medical: {
    spells: [{ firstDay: '2024-03-04', lastDay: '2024-03-20' }, { firstDay: '2024-04-02' }],
  },
  extensions: [],
  done: { 'ziekmelding-arbodienst': '2024-03-05' },
  takeover: { date: '2024-12-02', from: 'Arbodienst Oost' },
  doneBeforeTakeover: ['plan-van-aanpak'],
  notApplicable: { probleemanalyse: 'Ligt bij de vorige arbodienst, opgenomen in ziekenhuis' },
};

/** Every variant a date can be written in: ISO, Dutch, and the compact form. */
const spellings = (iso: string) => [
  iso,
  `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`,
  iso.replaceAll('-', ''),
];

async function setup(opts: { plaintext?: boolean; legalGround?: boolean } = {}) {
  const db = freshDb();
  const vault = makeVault(db, opts.plaintext ? { codec: plaintextCodec } : {});
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), voornaam: 'Jan', achternaam: 'Vries' });
  if (!r.ok) throw new Error('fixture');
  const client = await new ClientRepository(vault).create(r.value);
  const compartment = new Compartment(vault, new AuditLog(vault), {
    now: () => 1_000_000,
    legalGround: () => Promise.resolve(opts.legalGround ?? true),
    ...(opts.plaintext ? { codec: plaintextCodec } : {}),
  });
  const repo = new PoortwachterRepository(vault, compartment);
  const openIt = () =>
    compartment.open({ clientId: client.id, purpose: 'Termijnen bijwerken', passphrase: PASS });
  return { db, vault, client, compartment, repo, openIt };
}

const rowText = (row: { sealed: Uint8Array }) => new TextDecoder('latin1').decode(row.sealed);

async function rowOf(db: KoersDb, vault: Vault, clientId: string, kind: string) {
  const rows = await db.records.where({ clientId }).toArray();
  return rows.filter((r) => vault.isKind(r, kind as Parameters<Vault['isKind']>[1]));
}

describe('the Poortwachter repository', () => {
  it('seals the case in the compartment and writes a projection the dashboard reads without it', async () => {
    const { client, compartment, repo, openIt } = await setup();
    await expect(repo.save(client.id, CASE)).rejects.toMatchObject({ code: 'compartment-closed' });
    await openIt();
    await repo.save(client.id, CASE);
    expect(await repo.load(client.id)).toEqual(CASE);
    compartment.close();

    await expect(repo.load(client.id)).rejects.toBeInstanceOf(VaultError);
    const projection = await repo.projection(client.id);
    expect(projection.status).toBe('ready');
    if (projection.status !== 'ready') return;
    expect(projection.data.active).toBe(true);
    const status = Object.fromEntries(projection.data.steps.map((s) => [s.step, s.status]));
    expect(status).toMatchObject({
      'ziekmelding-arbodienst': 'done',
      probleemanalyse: 'not-applicable',
      'plan-van-aanpak': 'done',
      'evaluatie-plan-van-aanpak-1': 'open',
    });
    expect(await repo.allProjections()).toEqual([{ clientId: client.id, data: projection.data }]);
  });

  it('keeps every sick date, done date and reason out of the projection record', async () => {
    const { client, repo, openIt } = await setup();
    await openIt();
    await repo.save(client.id, CASE);
    const projection = await repo.projection(client.id);
    const text = JSON.stringify(projection);
    for (const iso of [...SICK_DATES, '2024-03-05', '2024-12-02'])
      for (const s of spellings(iso)) expect(text).not.toContain(s);
    expect(text).not.toContain('ziekenhuis');
    expect(text).not.toContain('Arbodienst');
  });

  it('stores the projection row without the sick dates even with encryption switched off', async () => {
    // With the plaintext codec every row's bytes can be read as they are: the sealed case
    // shows its dates (the negative control, so the scan is known to work), the projection
    // row none.
    const { db, vault, client, repo, openIt } = await setup({ plaintext: true });
    await openIt();
    await repo.save(client.id, CASE);
    const [caseRow] = await rowOf(db, vault, client.id, POORTWACHTER_SEALED_KIND);
    const [projectionRow] = await rowOf(db, vault, client.id, POORTWACHTER_DEADLINES_KIND);
    if (!caseRow || !projectionRow) throw new Error('both rows are written');
    expect(rowText(caseRow)).toContain(SICK_DATES[0]);
    const stored = rowText(projectionRow);
    expect(stored).toContain('"due"');
    for (const iso of SICK_DATES) for (const s of spellings(iso)) expect(stored).not.toContain(s);
    expect(stored).not.toContain('ziekenhuis');
    // Nor does any change row, which names fields only.
    for (const change of await db.changes.toArray())
      for (const iso of SICK_DATES) expect(rowText(change)).not.toContain(iso);
  });

  it('still loads a case stored the old way, and moves it into the compartment when opened', async () => {
    const { db, vault, client, compartment, repo, openIt } = await setup();
    const v1: PoortwachterCase = {
      medical: { spells: [{ firstDay: '2024-03-04' }] },
      extensions: [
        { id: 'x1', kind: 'loonsanctie', weeks: 12, decided: '2026-01-05', note: 'RIV' },
      ],
      done: { 'ziekmelding-arbodienst': '2024-03-05' },
    };
    await new ClientRecords<PoortwachterCase>(vault, POORTWACHTER_CASE_KIND).save(client.id, v1);

    // Closed: the dashboard and the tab get the projection, computed from the old record.
    const before = await repo.projection(client.id);
    expect(before.status).toBe('ready');
    expect(await repo.allProjections()).toHaveLength(1);

    await openIt();
    expect(await repo.load(client.id)).toEqual(v1);
    expect(await rowOf(db, vault, client.id, POORTWACHTER_CASE_KIND)).toEqual([]);
    expect(await rowOf(db, vault, client.id, POORTWACHTER_SEALED_KIND)).toHaveLength(1);
    compartment.close();
    expect(await repo.projection(client.id)).toEqual(before);
    expect(await repo.allProjections()).toHaveLength(1);
  });

  it('leaves an old record of an unknown shape alone', async () => {
    const { db, vault, client, repo, openIt } = await setup();
    await new ClientRecords<object>(vault, POORTWACHTER_CASE_KIND).save(client.id, {
      broken: true,
    });
    expect((await repo.projection(client.id)).status).toBe('damaged');
    expect(await repo.allProjections()).toEqual([]);
    await openIt();
    expect(await repo.load(client.id)).toEqual({ broken: true });
    expect(await rowOf(db, vault, client.id, POORTWACHTER_CASE_KIND)).toHaveLength(1);
  });

  it('refuses to seal without a legal ground', async () => {
    const { client, repo, compartment } = await setup({ legalGround: false });
    await expect(
      compartment.open({ clientId: client.id, purpose: 'Termijnen', passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'no-legal-ground' });
    await expect(repo.save(client.id, CASE)).rejects.toBeInstanceOf(VaultError);
  });
});
