import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Client } from '../../../shared/domain/client';
import { localIsoDate } from '../../../shared/domain/local-date';
import type { OmittedItem } from '../../../shared/export/format';
import { RECORD_KINDS, type ExportSection } from '../../../shared/records/registry';
import { formatDay, formatSize } from '../../i18n/format';
import { platform } from '../../platform';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import type { ExportPlan, StoredRequest } from '../../state/types';
import { OpenCompartmentDialog } from '../compartment/OpenCompartmentDialog';
import { Modal } from '../ui/Modal';
import { blobSink } from './archive-sink';
import { OmitList, type OmitChoice } from './OmitList';

type Phase =
  | { step: 'setup' }
  | { step: 'writing'; percent: number }
  | { step: 'done'; files: number; size: number }
  | { step: 'cancelled' }
  | { step: 'failed'; reason: string };

const FIRM_KEY = 'koers.export.firm';
const COACH_KEY = 'koers.export.coach';

/** Per export section, how many records the export will hold (before any are left out). */
function sectionCounts(plan: ExportPlan): [ExportSection, number][] {
  const bySection = new Map<ExportSection, number>();
  for (const c of plan.counts) {
    const section = RECORD_KINDS[c.kind].export.section;
    bySection.set(section, (bySection.get(section) ?? 0) + c.count);
  }
  return [...bySection].filter(([, n]) => n > 0);
}

/**
 * The export wizard: what goes in (counts per section), opening the compartment with the
 * purpose "inzageverzoek" when there is sealed content, leaving out an item only with a
 * reason, then writing with progress and cancel. Only the file the coach saves is in clear.
 */
