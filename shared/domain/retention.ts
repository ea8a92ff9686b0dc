/**
 * The retention policy and what it makes due (issue 13 part 4; docs/domain.md §6).
 *
 * One rule per retention class of the registry (shared/records/kind-spec.ts): a period in
 * months counted from a trigger. The defaults are the privacy statements' promises; a firm
 * may change a period only within the bounds below, which come from the same statements and
 * the law. The audit class has no period: the audit log is hash-chained and holds codes and
 * random ids only, so it is kept with the vault (docs/security-model.md).
 *
 * "Service end" is the day the client left the active caseload: the trajectory's end date
 * when it has one on or before the archive date, else the archive date. A client still in
 * the active caseload has no service end, so only an erasure request makes anything of an
 * active client due (medical data, statement 003 art. 14.4).
 *
 * Nothing here erases: `retentionDue` lists, the coach confirms or records a legal hold.
 */
import type { RetentionClass } from '../records/kind-spec';
import { tryParseIsoDate, type IsoDate } from './iso-date';
import { addMonths } from './requests';

/** The classes with a period (every class but the audit log). */
export const POLICY_CLASSES = ['dossier', 'medical', 'coaching-report', 'financial'] as const;
export type PolicyClass = (typeof POLICY_CLASSES)[number];

/**
 * What a period counts from: the end of the service (see above), the archive date, or the
 * end of the dossier's own period (medical data: "within 3 months after that").
 */
export const RETENTION_TRIGGERS = ['service-end', 'archived', 'dossier-period-end'] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

export interface RetentionRule {
  months: number;
  trigger: RetentionTrigger;
}

export interface RetentionPolicy {
  rules: Record<PolicyClass, RetentionRule>;
  /** Days a backup is kept (statement 001: at most 14). Read by the backup rotation. */
  backupDays: number;
}

interface Bilingual {
  nl: string;
  en: string;
}

export interface RuleSpec {
  default: RetentionRule;
  minMonths: number;
  maxMonths: number;
  /** The triggers a firm may choose for this class. */
  triggers: readonly RetentionTrigger[];
  /** Also due right away once the client asked for erasure (a request in the register). */
  onErasureRequest: boolean;
  /** Where the default comes from (the statements in shared/seeds, domain.md §6). */
  source: Bilingual;
}

export const RULE_SPECS: Readonly<Record<PolicyClass, RuleSpec>> = {
  dossier: {
    default: { months: 24, trigger: 'service-end' },
    minMonths: 1,
    // The statements promise 2 years; the AP calls 2 years after reintegration reasonable.
    maxMonths: 24,
    triggers: ['service-end', 'archived'],
    onErasureRequest: false,
    source: {
      nl: 'Privacyverklaring 003 art. 14.2 en 001: 2 jaar na het einde van de dienstverlening',
      en: 'Privacy statement 003 art. 14.2 and 001: 2 years after the service ended',
    },
  },
  medical: {
    default: { months: 3, trigger: 'dossier-period-end' },
    minMonths: 0,
    maxMonths: 3,
    triggers: ['dossier-period-end'],
    onErasureRequest: true,
    source: {
      nl: 'Privacyverklaring 003 art. 14.4: binnen 3 maanden na het einde van de bewaartermijn of na een verzoek tot verwijdering',
      en: 'Privacy statement 003 art. 14.4: within 3 months after the retention period ends or after an erasure request',
    },
  },
  'coaching-report': {
    default: { months: 36, trigger: 'service-end' },
    minMonths: 1,
    maxMonths: 36,
    triggers: ['service-end', 'archived'],
    onErasureRequest: false,
    source: {
      nl: 'Privacyverklaring 004: coachverslagen en uitslagen van persoonlijkheidsscans 3 jaar na het traject',
      en: 'Privacy statement 004: coaching reports and personality scan results 3 years after the trajectory',
    },
  },
  financial: {
    default: { months: 84, trigger: 'service-end' },
    // Tax law (AWR art. 52) requires 7 years; keeping longer has no ground.
    minMonths: 84,
    maxMonths: 84,
    triggers: ['service-end', 'archived'],
    onErasureRequest: false,
    source: {
      nl: 'Privacyverklaringen 000, 002 en 004: financiële en administratieve gegevens 7 jaar (fiscale bewaarplicht, AWR art. 52)',
      en: 'Privacy statements 000, 002 and 004: financial and administrative data 7 years (tax law, AWR art. 52)',
    },
  },
};

