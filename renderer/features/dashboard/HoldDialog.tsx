import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../shared/domain/retention';
import type { HoldErrors, HoldInput } from '../../../shared/domain/retention-hold';
import { REASON_MAX } from '../../../shared/domain/retention-hold';
import { messageKey } from '../../i18n/keys';
import { errorKey } from '../../state/session';
import { services } from '../../state/services';
import { Modal } from '../ui/Modal';

const EMPTY: HoldInput = { reason: '', reviewOn: '' };

/**
 * A legal hold on one due item: a reason and a review date. Bad input is named in the
 * field and changes nothing; a recorded hold is audited (class and date, not the reason).
 */
export function HoldDialog(props: {
  item: DueItem | null;
  name: string;
  onClose: () => void;
  onHeld: () => void;
}) {
  const { t } = useTranslation();
  const item = props.item;
  const what = item ? t(`retention.classes.${item.retention}`) : '';
  return (
    <Modal
      open={item !== null}
      onClose={props.onClose}
      title={t('retention.hold.title', { what, name: props.name })}
      description={t('retention.hold.intro')}
    >
      {/* Keyed by the item: each hold starts from an empty form. */}
      {item && (
        <HoldForm
          key={`${item.clientId}:${item.retention}`}
          item={item}
          onClose={props.onClose}
          onHeld={props.onHeld}
        />
      )}
    </Modal>
  );
}

function HoldForm(props: { item: DueItem; onClose: () => void; onHeld: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<HoldInput>(EMPTY);
  const [errors, setErrors] = useState<HoldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const result = await services().retention.hold(props.item, values);
      if (!result.ok) setErrors(result.errors);
      else props.onHeld();
    } catch (err) {
      setFailure(errorKey(err));
    } finally {
      setSaving(false);
    }
  }

  // A field's message goes once the coach changes it; the others stay until the next try.
  const set = (key: keyof HoldInput, value: string) => {
    setValues({ ...values, [key]: value });
    setErrors({ ...errors, [key]: undefined });
  };
  const field = (key: keyof HoldInput, label: string, control: ReactNode, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      {control}
      {errors[key] ? (
        <small className="error" role="alert">
          {t(messageKey(errors[key]))}
        </small>
      ) : (
        hint && <small className="muted">{hint}</small>
      )}
    </label>
  );
  return (
    <form className="hold-form" onSubmit={submit} noValidate>
      {field(
        'reason',
        t('retention.hold.reason'),
        <textarea
          name="reason"
          rows={3}
          maxLength={REASON_MAX}
          value={values.reason}
          aria-invalid={errors.reason ? true : undefined}
          onChange={(e) => set('reason', e.target.value)}
        />,
      )}
      {field(
        'reviewOn',
        t('retention.hold.reviewOn'),
        <input
          name="reviewOn"
          autoComplete="off"
          value={values.reviewOn}
          aria-invalid={errors.reviewOn ? true : undefined}
          onChange={(e) => set('reviewOn', e.target.value)}
        />,
        t('retention.hold.reviewHint'),
      )}
      {failure && (
        <p className="error" role="alert">
          {t(messageKey(failure))}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onClose}>
          {t('retention.hold.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('retention.hold.save')}
        </button>
      </div>
    </form>
  );
}
