import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { Client } from '../../../shared/domain/client';
import {
  hasLegalGroundForSpecialCategories,
  type ConsentRegister,
  type Ground,
} from '../../../shared/domain/consent';
import { formatDutchDate, parseDutchDate } from '../../../shared/domain/dutch-date';
import { errorKey } from '../../state/session';
import { DraftNotice } from '../ui/DraftNotice';
import { Modal } from '../ui/Modal';
import { services } from '../../state/services';
import { useFormDraft } from '../../state/useFormDraft';

/** Confirms a withdrawal and says what it does before it does it. */
export function WithdrawDialog(props: {
  ground: Ground | null;
  client: Client;
  register: ConsentRegister;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const consent = props.ground?.basis === 'consent';
  return (
    <Modal
      open={props.ground !== null}
      onClose={props.onClose}
      title={consent ? t('consent.withdraw.title') : t('consent.withdraw.titleEnd')}
    >
      {props.ground && <WithdrawForm {...props} ground={props.ground} />}
    </Modal>
  );
}

function WithdrawForm(props: {
  ground: Ground;
  client: Client;
  register: ConsentRegister;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { ground, register, today } = props;
  const consent = ground.basis === 'consent';
  const [initial] = useState(() => formatDutchDate(today));
  const [date, setDate] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A changed date survives the idle lock: the dialog for this ground opens with it again.
  const draft = useFormDraft<string>({
    clientId: props.client.id,
    editor: 'consent-withdrawal',
    part: ground.id,
    values: date,
    dirty: date !== initial,
    restore: (kept) => setDate(typeof kept === 'string' ? kept : initial),
  });
  const cancel = () => {
    // Back to the initial date first, so closing does not seal the input again.
    setDate(initial);
    void draft.discard().finally(props.onClose);
  };

  const context = { birthDate: props.client.geboortedatum };
  const after: ConsentRegister = {
    ...register,
    grounds: register.grounds.map((g) => (g.id === ground.id ? { ...g, withdrawnOn: today } : g)),
  };
  const special = ground.scope === 'special-categories';
  // Also when there was no valid ground before: the data stays sealed either way.
  const seals = special && !hasLegalGroundForSpecialCategories(after, context, today);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const iso = parseDutchDate(date);
    if (!iso) {
      setProblem('validation.date');
      return;
    }
    setBusy(true);
    try {
      const refused: { error?: string } = {};
      const done = await draft.saving(async () => {
        const r = await services().consents.withdraw(props.client, ground.id, iso);
        if (!r.ok) refused.error = r.errors.withdrawnOn ?? 'errors.unknown';
        return r.ok;
      });
      if (done) props.onClose();
      else setProblem(refused.error ?? 'errors.unknown');
    } catch (err) {
      setProblem(errorKey(err));
    } finally {
      setBusy(false);
    }
  }

  const scope = t(`consent.scopes.${ground.scope}`);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DraftNotice draft={draft} onDiscarded={() => setDate(initial)} />
      <p>
        <strong>
          {t('consent.withdraw.what', { scope, basis: t(`consent.bases.${ground.basis}`) })}
        </strong>
      </p>
      {special ? (
        <p className={seals ? 'notice consent-seals' : 'muted'}>
          {seals ? t('consent.withdraw.sealsNow') : t('consent.withdraw.otherRemains')}
        </p>
      ) : (
        <p>{t('consent.withdraw.stops', { scope: scope.toLocaleLowerCase('nl') })}</p>
      )}
      {consent && <p className="muted small">{t('consent.withdraw.past')}</p>}
      <label className="field w-s">
        <span>{consent ? t('consent.withdraw.date') : t('consent.withdraw.dateEnd')}</span>
        <input
          name="withdrawnOn"
          value={date}
          autoComplete="off"
          placeholder={t('client.datePlaceholder')}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setDate(e.target.value)}
        />
        {problem && (
          <small className="error" role="alert">
            {t(messageKey(problem))}
          </small>
        )}
      </label>
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={cancel}>
          {t('consent.withdraw.cancel')}
        </button>
        <button type="submit" className="primary danger" disabled={busy}>
          {consent ? t('consent.withdraw.confirm') : t('consent.withdraw.confirmEnd')}
        </button>
      </div>
    </form>
  );
}