export const BACKUP_DAYS = { default: 14, min: 1, max: 14 } as const;
export const BACKUP_SOURCE: Bilingual = {
  nl: 'Privacyverklaring 001: dagelijkse back-ups, hooguit 14 dagen bewaard',
  en: 'Privacy statement 001: daily backups, kept at most 14 days',
};
export const AUDIT_SOURCE: Bilingual = {
  nl: 'Geen termijn in de privacyverklaringen. Het controlelogboek bevat alleen codes en willekeurige nummers, nooit namen, en blijft zolang de kluis bestaat (de keten van het logboek mag geen gat krijgen).',
  en: 'No period in the privacy statements. The audit log holds only codes and random ids, never names, and is kept as long as the vault (its chain must not have a gap).',
};

export const defaultPolicy = (): RetentionPolicy => ({
  rules: {
    dossier: { ...RULE_SPECS.dossier.default },
    medical: { ...RULE_SPECS.medical.default },
    'coaching-report': { ...RULE_SPECS['coaching-report'].default },
    financial: { ...RULE_SPECS.financial.default },
  },
  backupDays: BACKUP_DAYS.default,
});

/** i18n keys (retention.errors.*) per class, or for the backup period. */
export type PolicyErrors = Partial<Record<PolicyClass | 'backupDays', string>>;

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** Whether each rule is within its bounds; what the settings screen saves only when empty. */
export function policyErrors(p: RetentionPolicy): PolicyErrors {
  const errors: PolicyErrors = {};
  for (const c of POLICY_CLASSES) {
    const spec = RULE_SPECS[c];
    const rule = p.rules[c];
    if (!isWhole(rule.months) || rule.months < spec.minMonths || rule.months > spec.maxMonths)
      errors[c] = 'retention.errors.months';
    else if (!spec.triggers.includes(rule.trigger)) errors[c] = 'retention.errors.trigger';
  }
  if (!isWhole(p.backupDays) || p.backupDays < BACKUP_DAYS.min || p.backupDays > BACKUP_DAYS.max)
    errors.backupDays = 'retention.errors.backupDays';
  return errors;
}

/**
 * The policy from what the settings row holds: a missing, damaged or out-of-bounds value
 * takes its default, so an edited settings row can never stretch a period past its bound.
 */
export function readPolicy(stored: unknown): RetentionPolicy {
  const policy = defaultPolicy();
  if (typeof stored !== 'object' || stored === null) return policy;
  const s = stored as { rules?: Record<string, unknown>; backupDays?: unknown };
  for (const c of POLICY_CLASSES) {
    const r = s.rules?.[c] as Partial<RetentionRule> | undefined;
    if (!r) continue;
    const candidate = { months: r.months, trigger: r.trigger } as RetentionRule;
    const probe = { ...policy, rules: { ...policy.rules, [c]: candidate } };
    if (!policyErrors(probe)[c]) policy.rules[c] = candidate;
  }
  if (!policyErrors({ ...policy, backupDays: s.backupDays as number }).backupDays)
    policy.backupDays = s.backupDays as number;
  return policy;
}

/** What the vault knows about one client that retention counts from. */
export interface RetentionFacts {
  clientId: string;
  /** Local date of archiving; null while the client is in the active caseload. */
  archivedOn: IsoDate | null;
  /** The UWV trajectory's end date, if any. */
  trajectoryEndOn: IsoDate | null;
  /** The earliest erasure request in the register that was not refused. */
  erasureRequestedOn: IsoDate | null;
}

export function serviceEndOn(f: RetentionFacts): IsoDate | null {
  if (f.archivedOn === null) return null;
  const end = f.trajectoryEndOn;
  return end && tryParseIsoDate(end) !== undefined && end <= f.archivedOn ? end : f.archivedOn;
}

/** Why a class is due on its date. */
export type DueBecause = 'period' | 'erasure-request';

export interface DueDate {
  on: IsoDate;
  because: DueBecause;
}

