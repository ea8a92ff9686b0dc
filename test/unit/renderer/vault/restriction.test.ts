import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { emptyClientInput, validateClient, type Client } from '../../../../shared/domain/client';
import { emptyGroundInput } from '../../../../shared/domain/consent';
import { emptyCv, CV_KIND, type CvRecord } from '../../../../shared/domain/cv';
import { emptyHealth } from '../../../../shared/domain/health';
import { newLogbookInput, validateLogbook } from '../../../../shared/domain/logbook';
import { emptyRequestInput, validateRequest } from '../../../../shared/domain/requests';
import type { KoersDb } from '../../../../renderer/vault/db';
import { DocumentStore } from '../../../../renderer/vault/documents';
import { ClientRecords } from '../../../../renderer/vault/records';
import { RestrictionInputError } from '../../../../renderer/vault/restriction';
import { pdfBytes } from './files';
import { fastKdf, freshDb, makeVault, PASS } from '../../../fixtures/test-vault';
import { memorySink } from '../../../fixtures/full-dossier';

// The platform adapter reads `window`; the composition root needs it only for quick unlock.
vi.mock('../../../../renderer/platform', () => ({ platform: {} }));
const { buildServices } = await import('../../../../renderer/state/services');

const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

async function setup() {
  const db = freshDb();
  const vault = makeVault(db);
  await vault.create(PASS, fastKdf());
  const s = buildServices(vault);
  const client = await s.clients.create(
    ok(validateClient({ ...emptyClientInput(), voornaam: 'Fatma', achternaam: 'Yılmaz' })),
  );
  await s.consents.addGround(client, { ...emptyGroundInput(), givenOn: '01-06-2025' });
  const entry = (summary: string) =>
    ok(validateLogbook({ ...newLogbookInput(new Date(2026, 10, 3, 10, 0)), summary }));
  const first = await s.logbook.create(client.id, entry('Kennismaking'));
  return { db, vault, s, client, entry, first };
}

/** Every row of the client's tables, ciphertext included: "unchanged" means equal. */
async function clientRows(db: KoersDb, clientId: string) {
  return {
    records: await db.records.where('clientId').equals(clientId).toArray(),
    changes: await db.changes.where('clientId').equals(clientId).toArray(),
    chunks: await db.chunks.where('clientId').equals(clientId).toArray(),
  };
}

const refusal = async (p: Promise<unknown>) => {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  return e instanceof VaultError ? e.code : e;
};

