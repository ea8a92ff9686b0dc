import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_SOURCE,
  BACKUP_DAYS,
  BACKUP_SOURCE,
  POLICY_CLASSES,
  RULE_SPECS,
  type PolicyErrors,
  type RetentionPolicy,
  type RetentionTrigger,
} from '../../../shared/domain/retention';
import { messageKey } from '../../i18n/keys';
import { errorKey } from '../../state/session';
import { services } from '../../state/services';
import './retention-policy.css';

/** Typed numbers stay text until saved, so a half-typed value is never stored. */
type Draft = {
  months: Record<(typeof POLICY_CLASSES)[number], string>;
  triggers: Record<(typeof POLICY_CLASSES)[number], RetentionTrigger>;
  backupDays: string;
};

const toDraft = (p: RetentionPolicy): Draft => ({
  months: Object.fromEntries(
    POLICY_CLASSES.map((c) => [c, String(p.rules[c].months)]),
  ) as Draft['months'],
  triggers: Object.fromEntries(
    POLICY_CLASSES.map((c) => [c, p.rules[c].trigger]),
  ) as Draft['triggers'],
  backupDays: String(p.backupDays),
});

const toNumber = (s: string): number => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

const fromDraft = (d: Draft): RetentionPolicy => ({
  rules: Object.fromEntries(
    POLICY_CLASSES.map((c) => [c, { months: toNumber(d.months[c]), trigger: d.triggers[c] }]),
  ) as RetentionPolicy['rules'],
  backupDays: toNumber(d.backupDays),
});

/**
 * The firm's retention policy (Instellingen → Bewaartermijnen): one row per retention class,
 * with its period, what it counts from and its source in the privacy statements. A period
 * outside its legal bounds is named and nothing is saved.
 */
export function RetentionPolicySettings() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    services()
      .retention.policy()
      .then(
        (p) => live && setDraft(toDraft(p)),
        (e: unknown) => live && setFailure(errorKey(e)),
      );
    return () => {
      live = false;
    };
  }, []);

  if (!draft)
    return failure ? (
      <p className="error" role="alert">
        {t(messageKey(failure))}
      </p>
    ) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setFailure(null);
    try {
      const found = await services().retention.savePolicy(fromDraft(draft));
      setErrors(found);
      setStatus(Object.keys(found).length === 0 ? 'saved' : 'invalid');
    } catch (err) {
      setFailure(errorKey(err));
    }
  }
  const edit = (next: Draft) => {
    setDraft(next);
    setStatus(null);
  };
  const errorOf = (key: keyof PolicyErrors, id: string) =>
    errors[key] ? (
      <small id={id} className="error" role="alert">
        {t(messageKey(errors[key]))}
      </small>
    ) : null;

  return (
    <form
      className="retention-policy"
      aria-labelledby="retention-policy-title"
      onSubmit={submit}
      noValidate
    >
      <h3 id="retention-policy-title">{t('retention.policy.title')}</h3>
      <p className="muted small">{t('retention.policy.intro')}</p>
      <table>
        <caption className="sr-only">{t('retention.policy.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.policy.columns.class')}</th>
            <th scope="col">{t('retention.policy.columns.period')}</th>
            <th scope="col">{t('retention.policy.columns.trigger')}</th>
            <th scope="col">{t('retention.policy.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {POLICY_CLASSES.map((c) => {
            const spec = RULE_SPECS[c];
            const what = t(`retention.classes.${c}`);
            const errorId = `retention-error-${c}`;
            const fixed = spec.minMonths === spec.maxMonths;
            return (
              <tr key={c} data-class={c}>
                <th scope="row">{what}</th>
                <td className="period">
                  {fixed ? (
                    t('retention.policy.fixed', { months: spec.minMonths })
                  ) : (
                    <>
                      <input
                        type="number"
                        name={`months-${c}`}
                        min={spec.minMonths}
                        max={spec.maxMonths}
                        value={draft.months[c]}
                        aria-label={t('retention.policy.monthsLabel', { what })}
                        aria-invalid={errors[c] ? true : undefined}
                        aria-describedby={errors[c] ? errorId : undefined}
                        onChange={(e) =>
                          edit({ ...draft, months: { ...draft.months, [c]: e.target.value } })
                        }
                      />{' '}
                      {t('retention.policy.months')}
                      <br />
                      <small className="muted">
                        {t('retention.policy.bounds', { min: spec.minMonths, max: spec.maxMonths })}
                      </small>
                    </>
                  )}
                  {errorOf(c, errorId)}
                </td>
                <td>
                  {spec.triggers.length > 1 ? (
                    <select
                      name={`trigger-${c}`}
                      value={draft.triggers[c]}
                      aria-label={t('retention.policy.triggerLabel', { what })}
                      onChange={(e) =>
                        edit({
                          ...draft,
                          triggers: { ...draft.triggers, [c]: e.target.value as RetentionTrigger },
                        })
                      }
                    >
                      {spec.triggers.map((tr) => (
                        <option key={tr} value={tr}>
                          {t(`retention.triggers.${tr}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`retention.triggers.${draft.triggers[c]}`)
                  )}
                  {spec.onErasureRequest && (
                    <>
                      <br />
                      <small className="muted">{t('retention.erasureRequest')}</small>
                    </>
                  )}
                </td>
                <td className="source">{spec.source[lang]}</td>
              </tr>
            );
          })}
          <tr data-class="backups">
            <th scope="row">{t('retention.policy.backups')}</th>
            <td className="period">
              <input
                type="number"
                name="backupDays"
                min={BACKUP_DAYS.min}
                max={BACKUP_DAYS.max}
                value={draft.backupDays}
                aria-label={t('retention.policy.daysLabel')}
                aria-invalid={errors.backupDays ? true : undefined}
                aria-describedby={errors.backupDays ? 'retention-error-backups' : undefined}
                onChange={(e) => edit({ ...draft, backupDays: e.target.value })}
              />{' '}
              {t('retention.policy.days')}
              <br />
              <small className="muted">
                {t('retention.policy.daysBounds', { min: BACKUP_DAYS.min, max: BACKUP_DAYS.max })}
              </small>
              {errorOf('backupDays', 'retention-error-backups')}
            </td>
            <td>{t('retention.policy.afterBackup')}</td>
            <td className="source">{BACKUP_SOURCE[lang]}</td>
          </tr>
          <tr data-class="audit">
            <th scope="row">{t('retention.classes.audit')}</th>
            <td>{t('retention.policy.auditPeriod')}</td>
            <td>—</td>
            <td className="source">{AUDIT_SOURCE[lang]}</td>
          </tr>
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('retention.policy.save')}
        </button>
        {status === 'saved' && (
          <span className="ok" role="status">
            ✓ {t('retention.policy.saved')}
          </span>
        )}
        {status === 'invalid' && (
          <span className="error" role="status">
            {t('retention.errors.notSaved')}
          </span>
        )}
        {failure && (
          <span className="error" role="alert">
            {t(messageKey(failure))}
          </span>
        )}
      </div>
    </form>
  );
}
