import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { AuditViewer } from '../audit/AuditViewer';
import { ConsentRegister } from '../consent/ConsentRegister';
import './privacy.css';

/** What the privacy officer asks about one client: its legal grounds and who did what. */
export function PrivacyTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <div className="privacy-tab">
      <section aria-labelledby="privacy-consent">
        <h2 id="privacy-consent">{t('privacy.consent')}</h2>
        <ConsentRegister client={client} />
      </section>
      <section aria-labelledby="privacy-audit">
        <h2 id="privacy-audit">{t('privacy.audit')}</h2>
        <AuditViewer clientId={client.id} />
      </section>
    </div>
  );
}