describe('restriction (AVG art. 18), enforced by the store', () => {
  it('refuses every edit and new entry of a restricted client, through any repository, and changes nothing', async () => {
    const { db, vault, s, client, entry, first } = await setup();
    // The compartment key pair is made on first use; it may be made while restricted too.
    await s.compartment.open({ clientId: client.id, purpose: 'Probleemanalyse', passphrase: PASS });
    await s.compartment.prepare(client.id);
    // Inline sealing: vitest runs in Node, without the app's Web Worker.
    const documents = new DocumentStore(vault, 64 * 1024, 'inline', s.compartment);
    const kept = await documents.attach(client.id, new Blob([pdfBytes(3_000, 2)]), {
      fileName: 'besluit.pdf',
      direction: 'ontvangen',
      date: '19-11-2026',
      counterparty: 'UWV',
      description: 'Besluit',
    });
    await s.restrictions.restrict(client.id, {
      reason: 'Cliënt betwist het dossier',
      requestId: null,
    });
    const before = await clientRows(db, client.id);

    const edited: Client = { ...client, woonplaats: 'Zwolle' };
    expect(await refusal(s.clients.update(client.id, edited))).toBe('restricted');
    expect(await refusal(s.clients.setArchived(client.id, true))).toBe('restricted');
    expect(await refusal(s.logbook.create(client.id, entry('Nieuw gesprek')))).toBe('restricted');
    expect(await refusal(s.logbook.update(client.id, first.id, entry('Aangepast')))).toBe(
      'restricted',
    );
    expect(
      await refusal(s.logbook.create(client.id, entry('Over zijn burn-out'), { sealed: true })),
    ).toBe('restricted');
    expect(await refusal(s.cv.save(client.id, { ...emptyCv(), profile: 'Chauffeur' }))).toBe(
      'restricted',
    );
    expect(
      await refusal(s.health.save(client.id, { ...emptyHealth(), functionalLimitations: 'x' })),
    ).toBe('restricted');
    expect(
      await refusal(
        documents.attach(client.id, new Blob([pdfBytes(3_000, 1)]), {
          fileName: 'brief.pdf',
          direction: 'ontvangen',
          date: '20-11-2026',
          counterparty: 'UWV',
          description: 'Besluit',
        }),
      ),
    ).toBe('restricted');
    // Nothing is deleted either: a restricted dossier is only stored.
    expect(await refusal(s.erasure.eraseDocument(client.id, kept.id, { passphrase: PASS }))).toBe(
      'restricted',
    );
    expect(await refusal(s.recipients.setOrigin(client.id, client.id, 'uwv'))).toBe('restricted');
    // A repository the composition root never built is refused all the same: the check is
    // where every row is sealed, not in the screens or the repositories.
    const direct = new ClientRecords<CvRecord>(vault, CV_KIND);
    expect(
      await refusal(direct.save(client.id, { ...emptyCv(), profile: 'x', updatedAt: '' })),
    ).toBe('restricted');

    expect(await clientRows(db, client.id)).toEqual(before);
  });

  it('still takes the client’s requests, notes about the restriction and an export to the client; not a CV or a document to others', async () => {
    const { s, client } = await setup();
    await s.restrictions.restrict(client.id, { reason: 'Verzoek tot beperking', requestId: null });
    await s.requests.save(
      client.id,
      ok(
        validateRequest(
          {
            ...emptyRequestInput(),
            type: 'access',
            receivedOn: '02-11-2026',
            description: 'Inzage',
          },
          { today: '2026-11-02', term: '1-month', recordedAt: '2026-11-02T09:00:00.000Z' },
        ),
      ),
    );
    const noted = await s.restrictions.addNote(client.id, 'Cliënt gebeld');
    expect(noted.notes.map((n) => n.text)).toEqual(['Cliënt gebeld']);
    await s.exporter.write(client.id, memorySink(), { firm: 'F', coach: 'C', requestId: null });
    await s.recipients.recordExport(client.id, { on: '2026-11-05', how: 'usb', requestId: null });
    expect(
      await refusal(s.recipients.recordCv(client.id, { employer: 'Bakker', groundText: 'x' })),
    ).toBe('restricted');
    expect(await refusal(s.restrictions.assertMayProcess(client.id, 'employer-sharing'))).toBe(
      'restricted',
    );
    expect((await s.recipients.list(client.id)).map((r) => r.data.source)).toEqual(['export']);
  });

  it('holds after a lock and an unlock: read back from the sealed record, not from the screen', async () => {
    const { vault, client } = await setup();
    const s = buildServices(vault);
    await s.restrictions.restrict(client.id, { reason: 'Bezwaar loopt', requestId: null });
    await vault.lock();
    expect(vault.restrictions.isRestricted(client.id)).toBe(false);
    await vault.unlock(PASS);
    const after = buildServices(vault);
    expect(after.restrictions.isRestricted(client.id)).toBe(true);
    expect(await refusal(after.cv.save(client.id, { ...emptyCv(), profile: 'x' }))).toBe(
      'restricted',
    );
  });

  it('is lifted only with a reason; lifting and restricting are audited, without the reasons', async () => {
    const { s, client } = await setup();
    await s.restrictions.restrict(client.id, { reason: 'Juistheid betwist', requestId: null });
    await expect(s.restrictions.lift(client.id, '   ')).rejects.toBeInstanceOf(
      RestrictionInputError,
    );
    expect(s.restrictions.isRestricted(client.id)).toBe(true);
    const lifted = await s.restrictions.lift(client.id, 'Gegevens gecorrigeerd');
    expect(lifted.active).toBe(false);
    expect(lifted.earlier).toMatchObject([
      { reason: 'Juistheid betwist', liftReason: 'Gegevens gecorrigeerd' },
    ]);
    await s.cv.save(client.id, { ...emptyCv(), profile: 'Weer bewerkbaar' });
    const log = (await s.audit.entries({ clientId: client.id })).filter(
      (e) => e.action === 'restriction',
    );
    expect(log.map((e) => e.facts)).toEqual([
      { kind: 'restriction', change: 'set', request: false },
      { kind: 'restriction', change: 'lifted', request: false },
    ]);
    expect(JSON.stringify(log)).not.toContain('Juistheid');
    // Refused reasons change nothing either.
    await expect(
      s.restrictions.restrict(client.id, { reason: '', requestId: null }),
    ).rejects.toBeInstanceOf(RestrictionInputError);
    expect(s.restrictions.isRestricted(client.id)).toBe(false);
  });
});

describe('objection (AVG art. 21)', () => {
  it('stops sharing the CV with employers while pending or upheld, not after a rejection', async () => {
    const { s, client } = await setup();
    const input = {
      processing: 'employer-sharing' as const,
      description: 'Geen cv naar werkgevers',
      receivedOn: '2026-11-01',
      outcome: 'pending' as const,
      decidedOn: '',
      reasons: '',
      requestId: null,
    };
    const objection = await s.restrictions.saveObjection(client.id, input);
    expect(
      await refusal(s.recipients.recordCv(client.id, { employer: 'Bakker', groundText: 'x' })),
    ).toBe('objected');
    await s.restrictions.saveObjection(
      client.id,
      { ...input, outcome: 'upheld', decidedOn: '2026-11-08' },
      objection.id,
    );
    expect(await refusal(s.restrictions.assertMayProcess(client.id, 'employer-sharing'))).toBe(
      'objected',
    );
    // Another processing is not touched by it.
    await s.restrictions.assertMayProcess(client.id, 'uwv-reporting');
    // Rejecting needs written compelling grounds.
    await expect(
      s.restrictions.saveObjection(
        client.id,
        { ...input, outcome: 'rejected', decidedOn: '2026-11-09' },
        objection.id,
      ),
    ).rejects.toBeInstanceOf(RestrictionInputError);
    await s.restrictions.saveObjection(
      client.id,
      { ...input, outcome: 'rejected', decidedOn: '2026-11-09', reasons: 'Dwingende gronden' },
      objection.id,
    );
    await s.recipients.recordCv(client.id, { employer: 'Bakker', groundText: 'Sollicitatie' });
    expect(await s.restrictions.listObjections(client.id)).toHaveLength(1);
  });
});
