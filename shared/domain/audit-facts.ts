/**
 * What an audit entry says beyond its action, as data rather than a sentence: the log is not
 * tied to a language, and the viewer words each fact in the language of the UI. Only codes
 * and counts, never names or free text: the log outlives the dossiers it names (erasure).
 *
 * Entries written before these facts existed carry an English `detail` string instead;
 * `legacyFacts` reads the ones Koers wrote back into facts, so old logs show in Dutch too.
 */
import { BASES, SCOPES, type Basis, type GivenBy, type Scope } from './consent';

export type AuditFacts =
  | {
      kind: 'consent-granted';
      scope: Scope;
      basis: Basis;
      givenBy: GivenBy | null;
      /** How many employers a CV may go to ('cv-to-employers'); their names stay out. */
      employers: number | null;
    }
  | {
      kind: 'consent-withdrawn';
      scope: Scope;
      basis: Basis;
      /** The change left no legal ground for special categories: the compartment closed. */
      sealed: boolean;
    }
  | {
      kind: 'representation-changed';
      /** Whether a legal representative now consents; which kind (curatele, mentorschap) stays out. */
      representative: boolean;
      sealed: boolean;
    }
  | { kind: 'unlocked-with'; how: 'passphrase' | 'quick-unlock' }
  | { kind: 'key-refused'; which: 'master' | 'client' }
  | { kind: 'tabs-shared'; tabs: string[] }
  | { kind: 'draft-of'; editor: string }
  /** A legal hold: which retention class and until when; its reason stays in the dossier. */
  | { kind: 'retention-hold'; retention: string; reviewOn: string }
  /** A request registered, changed or delivered: its type (access, erasure…), nothing else. */
  | { kind: 'request'; type: string; change: 'registered' | 'changed' | 'delivered' }
  /** Restriction (AVG art. 18) set, lifted or noted; the reasons stay in the dossier. */
  | { kind: 'restriction'; change: 'set' | 'lifted' | 'note'; request: boolean }
  /** An objection (AVG art. 21) recorded or decided: which processing, which outcome. */
  | {
      kind: 'objection';
      processing: 'employer-sharing' | 'uwv-reporting' | 'other';
      outcome: 'pending' | 'upheld' | 'rejected';
    };

/** The facts of a consent-change entry, as consent.ts writes them. */
export const consentFacts = {
  granted: (g: {
    scope: Scope;
    basis: Basis;
    givenBy: GivenBy | null;
    employers: readonly string[];
  }): AuditFacts => ({
    kind: 'consent-granted',
    scope: g.scope,
    basis: g.basis,
    givenBy: g.givenBy,
    employers: g.scope === 'cv-to-employers' ? g.employers.length : null,
  }),
  withdrawn: (g: { scope: Scope; basis: Basis }, sealed: boolean): AuditFacts => ({
    kind: 'consent-withdrawn',
    scope: g.scope,
    basis: g.basis,
    sealed,
  }),
  representation: (representative: boolean, sealed: boolean): AuditFacts => ({
    kind: 'representation-changed',
    representative,
    sealed,
  }),
};

const isScope = (s: string | undefined): s is Scope => SCOPES.includes(s as Scope);
const isBasis = (s: string | undefined): s is Basis => BASES.includes(s as Basis);
const SEALED_SUFFIX = '; no legal ground left, compartment sealed';

/**
 * The facts in a detail string Koers wrote before facts existed, or null for any other text
 * (shown as written). Recognises exactly the sentences and tokens those versions wrote.
 */
export function legacyFacts(action: string, detail: string | undefined): AuditFacts | null {
  if (detail === undefined) return null;
  switch (action) {
    case 'unlock':
      if (detail === 'passphrase') return { kind: 'unlocked-with', how: 'passphrase' };
      if (detail === 'quick unlock (OS keychain)')
        return { kind: 'unlocked-with', how: 'quick-unlock' };
      return null;
    case 'compartment-key-refused':
      return detail === 'master' || detail === 'client'
        ? { kind: 'key-refused', which: detail }
        : null;
    case 'sealed-draft-discarded':
      return /^[a-z-]+$/.test(detail) ? { kind: 'draft-of', editor: detail } : null;
    case 'session-mode-start':
      return /^[a-z-]*(,[a-z-]+)*$/.test(detail)
        ? { kind: 'tabs-shared', tabs: detail ? detail.split(',') : [] }
        : null;
    case 'consent-change':
      return legacyConsent(detail);
    default:
      return null;
  }
}

function legacyConsent(detail: string): AuditFacts | null {
  const sealed = detail.endsWith(SEALED_SUFFIX);
  const body = sealed ? detail.slice(0, -SEALED_SUFFIX.length) : detail;
  // "granted cv-to-employers (consent, by client, 2 employers)"
  const granted =
    /^granted (\S+) \(([^,)]+)(?:, by (client|representative))?(?:, (\d+) employers)?\)$/.exec(
      body,
    );
  if (granted && isScope(granted[1]) && isBasis(granted[2])) {
    return {
      kind: 'consent-granted',
      scope: granted[1],
      basis: granted[2],
      givenBy: (granted[3] as GivenBy | undefined) ?? null,
      employers: granted[4] === undefined ? null : Number(granted[4]),
    };
  }
  // "withdrawn special-categories (consent)"
  const withdrawn = /^withdrawn (\S+) \(([^)]+)\)$/.exec(body);
  if (withdrawn && isScope(withdrawn[1]) && isBasis(withdrawn[2]))
    return { kind: 'consent-withdrawn', scope: withdrawn[1], basis: withdrawn[2], sealed };
  // "representation changed (no representative)" / "(representative required)"
  const rep = /^representation changed \((no representative|representative required)\)$/.exec(body);
  if (rep) {
    return {
      kind: 'representation-changed',
      representative: rep[1] === 'representative required',
      sealed,
    };
  }
  return null;
}