export function ExportDialog(props: { client: Client; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const clientId = props.client.id;
  const [plan, setPlan] = useState<ExportPlan | null>(null);
  const [sealedOpen, setSealedOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const [firm, setFirm] = useState(() => localStorage.getItem(FIRM_KEY) ?? '');
  const [coach, setCoach] = useState(() => localStorage.getItem(COACH_KEY) ?? '');
  const [omit, setOmit] = useState<OmitChoice[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: 'setup' });
  const [problem, setProblem] = useState('');
  const [requests, setRequests] = useState<StoredRequest[]>([]);
  // The oldest open access or portability request is the one an export usually answers.
  const [requestId, setRequestId] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    // Mounted only while open (ExportSection), so every opening starts from a clean state.
    if (!props.open) return;
    const s = services();
    const refresh = () => {
      setSealedOpen(s.compartment.isOpenFor(clientId));
      void s.exporter.plan(clientId).then(setPlan);
    };
    refresh();
    void s.requests.openExportRequests(clientId).then((list) => {
      setRequests(list);
      setRequestId((current) => current ?? list[0]?.id ?? null);
    });
    return s.compartment.subscribe(refresh);
  }, [props.open, clientId]);

  const needsSealed = (plan?.sealedRecords ?? 0) > 0 && !sealedOpen;
  // Restricted (AVG art. 18): the export to the client stays possible, to no one else.
  const restricted = services().restrictions.isRestricted(clientId);

  async function start() {
    if (omit.some((o) => !o.reason.trim())) {
      setProblem(t('export.reasonRequired'));
      return;
    }
    setProblem('');
    localStorage.setItem(FIRM_KEY, firm.trim());
    localStorage.setItem(COACH_KEY, coach.trim());
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ step: 'writing', percent: 0 });
    const sink = blobSink();
    try {
      const manifest = await services().exporter.write(clientId, sink, {
        firm: firm.trim(),
        coach: coach.trim(),
        requestId,
        omit: omit.map((o): OmittedItem => ({ kind: o.kind, id: o.id, reason: o.reason.trim() })),
        signal: controller.signal,
        // The letter in the UI's language; pdf-lib and the fonts load only now.
        letter: async (dossier) =>
          (await import('./letter-pdf')).renderAccessLetter(dossier, {
            language: i18n.language === 'en' ? 'en' : 'nl',
          }),
        onProgress: (done, total) =>
          setPhase({ step: 'writing', percent: Math.floor((done / total) * 100) }),
      });
      const name = t('export.fileName', {
        name: displayName(props.client),
        date: localIsoDate(new Date()),
      });
      const { saved } = await platform.saveFile(name, sink.blob(), 'application/zip');
      if (saved) {
        const on = localIsoDate(new Date());
        // The client received all of it: a row in the recipients register.
        await services().recipients.recordExport(clientId, { on, how: 'download', requestId });
        // And the request this export answers is delivered today, by file.
        if (requestId)
          await services().requests.markDelivered(clientId, requestId, {
            on,
            how: t('export.deliveredHow'),
          });
      }
      setPhase(
        saved
          ? { step: 'done', files: manifest.files.length + 1, size: sink.size }
          : { step: 'cancelled' },
      );
    } catch (e) {
      if (controller.signal.aborted) setPhase({ step: 'cancelled' });
      else setPhase({ step: 'failed', reason: t(errorKey(e)) });
    } finally {
      abort.current = null;
    }
  }

  const writing = phase.step === 'writing';
  // The compartment dialog is a sibling, not a child: React passes a nested <dialog>'s close
  // event up the component tree, which would close the wizard with it.
  return (
    <>
      <Modal
        open={props.open}
        onClose={() => {
          abort.current?.abort();
          props.onClose();
        }}
        title={t('export.title')}
        description={t('export.description')}
        wide
      >
        <div className="export-dialog">
          {restricted && <p className="notice">{t('restriction.exportOnlyClient')}</p>}
          <h3>{t('export.overview')}</h3>
          {plan && (
            <ul className="export-counts">
              {sectionCounts(plan).map(([section, n]) => (
                <li key={section}>
                  <span>{t(`export.sections.${section as Exclude<ExportSection, 'none'>}`)}</span>
                  <span className="export-count">
                    {t('export.count', { count: n })}
                    {section === 'documents' && plan.documentBytes
                      ? ` · ${formatSize(plan.documentBytes, i18n.language)}`
                      : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {plan && plan.sealedRecords > 0 && (
            <div className={sealedOpen ? 'export-sealed ok' : 'export-sealed'} role="status">
              {sealedOpen ? (
                <p>{t('export.sealedOpen')}</p>
              ) : (
                <>
                  <p>{t('export.sealedNote', { count: plan.sealedRecords })}</p>
                  <button type="button" className="ghost" onClick={() => setAsking(true)}>
                    {t('export.openSealed')}
                  </button>
                </>
              )}
            </div>
          )}
          <label className="export-request">
            <span>{t('export.request')}</span>
            <select
              value={requestId ?? ''}
              onChange={(e) => setRequestId(e.target.value || null)}
              disabled={writing}
            >
              <option value="">{t('export.noRequest')}</option>
              {requests.map((r) => (
                <option key={r.id} value={r.id}>
                  {t(`requests.types.${r.data.type}`)} ·{' '}
                  {t('export.receivedOn', { date: formatDay(r.data.receivedOn, i18n.language) })}
                </option>
              ))}
            </select>
          </label>
          <div className="export-fields">
            <label>
              <span>{t('export.firm')}</span>
              <input value={firm} onChange={(e) => setFirm(e.target.value)} maxLength={200} />
            </label>
            <label>
              <span>{t('export.coach')}</span>
              <input value={coach} onChange={(e) => setCoach(e.target.value)} maxLength={200} />
            </label>
          </div>
          {phase.step === 'setup' && !needsSealed && (
            <OmitList clientId={clientId} value={omit} onChange={setOmit} />
          )}
          {problem && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
          {writing && (
            <div className="export-progress">
              <progress
                max={100}
                value={phase.percent}
                aria-label={t('export.writing', { percent: phase.percent })}
              />
              <span role="status">{t('export.writing', { percent: phase.percent })}</span>
            </div>
          )}
          <p role="status" aria-live="polite" className="export-result">
            {phase.step === 'done' && (
              <span className="ok">
                ✓{' '}
                {t('export.done', {
                  files: phase.files,
                  size: formatSize(phase.size, i18n.language),
                })}{' '}
                {formatDay(localIsoDate(new Date()), i18n.language)}
              </span>
            )}
            {phase.step === 'cancelled' && <span>{t('export.cancelled')}</span>}
            {phase.step === 'failed' && (
              <span className="error">{t('export.failed', { reason: phase.reason })}</span>
            )}
          </p>
          <div className="dialog-actions">
            {writing ? (
              <button type="button" className="ghost" onClick={() => abort.current?.abort()}>
                {t('export.cancel')}
              </button>
            ) : (
              <button type="button" className="ghost" onClick={props.onClose}>
                {t('export.close')}
              </button>
            )}
            {phase.step !== 'done' && (
              <button
                type="button"
                className="primary"
                disabled={writing || !plan || needsSealed}
                onClick={() => void start()}
              >
                {t('export.start')}
              </button>
            )}
          </div>
        </div>
      </Modal>
      <OpenCompartmentDialog
        clientId={clientId}
        open={asking}
        onClose={() => setAsking(false)}
        initialPurpose="access-request"
      />
    </>
  );
}
