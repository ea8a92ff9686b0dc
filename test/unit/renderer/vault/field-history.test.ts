import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { Compartment } from '../../../../renderer/vault/compartment';
import { CvStore } from '../../../../renderer/vault/cv';
import { FieldHistoryRepository } from '../../../../renderer/vault/field-history';
import { HealthRepository } from '../../../../renderer/vault/health';
import { PoortwachterRepository } from '../../../../renderer/vault/poortwachter';
import { ClientRecords } from '../../../../renderer/vault/records';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { emptyCv } from '../../../../shared/domain/cv';
import {
  FIELD_HISTORY_SEALED_KIND,
  RECTIFICATION_REASON,
} from '../../../../shared/domain/field-history';
import { emptyHealth } from '../../../../shared/domain/health';
import { emptyPoortwachterCase } from '../../../../shared/domain/poortwachter-case';
import {
  emptyTrajectoryInput,
  UWV_TRAJECTORY_KIND,
  validateTrajectory,
  type UwvTrajectory,
} from '../../../../shared/domain/uwv-trajectory';
import { defaultCodec as plaintextCodec } from '../../../fixtures/plaintext-codec';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const OLD_HEALTH = 'Migraine sinds 2019, wekelijks aanvallen';

/**
 * A vault whose client-key layer is switched off (the plaintext codec, never shipped): what
 * is stored under the client key shows in the bytes, so the health history must not.
 */
async function setup() {
  const db = freshDb();
  const vault = makeVault(db, { codec: plaintextCodec });
  await vault.create(PASS, fastKdf());
  const r = validateClient({ ...emptyClientInput(), voornaam: 'Ayşe', achternaam: 'Çelik' });
  if (!r.ok) throw new Error('fixture');
  const clients = new ClientRepository(vault);
  const client = await clients.create(r.value);
  const audit = new AuditLog(vault);
  const compartment = new Compartment(vault, audit, { legalGround: () => Promise.resolve(true) });
  const openIt = () =>
    compartment.open({ clientId: client.id, purpose: 'Rectificatie', passphrase: PASS });
  return {
    db,
    vault,
    client,
    clients,
    compartment,
    openIt,
    history: new FieldHistoryRepository(vault, compartment),
    cv: new CvStore(vault),
    trajectory: new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND),
    health: new HealthRepository(vault, compartment),
    poortwachter: new PoortwachterRepository(vault, compartment),
  };
}

async function storedText(db: ReturnType<typeof freshDb>) {
  const rows = await db.records.toArray();
  return rows.map((r) => Buffer.from(r.sealed).toString('latin1')).join('\n');
}

const note = { reason: RECTIFICATION_REASON, requestId: 'req-7' };

