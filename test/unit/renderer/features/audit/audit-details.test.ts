import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { detailText, type Translate } from '../../../../../renderer/features/audit/audit-format';
import { messages as audit } from '../../../../../renderer/features/audit/i18n';
import { messages as consent } from '../../../../../renderer/features/consent/i18n';
import { messages as logbook } from '../../../../../renderer/features/logbook/i18n';
import { messages as cv } from '../../../../../renderer/features/cv/i18n';
import { messages as trajectory } from '../../../../../renderer/features/trajectory/i18n';
import { messageKey } from '../../../../../renderer/i18n/keys';
import { nl } from '../../../../../renderer/i18n/nl';
import { en } from '../../../../../renderer/i18n/en';
import type { AuditEntry } from '../../../../../renderer/vault/audit';
import { consentFacts, legacyFacts } from '../../../../../shared/domain/audit-facts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  const merged = (lang: 'nl' | 'en') => ({
    ...(lang === 'nl' ? nl : en),
    ...audit[lang],
    ...consent[lang],
    ...logbook[lang],
    ...cv[lang],
    ...trajectory[lang],
  });
  await i18n.init({
    resources: { nl: { translation: merged('nl') }, en: { translation: merged('en') } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
});

const say = (e: Partial<AuditEntry>, lang: 'nl' | 'en' = 'nl') => {
  const t: Translate = (key, values) => i18n.getFixedT(lang)(messageKey(key), values ?? {});
  const entry: AuditEntry = {
    seq: 1,
    at: '2026-03-04T09:00:00.000Z',
    prev: '',
    action: 'consent-change',
    clientId: 'c1',
    ...e,
  };
  return detailText(entry, t, lang);
};

/** Words of the English sentences older versions stored: none may reach the Dutch UI. */
const ENGLISH =
  /\b(granted|withdrawn|representation|representative|employers?|consent|compartment|sealed|legal|ground|by client|passphrase|logbook|master)\b/i;

const special = {
  scope: 'special-categories',
  basis: 'consent',
  givenBy: 'client',
  employers: [],
} as const;

describe('consent audit details in the UI language', () => {
  it('words new (structured) entries in Dutch, and in English', () => {
    const granted = say({ facts: consentFacts.granted(special) });
    expect(granted).toBe(
      'Vastgelegd: Verwerken van bijzondere persoonsgegevens (Toestemming, gegeven door de cliënt)',
    );
    const cvGround = say({
      facts: consentFacts.granted({
        ...special,
        scope: 'cv-to-employers',
        employers: ['Bakkerij Jansen', 'Zorggroep De Linde'],
      }),
    });
    expect(cvGround).toBe(
      'Vastgelegd: Cv sturen naar genoemde werkgevers (Toestemming, gegeven door de cliënt, 2 werkgevers)',
    );
    const withdrawn = say({ facts: consentFacts.withdrawn(special, true) });
    expect(withdrawn).toBe(
      'Ingetrokken of beëindigd: Verwerken van bijzondere persoonsgegevens (Toestemming). Geen grondslag meer: afgeschermd deel gesloten',
    );
    const rep = say({ facts: consentFacts.representation(true, false) });
    expect(rep).toBe('Vertegenwoordiging: een wettelijk vertegenwoordiger beslist');
    for (const text of [granted, cvGround, withdrawn, rep]) expect(text).not.toMatch(ENGLISH);

    expect(say({ facts: consentFacts.withdrawn(special, true) }, 'en')).toMatch(
      /^Withdrawn or ended: .*No legal ground left: sealed compartment closed$/,
    );
  });

  it.each([
    [
      'granted special-categories (consent, by representative)',
      'Vastgelegd: Verwerken van bijzondere persoonsgegevens (Toestemming, gegeven door de wettelijk vertegenwoordiger)',
    ],
    [
      'granted cv-to-employers (consent, by client, 2 employers)',
      'Vastgelegd: Cv sturen naar genoemde werkgevers (Toestemming, gegeven door de cliënt, 2 werkgevers)',
    ],
    [
      'granted special-categories (legal-obligation)',
      'Vastgelegd: Verwerken van bijzondere persoonsgegevens (Wettelijke verplichting (bijv. Wet verbetering Poortwachter))',
    ],
    [
      'withdrawn cv-to-employers (consent)',
      'Ingetrokken of beëindigd: Cv sturen naar genoemde werkgevers (Toestemming)',
    ],
    [
      'withdrawn special-categories (consent); no legal ground left, compartment sealed',
      'Ingetrokken of beëindigd: Verwerken van bijzondere persoonsgegevens (Toestemming). Geen grondslag meer: afgeschermd deel gesloten',
    ],
    [
      'representation changed (representative required)',
      'Vertegenwoordiging: een wettelijk vertegenwoordiger beslist',
    ],
    [
      'representation changed (no representative); no legal ground left, compartment sealed',
      'Vertegenwoordiging: geen wettelijk vertegenwoordiger. Geen grondslag meer: afgeschermd deel gesloten',
    ],
  ])('shows an older stored entry %j in Dutch', (stored, dutch) => {
    expect(say({ detail: stored })).toBe(dutch);
    expect(say({ detail: stored })).not.toMatch(ENGLISH);
  });

  it('shows the other details Koers wrote in Dutch, old tokens and new facts alike', () => {
    expect(say({ action: 'unlock', clientId: null, detail: 'passphrase' })).toBe(
      'met wachtwoordzin',
    );
    expect(say({ action: 'unlock', detail: 'quick unlock (OS keychain)' })).toBe(
      'met snel ontgrendelen (sleutelbos van het systeem)',
    );
    expect(say({ action: 'compartment-key-refused', detail: 'master' })).toBe(
      'hoofdsleutel van het afgeschermde deel',
    );
    expect(
      say({ action: 'compartment-key-refused', facts: { kind: 'key-refused', which: 'client' } }),
    ).toBe('sleutel van het afgeschermde deel van deze cliënt');
    expect(say({ action: 'sealed-draft-discarded', detail: 'logbook' })).toBe('Concept in Logboek');
    expect(say({ action: 'session-mode-start', detail: 'cv,trajectory' })).toBe(
      'Getoond: CV, UWV-traject',
    );
    expect(say({ action: 'session-mode-start', facts: { kind: 'tabs-shared', tabs: [] } })).toBe(
      'Niets getoond',
    );
    expect(
      say({ action: 'unlock-failed', failures: 3, since: '2026-03-04T08:00:00.000Z' }),
    ).toMatch(/^3 mislukte pogingen sinds 04-03-2026/);
  });

  it('shows text it does not recognise as written, and nothing for no detail', () => {
    expect(say({ detail: 'granted something-else (consent)' })).toBe(
      'granted something-else (consent)',
    );
    expect(say({ action: 'restriction', detail: 'op verzoek van cliënt' })).toBe(
      'op verzoek van cliënt',
    );
    expect(say({})).toBe('');
    expect(legacyFacts('export', 'passphrase')).toBeNull();
  });
});
