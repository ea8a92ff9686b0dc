import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cv } from '../../../shared/domain/cv';
import { platform } from '../../platform';
import { cvFileName, type CvLanguage, type CvPerson } from './cv-format';

/**
 * "CV als PDF downloaden": builds the PDF only on this click (pdf-lib is loaded then, not
 * with the app) and hands it to the platform: the native save dialog in the desktop app,
 * a download in a browser.
 */
export function PdfDownload(props: {
  person: CvPerson;
  /** The CV to print, or null when the form has errors (they are shown then). */
  validCv: () => Cv | null;
}) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<CvLanguage>(i18n.language === 'en' ? 'en' : 'nl');
  const [status, setStatus] = useState<'idle' | 'building' | 'done' | 'failed'>('idle');

  async function download() {
    const cv = props.validCv();
    if (!cv) return;
    setStatus('building');
    try {
      const { buildCvPdf } = await import('./cv-pdf');
      const bytes = await buildCvPdf(cv, props.person, { language });
      const { saved } = await platform.saveFile(cvFileName(props.person), bytes, 'application/pdf');
      if (!saved) {
        setStatus('idle');
        return;
      }
      setStatus('done');
      // The browser shows the download itself; the note only confirms the click, briefly.
      setTimeout(() => setStatus((s) => (s === 'done' ? 'idle' : s)), 6000);
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="cv-pdf">
      <label className="cv-pdf-language">
        <span>{t('cv.pdf.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as CvLanguage)}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
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
        {status === 'done' && <span className="ok">✓ {t('cv.pdf.done')}</span>}
        {status === 'failed' && <span className="error">{t('cv.pdf.failed')}</span>}
      </span>
    </div>
  );
}