describe('field history (rectification)', () => {
  it('keeps the earlier personalia values with who, when, why and the request', async () => {
    const s = await setup();
    const changes = await s.db.changes.count();
    await s.clients.update(s.client.id, { ...s.client, straat: 'Oude Gracht' });
    await s.clients.update(s.client.id, { ...s.client, straat: 'Nieuwe Gracht' }, note);
    const { rows } = await s.history.list(s.client.id, { recordId: s.client.id });
    expect(rows).toHaveLength(2);
    const [newest, first] = rows;
    expect(newest?.data).toMatchObject({
      kind: 'client',
      by: 'coach',
      reason: 'rectificatieverzoek',
      requestId: 'req-7',
      changes: [{ field: 'straat', before: 'Oude Gracht' }],
    });
    expect(first?.data.reason).toBe('');
    expect(first?.data.changes).toEqual([{ field: 'straat', before: '' }]);
    expect(Date.parse(newest?.data.at ?? '')).toBeGreaterThan(0);
    // The change log knows of the history rows too (a later sync sends them).
    expect(await s.db.changes.count()).toBe(changes + 4);
    // Saving unchanged fields writes no history; a rectification request finds its change.
    await s.clients.update(s.client.id, { ...s.client, straat: 'Nieuwe Gracht' }, note);
    expect((await s.history.list(s.client.id)).rows).toHaveLength(2);
    const byRequest = await s.history.list(s.client.id, { requestId: 'req-7' });
    expect(byRequest.rows.map((r) => r.id)).toEqual([newest?.id]);
  });

  it('keeps the earlier CV and trajectory values; a new record has none', async () => {
    const s = await setup();
    const first = await s.cv.save(s.client.id, { ...emptyCv(), profile: 'Magazijn' });
    expect((await s.history.list(s.client.id)).rows).toHaveLength(0);
    await s.cv.save(s.client.id, { ...emptyCv(), profile: 'Logistiek' }, first.id, note);
    const valid = validateTrajectory({ ...emptyTrajectoryInput(), grantedHours: '40' });
    if (!valid.ok) throw new Error('fixture');
    const t = await s.trajectory.save(s.client.id, { ...valid.value, milestonesDone: {} });
    await s.trajectory.save(
      s.client.id,
      { ...valid.value, grantedHours: 60, milestonesDone: {} },
      t.id,
      { reason: 'urenuitbreiding' },
    );
    const cvRows = (await s.history.list(s.client.id, { recordId: first.id })).rows;
    // updatedAt is bookkeeping, not the client's data: only the profile is kept.
    expect(cvRows.map((r) => r.data.changes)).toEqual([[{ field: 'profile', before: 'Magazijn' }]]);
    expect(cvRows[0]?.data.requestId).toBe('req-7');
    const tRows = (await s.history.list(s.client.id, { recordId: t.id })).rows;
    expect(tRows[0]?.data).toMatchObject({
      kind: 'uwv-trajectory',
      reason: 'urenuitbreiding',
      requestId: null,
      changes: [{ field: 'grantedHours', before: 40 }],
    });
  });

  it('seals the health history in the compartment: not readable without it', async () => {
    const s = await setup();
    await s.openIt();
    await s.health.save(s.client.id, { ...emptyHealth(), functionalLimitations: OLD_HEALTH });
    await s.health.save(
      s.client.id,
      { ...emptyHealth(), functionalLimitations: 'Geen beperkingen' },
      note,
    );
    const open = await s.history.list(s.client.id);
    expect(open.rows).toHaveLength(1);
    expect(open.rows[0]?.sealed).toBe(true);
    expect(open.rows[0]?.data).toMatchObject({
      kind: 'health',
      reason: 'rectificatieverzoek',
      requestId: 'req-7',
      changes: [{ field: 'functionalLimitations', before: OLD_HEALTH }],
    });
    s.compartment.close();
    const closed = await s.history.list(s.client.id);
    expect(closed).toEqual({ rows: [], sealedHidden: 1 });
    // The client key alone does not open it.
    const row = (await s.vault.rowsOf(s.client.id, FIELD_HISTORY_SEALED_KIND))[0];
    expect(row).toBeDefined();
    expect(() => s.vault.openRecord(row as NonNullable<typeof row>)).toThrow();
    // Negative control: under the switched-off client-key layer personalia do show, the
    // earlier health value does not.
    await s.clients.update(s.client.id, { ...s.client, woonplaats: 'Zwolle' });
    const bytes = await storedText(s.db);
    expect(bytes).toContain('Zwolle');
    expect(bytes).not.toContain(OLD_HEALTH);
    expect(bytes).not.toContain('Migraine');
  });

  it('keeps the Poortwachter case history in the compartment too', async () => {
    const s = await setup();
    await s.openIt();
    await s.poortwachter.save(s.client.id, {
      ...emptyPoortwachterCase(),
      medical: { spells: [{ firstDay: '2026-03-02' }] },
    });
    await s.poortwachter.save(
      s.client.id,
      { ...emptyPoortwachterCase(), medical: { spells: [{ firstDay: '2026-03-09' }] } },
      note,
    );
    const { rows } = await s.history.list(s.client.id, { requestId: 'req-7' });
    expect(rows[0]?.sealed).toBe(true);
    expect(rows[0]?.data.changes).toEqual([
      { field: 'medical', before: { spells: [{ firstDay: '2026-03-02' }] } },
    ]);
  });

  it('keeps the client statement on a declined change', async () => {
    const s = await setup();
    await s.history.addStatement(s.client.id, {
      recordKind: 'cv',
      recordId: null,
      requestId: 'req-7',
      text: 'Mijn ontslag was niet mijn eigen keuze.',
      receivedOn: '2026-11-05',
    });
    expect((await s.history.statements(s.client.id, 'cv'))[0]?.data.text).toContain('ontslag');
    expect(await s.history.statements(s.client.id, 'health')).toEqual([]);
    await expect(
      s.history.addStatement(s.client.id, {
        recordKind: 'cv',
        recordId: null,
        requestId: null,
        text: '',
        receivedOn: '2026-11-05',
      }),
    ).rejects.toThrow();
  });
});
