import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import {
  emptyGroundInput,
  type ConsentRegister,
  type Ground,
} from '../../../../shared/domain/consent';
import {
  cvConsentFor,
  emptyRecipientInput,
  validateRecipient,
} from '../../../../shared/domain/recipients';
import { remap } from '../../../../renderer/vault/dossier-import';
import { session } from '../../../fixtures/full-dossier';

const ground = (over: Partial<Ground>): Ground => ({
  id: 'g1',
  basis: 'consent',
  scope: 'cv-to-employers',
  employers: ['Bakkerij De Vries'],
  description: '',
  givenOn: '2026-01-05',
  method: 'written',
  givenBy: 'client',
  representativeName: '',
  representativeRole: null,
  withdrawnOn: null,
  recordedAt: '2026-01-05T10:00:00.000Z',
  ...over,
});
const register = (...grounds: Ground[]): ConsentRegister => ({ representation: 'none', grounds });
const adult = { birthDate: '1980-04-01' };

describe('the CV consent check', () => {
  it('finds a standing consent naming the employer, whatever the case and spacing', () => {
    const r = register(ground({}));
    expect(cvConsentFor(r, '  bakkerij  de vries ', adult, '2026-02-01')?.id).toBe('g1');
    expect(cvConsentFor(r, 'Slagerij Jansen', adult, '2026-02-01')).toBeNull();
    expect(cvConsentFor(r, '', adult, '2026-02-01')).toBeNull();
  });

  it('accepts a general consent for all employers, but not a withdrawn, future or other-scope one', () => {
    expect(
      cvConsentFor(register(ground({ employers: ['alle werkgevers'] })), 'X', adult, '2026-02-01'),
    ).not.toBeNull();
    expect(
      cvConsentFor(
        register(ground({ withdrawnOn: '2026-01-20' })),
        'Bakkerij De Vries',
        adult,
        '2026-02-01',
      ),
    ).toBeNull();
    expect(
      cvConsentFor(
        register(ground({ givenOn: '2026-03-01' })),
        'Bakkerij De Vries',
        adult,
        '2026-02-01',
      ),
    ).toBeNull();
    expect(
      cvConsentFor(
        register(ground({ scope: 'share-employer' })),
        'Bakkerij De Vries',
        adult,
        '2026-02-01',
      ),
    ).toBeNull();
    // A minor's own consent does not count (UAVG art. 5).
    expect(
      cvConsentFor(
        register(ground({})),
        'Bakkerij De Vries',
        { birthDate: '2012-01-01' },
        '2026-02-01',
      ),
    ).toBeNull();
  });
});

describe('a manual recipient row', () => {
  it('needs a recipient, a category, a ground and a real date not in the future', () => {
    const r = validateRecipient(emptyRecipientInput(), '2026-02-01');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.keys(r.errors).sort()).toEqual(['categories', 'ground', 'recipient', 'sentOn']);
    const later = validateRecipient(
      {
        ...emptyRecipientInput(),
        recipient: 'UWV',
        categories: ['trajectory'],
        ground: 'Wet SUWI',
        sentOn: '02-02-2026',
      },
      '2026-02-01',
    );
    expect(later.ok ? null : later.errors.sentOn).toBe('validation.dateInFuture');
  });
});