/** The day each class of this client becomes due, or null when nothing starts its count. */
export function dueDates(
  f: RetentionFacts,
  policy: RetentionPolicy,
): Record<PolicyClass, DueDate | null> {
  const end = serviceEndOn(f);
  const start = (trigger: RetentionTrigger, dossier: IsoDate | null): IsoDate | null =>
    trigger === 'service-end' ? end : trigger === 'archived' ? f.archivedOn : dossier;
  const out = {} as Record<PolicyClass, DueDate | null>;
  let dossierEnd: IsoDate | null = null;
  for (const c of POLICY_CLASSES) {
    const rule = policy.rules[c];
    const from = start(rule.trigger, dossierEnd);
    let due: DueDate | null = from ? { on: addMonths(from, rule.months), because: 'period' } : null;
    if (c === 'dossier') dossierEnd = due?.on ?? null;
    const asked = f.erasureRequestedOn;
    if (RULE_SPECS[c].onErasureRequest && asked && (!due || asked < due.on))
      due = { on: asked, because: 'erasure-request' };
    out[c] = due;
  }
  return out;
}

/** A legal hold as retention reads it (the record is shared/domain/retention-hold.ts). */
export interface HoldOn {
  clientId: string;
  retention: RetentionClass;
  reviewOn: IsoDate;
}

export interface DueItem {
  clientId: string;
  retention: PolicyClass;
  dueOn: IsoDate;
  because: DueBecause;
}

export interface HeldItem extends DueItem {
  /** The latest review date of the holds on it: due again from that day. */
  reviewOn: IsoDate;
}

export interface RetentionList {
  due: DueItem[];
  held: HeldItem[];
}

// Code-unit order (ids and ISO dates are ASCII): localeCompare costs ~10x more here.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: DueItem, b: DueItem) =>
  a.dueOn === b.dueOn
    ? a.clientId === b.clientId
      ? POLICY_CLASSES.indexOf(a.retention) - POLICY_CLASSES.indexOf(b.retention)
      : cmp(a.clientId, b.clientId)
    : cmp(a.dueOn, b.dueOn);

/**
 * Every class of every client whose day has come, oldest first. A hold whose review date
 * is after today moves the item to `held`; from its review date on it is due again. Nothing
 * due is left out: an item is either due or held.
 */
export function retentionDue(
  facts: readonly RetentionFacts[],
  holds: readonly HoldOn[],
  policy: RetentionPolicy,
  today: IsoDate,
): RetentionList {
  const due: DueItem[] = [];
  const held: HeldItem[] = [];
  // The latest review date still ahead, per client and class (looked up once per item).
  const reviews = new Map<string, IsoDate>();
  for (const h of holds) {
    if (h.reviewOn <= today) continue;
    const key = `${h.clientId}\u0000${h.retention}`;
    const known = reviews.get(key);
    if (!known || h.reviewOn > known) reviews.set(key, h.reviewOn);
  }
  for (const f of facts) {
    const dates = dueDates(f, policy);
    for (const c of POLICY_CLASSES) {
      const d = dates[c];
      if (!d || d.on > today) continue;
      const item: DueItem = { clientId: f.clientId, retention: c, dueOn: d.on, because: d.because };
      const review = reviews.get(`${f.clientId}\u0000${c}`);
      if (review) held.push({ ...item, reviewOn: review });
      else due.push(item);
    }
  }
  return { due: due.sort(byDate), held: held.sort(byDate) };
}

/** At unlock, at most daily: a new check only on a day without one. */
export const shouldCheck = (lastCheckedOn: IsoDate | undefined, today: IsoDate): boolean =>
  lastCheckedOn !== today;

/**
 * An erasure is of the whole client (the eraser keeps only what the law requires), so a due
 * item cannot be confirmed while another class of the same client is held: this returns the
 * last review date of those holds, or null when the item can be confirmed.
 */
export function blockedUntil(item: DueItem, list: RetentionList): IsoDate | null {
  const dates = list.held
    .filter((h) => h.clientId === item.clientId && h.retention !== item.retention)
    .map((h) => h.reviewOn)
    .sort();
  return dates.pop() ?? null;
}
