import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { Client } from '../../../shared/domain/client';
import {
  hasLegalGroundForSpecialCategories,
  representationReasons,
  REPRESENTATIONS,
  type ConsentRegister,
  type Representation,
} from '../../../shared/domain/consent';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import { errorKey } from '../../state/session';
import { Modal } from '../ui/Modal';
import { services } from '../../state/services';

/** The curatele/mentorschap flag, and whether a representative must consent today and why. */
export function RepresentationPanel(props: {
  client: Client;
  register: ConsentRegister;
  today: string;
}) {
  const { t } = useTranslation();
  const { client, register, today } = props;
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const [pending, setPending] = useState<Representation | null>(null);
  const reasons = representationReasons(client.geboortedatum, register.representation, today);

  async function save(value: Representation) {
    setPending(null);
    setStatus('saving');
    try {
      await services().consents.setRepresentation(client, value);
      setStatus('saved');
    } catch (e) {
      setStatus({ error: errorKey(e) });
    }
  }

  function choose(value: Representation) {
    const context = { birthDate: client.geboortedatum };
    const loses =
      hasLegalGroundForSpecialCategories(register, context, today) &&
      !hasLegalGroundForSpecialCategories({ ...register, representation: value }, context, today);
    if (loses) setPending(value);
    else void save(value);
  }

  const reasonText = reasons
    .map((r) =>
      t(`consent.representation.reasons.${r}`, { date: formatDutchDate(client.geboortedatum) }),
    )
    .join(', ');

  return (
    <div className="consent-representation">
      <label className="field">
        <span>{t('consent.representation.label')}</span>
        <select
          name="representation"
          value={register.representation}
          disabled={status === 'saving'}
          onChange={(e) => choose(e.target.value as Representation)}
        >
          {REPRESENTATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`consent.representation.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="consent-requirement" data-testid="representative-requirement">
        {reasons.length > 0 ? (
          <p>
            <strong>{t('consent.representation.required')}</strong>: {reasonText}
          </p>
        ) : (
          <p>{t('consent.representation.notRequired')}</p>
        )}
        {!client.geboortedatum && (
          <p className="muted small">{t('consent.representation.unknownBirthDate')}</p>
        )}
      </div>
      <span className="status" role="status" aria-live="polite">
        {status === 'saving' && <span className="muted">{t('consent.representation.saving')}</span>}
        {status === 'saved' && <span className="ok">✓ {t('consent.representation.saved')}</span>}
        {typeof status === 'object' && <span className="error">{t(messageKey(status.error))}</span>}
      </span>
      <Modal
        open={pending !== null}
        onClose={() => setPending(null)}
        title={t('consent.representation.confirmTitle')}
      >
        <p>{t('consent.representation.confirmLoses')}</p>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={() => setPending(null)}>
            {t('consent.withdraw.cancel')}
          </button>
          <button
            type="button"
            className="primary danger"
            onClick={() => pending && void save(pending)}
          >
            {t('consent.representation.confirm')}
          </button>
        </div>
      </Modal>
    </div>
  );
}