describe('the recipients register', () => {
  async function withClient() {
    const s = await session();
    const client = await s.clients.create(
      (
        validateClient({
          ...emptyClientInput(),
          voornaam: 'Jan',
          achternaam: 'Smit',
          geboortedatum: '01-04-1980',
        }) as { ok: true; value: never }
      ).value,
    );
    return { s, client };
  }

  it('lists manual, export and document rows newest first', async () => {
    const { s, client } = await withClient();
    const manual = await s.recipients.addManual(client.id, {
      ...emptyRecipientInput(),
      recipient: 'UWV',
      categories: ['trajectory', 'logbook'],
      ground: 'Wet SUWI, rapportage re-integratie',
      sentOn: '10-01-2026',
      channel: 'portal',
    });
    expect(manual.ok).toBe(true);
    await s.recipients.recordExport(client.id, {
      on: '2026-01-20',
      how: 'USB-stick',
      requestId: 'r1',
    });
    await s.recipients.recordDocumentSent(client.id, {
      id: 'd1',
      counterparty: 'Werkgever BV',
      date: '2026-01-15',
      fileName: 'plan.pdf',
      sealed: false,
    });
    const rows = await s.recipients.list(client.id);
    expect(rows.map((r) => [r.data.recipient, r.data.source, r.data.channel])).toEqual([
      ['Cliënt zelf', 'export', 'usb'],
      ['Werkgever BV', 'document', 'other'],
      ['UWV', 'manual', 'portal'],
    ]);
    expect(rows[0]?.data.categories).toContain('health');
    expect(rows[0]?.data.ground).toMatch(/art\. 15/);
    expect(rows[0]?.data.requestId).toBe('r1');
  });

  it('records a CV for an employer on its consent, and refuses one without consent or ground', async () => {
    const { s, client } = await withClient();
    await expect(s.recipients.checkCvShare(client.id, 'Bakkerij De Vries')).resolves.toEqual({
      allowed: false,
    });
    await expect(
      s.recipients.recordCv(client.id, { employer: 'Bakkerij De Vries' }),
    ).rejects.toBeInstanceOf(VaultError);
    expect(await s.recipients.list(client.id)).toHaveLength(0);

    const withGround = await s.recipients.recordCv(client.id, {
      employer: 'Slagerij Jansen',
      groundText: 'Mondelinge toestemming, schriftelijk na te sturen',
    });
    expect(withGround.data.consentGroundId).toBeNull();
    expect(withGround.data.ground).toBe('Mondelinge toestemming, schriftelijk na te sturen');

    await s.consents.addGround(client, {
      ...emptyGroundInput(),
      scope: 'cv-to-employers',
      employers: ['Bakkerij De Vries'],
      givenOn: '02-01-2026',
    });
    const check = await s.recipients.checkCvShare(client.id, 'bakkerij de vries');
    expect(check.allowed).toBe(true);
    const row = await s.recipients.recordCv(client.id, { employer: 'Bakkerij De Vries' });
    expect(row.data.consentGroundId).toBe(check.allowed ? check.groundId : 'none');
    expect(row.data.categories).toEqual(['cv']);
  });

  it('keeps an origin per record, with a default per kind until the coach sets one', async () => {
    const { s, client } = await withClient();
    expect(await s.recipients.originRows(client.id)).toEqual([
      { recordId: client.id, kind: 'client', origin: 'client', note: '', isDefault: true },
    ]);
    await s.recipients.setOrigin(
      client.id,
      client.id,
      'vorige-aanbieder',
      'Overdracht Re-Start BV',
    );
    expect((await s.recipients.originRows(client.id))[0]).toMatchObject({
      origin: 'vorige-aanbieder',
      note: 'Overdracht Re-Start BV',
      isDefault: false,
    });
    await expect(s.recipients.setOrigin(client.id, 'elsewhere', 'uwv')).rejects.toBeInstanceOf(
      VaultError,
    );
  });
});

describe('the import remap', () => {
  it('rewrites old record ids nested in objects and arrays, and leaves other values', () => {
    const ids = new Map([
      ['old-1', 'new-1'],
      ['old-2', 'new-2'],
    ]);
    expect(
      remap(
        {
          entryId: 'old-1',
          entries: [
            { recordId: 'old-2', origin: 'uwv', note: 'old-1 as text stays' },
            { recordId: 'other', origin: 'client', note: '' },
          ],
          nested: { deeper: ['old-1', 3, null, true] },
          count: 2,
        },
        ids,
      ),
    ).toEqual({
      entryId: 'new-1',
      entries: [
        { recordId: 'new-2', origin: 'uwv', note: 'old-1 as text stays' },
        { recordId: 'other', origin: 'client', note: '' },
      ],
      nested: { deeper: ['new-1', 3, null, true] },
      count: 2,
    });
  });
});
