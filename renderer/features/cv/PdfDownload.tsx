import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cv } from '../../../shared/domain/cv';
import { platform } from '../../platform';
import { services } from '../../state/services';
import { errorKey, useSession } from '../../state/session';
import { cvFileName, type CvLanguage, type CvPerson } from './cv-format';

type Status = 'idle' | 'building' | 'done' | 'failed' | 'no-consent';

/**
 * "CV als PDF downloaden": builds the PDF only on this click (pdf-lib is loaded then, not
 * with the app) and hands it to the platform: the native save dialog in the desktop app,
 * a download in a browser.
 *
 * For an employer, the consent register is asked first: without a standing consent naming
 * that employer, the coach goes to the register or records here on which ground the CV goes
 * out. Either way a saved PDF adds a row to the recipients register.
 */
export function PdfDownload(props: {
  clientId: string;
  person: CvPerson;
  /** The CV to print, or null when the form has errors (they are shown then). */
  validCv: () => Cv | null;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const setTab = useSession((s) => s.setTab);
  const [language, setLanguage] = useState<CvLanguage>(i18n.language === 'en' ? 'en' : 'nl');
  const [employer, setEmployer] = useState('');
  const [ground, setGround] = useState('');
  const [groundMissing, setGroundMissing] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const [recorded, setRecorded] = useState(false);
  // Restriction (AVG art. 18) or an objection to sharing with employers (art. 21).
  const [refusal, setRefusal] = useState('');

  async function download(groundText?: string) {
    const cv = props.validCv();
    if (!cv) return;
    const forEmployer = employer.trim();
    setRecorded(false);
    setRefusal('');
    try {
      if (forEmployer) {
        try {
          await services().restrictions.assertMayProcess(props.clientId, 'employer-sharing');
        } catch (e) {
          setStatus('idle');
          setRefusal(t(errorKey(e)));
          return;
        }
      }
      if (forEmployer && groundText === undefined) {
        const check = await services().recipients.checkCvShare(props.clientId, forEmployer);
        if (!check.allowed) {
          setStatus('no-consent');
          return;
        }
      }
      setStatus('building');
      const { buildCvPdf } = await import('./cv-pdf');
      const bytes = await buildCvPdf(cv, props.person, { language });
      const { saved } = await platform.saveFile(cvFileName(props.person), bytes, 'application/pdf');
      if (!saved) {
        setStatus(groundText === undefined ? 'idle' : 'no-consent');
        return;
      }
      if (forEmployer) {
        await services().recipients.recordCv(props.clientId, {
          employer: forEmployer,
          ...(groundText === undefined ? {} : { groundText }),
        });
        setRecorded(true);
        setGround('');
      }
      setStatus('done');
      // The browser shows the download itself; the note only confirms the click, briefly.
      setTimeout(() => setStatus((s) => (s === 'done' ? 'idle' : s)), 6000);
    } catch {
      setStatus('failed');
    }
  }

  function withGround() {
    if (!ground.trim()) {
      setGroundMissing(true);
      return;
    }
    setGroundMissing(false);
    void download(ground.trim());
  }

  return (
    <div className="cv-pdf-block">
      <div className="cv-pdf">
        <label className="cv-pdf-language">
          <span>{t('cv.pdf.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as CvLanguage)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="cv-pdf-language">
          <span>{t('cv.pdf.employer')}</span>
          <input
            className="cv-pdf-employer"
            value={employer}
            maxLength={200}
            aria-describedby={`${ids}-employer-hint`}
            onChange={(e) => {
              setEmployer(e.target.value);
              if (status === 'no-consent') setStatus('idle');
            }}
          />
        </label>
        <button
          type="button"
          className="ghost"
          onClick={() => void download()}
          disabled={status === 'building'}
        >
          {status === 'building' ? t('cv.pdf.building') : t('cv.pdf.download')}
        </button>
        <span role="status" aria-live="polite" className="cv-pdf-status">
          {status === 'done' && (
            <span className="ok">
              ✓ {t('cv.pdf.done')} {recorded && t('cv.pdf.recorded')}
            </span>
          )}
          {status === 'failed' && <span className="error">{t('cv.pdf.failed')}</span>}
          {refusal && <span className="error">{refusal}</span>}
        </span>
      </div>
      <small className="muted" id={`${ids}-employer-hint`}>
        {t('cv.pdf.employerHint')}
      </small>
      {status === 'no-consent' && (
        <div className="notice cv-pdf-consent">
          <p role="alert">{t('cv.pdf.noConsent', { employer: employer.trim() })}</p>
          <button type="button" className="ghost" onClick={() => setTab('privacy')}>
            {t('cv.pdf.toConsent')}
          </button>
          <label className="field">
            <span>{t('cv.pdf.ground', { employer: employer.trim() })}</span>
            <input
              value={ground}
              maxLength={500}
              placeholder={t('cv.pdf.groundPlaceholder')}
              aria-invalid={groundMissing ? true : undefined}
              aria-describedby={groundMissing ? `${ids}-ground-error` : undefined}
              onChange={(e) => setGround(e.target.value)}
            />
            {groundMissing && (
              <small className="error" id={`${ids}-ground-error`}>
                {t('cv.pdf.groundRequired')}
              </small>
            )}
          </label>
          <button type="button" className="primary" onClick={withGround}>
            {t('cv.pdf.recordGround')}
          </button>
        </div>
      )}
    </div>
  );
}
