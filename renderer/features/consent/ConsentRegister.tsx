import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { Client } from '../../../shared/domain/client';
import {
  hasLegalGroundForSpecialCategories,
  type ConsentContext,
  type Ground,
} from '../../../shared/domain/consent';
import { localIsoDate } from '../../../shared/domain/local-date';
import { GroundDialog } from './GroundDialog';
import { GroundList } from './GroundList';
import { LegalGroundBanner } from './LegalGroundBanner';
import { RepresentationPanel } from './RepresentationPanel';
import { useConsentRegister } from './useConsentRegister';
import { WithdrawDialog } from './WithdrawDialog';
import './consent.css';

/** The client's consent register: legal grounds, who gave them, and withdrawals. */
export function ConsentRegister({ client }: { client: Client }) {
  const { t } = useTranslation();
  const state = useConsentRegister(client.id);
  // Read per render: a dossier left open past midnight judges validity on the new day.
  const today = localIsoDate();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Ground | null>(null);

  if (state.status === 'loading') return <p className="muted">{t('consent.loading')}</p>;
  if (state.status === 'error')
    return <p className="notice error">{t(messageKey(state.message))}</p>;

  const { register } = state;
  const context: ConsentContext = {
    birthDate: client.geboortedatum,
    representation: register.representation,
  };
  const ok = hasLegalGroundForSpecialCategories(register, context, today);

  return (
    <div className="consent">
      <LegalGroundBanner ok={ok} />
      <RepresentationPanel client={client} register={register} today={today} />
      <GroundList
        grounds={register.grounds}
        context={context}
        today={today}
        onAdd={() => setAdding(true)}
        onWithdraw={setWithdrawing}
      />
      {adding && (
        <GroundDialog
          open
          client={client}
          register={register}
          today={today}
          onClose={() => setAdding(false)}
        />
      )}
      <WithdrawDialog
        ground={withdrawing}
        client={client}
        register={register}
        today={today}
        onClose={() => setWithdrawing(null)}
      />
    </div>
  );
}
