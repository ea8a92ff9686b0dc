import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './privacy.css';

/**
 * What the privacy officer asks about one client: its legal grounds and who did what. The
 * consent register and the audit viewer are features of their own, put in by the dossier.
 */
export function PrivacyTab(props: {
  consent: ReactNode;
  audit: ReactNode;
  exportAction?: ReactNode;
  /** The recipients register (who received what) and each record's origin. */
  recipients?: ReactNode;
  origins?: ReactNode;
  /** Erasure of the client (features/erasure), put in by the dossier. */
  erasure?: ReactNode;
  /** Restriction (AVG art. 18) and objections (art. 21). */
  restriction?: ReactNode;
  objections?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="privacy-tab">
      <section aria-labelledby="privacy-consent">
        <h2 id="privacy-consent">{t('privacy.consent')}</h2>
        {props.consent}
      </section>
      {props.recipients && (
        <section aria-labelledby="privacy-recipients">
          <h2 id="privacy-recipients">{t('recipients.title')}</h2>
          {props.recipients}
        </section>
      )}
      {props.origins && (
        <section aria-labelledby="privacy-origins">
          <h2 id="privacy-origins">{t('recipients.origin.title')}</h2>
          {props.origins}
        </section>
      )}
      {props.restriction && (
        <section aria-labelledby="privacy-restriction">
          <h2 id="privacy-restriction">{t('restriction.title')}</h2>
          {props.restriction}
        </section>
      )}
      {props.objections && (
        <section aria-labelledby="privacy-objections">
          <h2 id="privacy-objections">{t('objection.title')}</h2>
          {props.objections}
        </section>
      )}
      {props.exportAction && (
        <section aria-labelledby="privacy-export">
          <h2 id="privacy-export">{t('export.section')}</h2>
          {props.exportAction}
        </section>
      )}
      {props.erasure && (
        <section aria-labelledby="privacy-erasure">
          <h2 id="privacy-erasure">{t('erasure.section')}</h2>
          {props.erasure}
        </section>
      )}
      <section aria-labelledby="privacy-audit">
        <h2 id="privacy-audit">{t('privacy.audit')}</h2>
        {props.audit}
      </section>
    </div>
  );
}
