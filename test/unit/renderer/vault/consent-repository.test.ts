import { describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../../../renderer/vault/audit';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { ConsentRepository } from '../../../../renderer/vault/consent';
import { emptyClientInput } from '../../../../shared/domain/client';
import { CONSENT_REGISTER_KIND, emptyGroundInput } from '../../../../shared/domain/consent';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';

const TODAY = '2025-06-15';

async function setup(geboortedatum = '1980-04-01') {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const audit = new AuditLog(vault);
  const compartment = { forget: vi.fn<(clientId: string) => void>() };
  const consents = new ConsentRepository(vault, audit, compartment, () => TODAY);
  const client = await new ClientRepository(vault).create({
    ...emptyClientInput(),
    voornaam: 'Sanne',
    achternaam: 'Visser',
    geboortedatum,
  });
  return { db, vault, audit, compartment, consents, client };
}

const special = { ...emptyGroundInput(), givenOn: '01-06-2025' };

describe('consent repository', () => {
  it('stores the register sealed under the client and answers hasLegalGround from the id alone', async () => {
    const { db, vault, consents, client } = await setup();
    expect(await consents.hasLegalGround(client.id)).toBe(false);
    const r = await consents.addGround(client, special);
    expect(r.ok).toBe(true);
    expect(await consents.hasLegalGround(client.id)).toBe(true);
    // A day before consent was given, there was none.
    expect(await consents.hasLegalGround(client.id, '2025-05-31')).toBe(false);

    const rows = await db.records
      .where({ clientId: client.id, kind: vault.kindTag(CONSENT_REGISTER_KIND) })
      .toArray();
    expect(rows).toHaveLength(1);
    const raw = Buffer.from(rows[0]?.sealed ?? new Uint8Array()).toString('latin1');
    expect(raw).not.toContain('special-categories');
  });

  it('refuses the client’s own consent under 16 and changes nothing; accepts the parent’s', async () => {
    const { audit, consents, client } = await setup('2015-06-15');
    const refused = await consents.addGround(client, special);
    expect(refused).toEqual({
      ok: false,
      errors: { givenBy: 'consent.errors.representativeRequiredMinor' },
    });
    expect((await consents.load(client.id)).grounds).toHaveLength(0);
    expect(await audit.entries({ clientId: client.id })).toHaveLength(0);

    const ok = await consents.addGround(client, {
      ...special,
      givenBy: 'representative',
      representativeName: 'Petra Visser',
      representativeRole: 'parent-guardian',
    });
    expect(ok.ok && ok.hasLegalGround).toBe(true);
    const entries = await audit.entries({ clientId: client.id });
    expect(entries.map((e) => [e.action, e.facts, e.detail])).toEqual([
      [
        'consent-change',
        {
          kind: 'consent-granted',
          scope: 'special-categories',
          basis: 'consent',
          givenBy: 'representative',
          employers: null,
        },
        undefined,
      ],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Petra');
  });

  it('logs every change without names, employers or free text', async () => {
    const { audit, consents, client } = await setup();
    const cv = await consents.addGround(client, {
      ...special,
      scope: 'cv-to-employers',
      employers: ['Bakkerij Jansen', 'Zorggroep De Linde'],
      description: 'Alleen voor de vacature magazijnmedewerker',
    });
    expect(cv.ok).toBe(true);
    const cvId = cv.ok ? (cv.register.grounds[0]?.id ?? '') : '';
    await consents.withdraw(client, cvId, TODAY);
    await consents.setRepresentation(client, 'mentorschap');

    const entries = await audit.entries({ clientId: client.id });
    // Codes and counts, no sentences: the viewer words them in the UI language.
    expect(entries.map((e) => e.facts)).toEqual([
      {
        kind: 'consent-granted',
        scope: 'cv-to-employers',
        basis: 'consent',
        givenBy: 'client',
        employers: 2,
      },
      { kind: 'consent-withdrawn', scope: 'cv-to-employers', basis: 'consent', sealed: false },
      { kind: 'representation-changed', representative: true, sealed: false },
    ]);
    expect(entries.every((e) => e.detail === undefined)).toBe(true);
    const all = JSON.stringify(entries);
    for (const secret of ['Bakkerij', 'Linde', 'magazijn', 'Visser', 'Sanne', 'mentorschap'])
      expect(all).not.toContain(secret);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('withdrawing the last special-category ground seals the compartment for that client', async () => {
    const { audit, compartment, consents, client } = await setup();
    const added = await consents.addGround(client, special);
    const id = added.ok ? (added.register.grounds[0]?.id ?? '') : '';
    expect(compartment.forget).not.toHaveBeenCalled();

    const w = await consents.withdraw(client, id, TODAY);
    expect(w.ok && w.hasLegalGround).toBe(false);
    expect(compartment.forget).toHaveBeenCalledWith(client.id);
    expect(await consents.hasLegalGround(client.id)).toBe(false);
    const stored = (await consents.load(client.id)).grounds[0];
    // Withdrawal is recorded, never deleted.
    expect(stored?.withdrawnOn).toBe(TODAY);
    const last = (await audit.entries({ clientId: client.id })).at(-1);
    expect(last?.facts).toEqual({
      kind: 'consent-withdrawn',
      scope: 'special-categories',
      basis: 'consent',
      sealed: true,
    });
  });

  it('keeps the compartment open when another ground remains', async () => {
    const { compartment, consents, client } = await setup();
    const a = await consents.addGround(client, special);
    await consents.addGround(client, {
      ...special,
      basis: 'legal-obligation',
      description: 'Wet verbetering Poortwachter',
    });
    const id = a.ok ? (a.register.grounds[0]?.id ?? '') : '';
    const w = await consents.withdraw(client, id, TODAY);
    expect(w.ok && w.hasLegalGround).toBe(true);
    expect(compartment.forget).not.toHaveBeenCalled();
  });

  it('refuses a future or repeated withdrawal and an unknown ground', async () => {
    const { consents, client } = await setup();
    const a = await consents.addGround(client, special);
    const id = a.ok ? (a.register.grounds[0]?.id ?? '') : '';
    expect(await consents.withdraw(client, id, '2025-06-16')).toEqual({
      ok: false,
      errors: { withdrawnOn: 'validation.dateInFuture' },
    });
    await consents.withdraw(client, id, TODAY);
    expect(await consents.withdraw(client, id, TODAY)).toEqual({
      ok: false,
      errors: { withdrawnOn: 'consent.errors.alreadyWithdrawn' },
    });
    await expect(consents.withdraw(client, 'nope', TODAY)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('recording curatele voids the client’s own consent and seals at once', async () => {
    const { compartment, consents, client } = await setup();
    await consents.addGround(client, special);
    const r = await consents.setRepresentation(client, 'curatele');
    expect(r.ok && r.hasLegalGround).toBe(false);
    expect(compartment.forget).toHaveBeenCalledWith(client.id);
    expect(await consents.hasLegalGround(client.id)).toBe(false);
  });

  it('runs quick successive changes in order into one register, and tells subscribers', async () => {
    const { db, vault, consents, client } = await setup();
    const seen: string[] = [];
    const stop = consents.subscribe((id) => seen.push(id));
    await Promise.all([
      consents.addGround(client, special),
      consents.addGround(client, { ...special, scope: 'share-employer' }),
      consents.setRepresentation(client, 'none'),
    ]);
    stop();
    expect((await consents.load(client.id)).grounds.map((g) => g.scope)).toEqual([
      'special-categories',
      'share-employer',
    ]);
    expect(await db.records.where({ kind: vault.kindTag(CONSENT_REGISTER_KIND) }).count()).toBe(1);
    expect(seen).toEqual([client.id, client.id, client.id]);
  });

  it('answers no for an unknown client and for a register of an unknown shape', async () => {
    const { vault, consents, client } = await setup();
    expect(await consents.hasLegalGround('unknown')).toBe(false);
    const { ClientRecords } = await import('../../../../renderer/vault/records');
    await new ClientRecords<object>(vault, CONSENT_REGISTER_KIND).save(
      client.id,
      { representation: 'none', grounds: [{ scope: 'special-categories' }] },
      vault.singletonId(client.id, CONSENT_REGISTER_KIND),
    );
    expect(await consents.hasLegalGround(client.id)).toBe(false);
    await expect(consents.load(client.id)).rejects.toMatchObject({ code: 'unsupported-format' });
  });

  it('keeps no unlogged change: a failing audit entry rolls the change back', async () => {
    const { audit, consents, client } = await setup();
    const spy = vi.spyOn(audit, 'append').mockRejectedValueOnce(new Error('disk full'));
    await expect(consents.addGround(client, special)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect((await consents.load(client.id)).grounds).toHaveLength(0);
  });
});
