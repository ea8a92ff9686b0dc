import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookEntry } from '../../../shared/domain/logbook';
import { errorKey } from '../../state/session';
import { Modal } from '../ui/Modal';
import { PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';
import { eraseLogbookEntry } from '../../state/erasure-actions';
import type { LogbookItem } from './useLogbook';
import { services } from '../../state/services';
import { formatDayTime } from '../../i18n/format';

export function LogbookEntryDialog(props: {
  clientId: string;
  item: LogbookItem | null;
  onClose: () => void;
  onEdit: (item: LogbookItem) => void;
  onErased: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [history, setHistory] = useState<LogbookEntry[] | null>(null);
  const [error, setError] = useState('');
  const [erasing, setErasing] = useState(false);
  const item = props.item;

  const close = () => {
    setHistory(null);
    setErasing(false);
    setError('');
    props.onClose();
  };

  async function showHistory() {
    if (!item) return;
    try {
      setHistory(await services().logbook.history(props.clientId, item.id));
    } catch (e) {
      setError(t(errorKey(e)));
    }
  }

  const when = (e: LogbookEntry) => formatDayTime(e.at, i18n.language);

  return (
    <Modal open={item !== null} onClose={close} title={item ? when(item.data) : ''} wide>
      {item && !history && <EntryBody entry={item.data} />}
      {history && (
        <section aria-label={t('logbook.historyTitle')} className="history">
          <h3>{t('logbook.historyTitle')}</h3>
          <ol>
            {[...history].reverse().map((v) => (
              <li key={v.version}>
                <p className="history-head">
                  <strong>{t('logbook.version', { version: v.version })}</strong>{' '}
                  <span className="muted">
                    {t('logbook.versionSaved', {
                      date: formatDayTime(v.updatedAt, i18n.language),
                    })}
                    {v.version === item?.data.version && ` · ${t('logbook.current')}`}
                  </span>
                </p>
                <EntryBody entry={v} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {error && <p className="error">{error}</p>}
      {item && erasing && (
        <EraseEntryForm
          clientId={props.clientId}
          entryId={item.id}
          onCancel={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            props.onErased(item.id);
          }}
        />
      )}
      {!erasing && (
        <div className="dialog-actions">
          {item && !history && item.data.version > 1 && (
            <button type="button" className="ghost" onClick={() => void showHistory()}>
              {t('logbook.history')} ({t('logbook.versions', { count: item.data.version })})
            </button>
          )}
          {item && (
            <button
              type="button"
              className="ghost"
              onClick={() => {
                close();
                props.onEdit(item);
              }}
            >
              {t('logbook.edit')}
            </button>
          )}
          {item && (
            <button type="button" className="ghost danger" onClick={() => setErasing(true)}>
              {t('logbook.erase')}
            </button>
          )}
          <button type="button" className="primary" onClick={close}>
            {t('logbook.close')}
          </button>
        </div>
      )}
    </Modal>
  );
}

function EntryBody({ entry }: { entry: LogbookEntry }) {
  const { t } = useTranslation();
  return (
    <dl className="entry-body">
      <dt>{t('logbook.fields.contactType')}</dt>
      <dd>
        {t(`logbook.types.${entry.contactType}`)} ·{' '}
        {t('logbook.minutes', { count: entry.durationMinutes })}
      </dd>
      {entry.participants && (
        <>
          <dt>{t('logbook.fields.participants')}</dt>
          <dd>{entry.participants}</dd>
        </>
      )}
      <dt>{t('logbook.fields.summary')}</dt>
      <dd className="prose">{entry.summary}</dd>
      {entry.agreements && (
        <>
          <dt>{t('logbook.fields.agreements')}</dt>
          <dd className="prose">{entry.agreements}</dd>
        </>
      )}
      {entry.followUpDate && (
        <>
          <dt>{t('logbook.fields.followUpDate')}</dt>
          <dd>{entry.followUpDate.split('-').reverse().join('-')}</dd>
        </>
      )}
    </dl>
  );
}

/** The erasure of one entry: what goes, that it cannot be undone, then the passphrase. */
function EraseEntryForm(props: {
  clientId: string;
  entryId: string;
  onCancel: () => void;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const backoff = useBackoff(true);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || backoff.throttled || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      await eraseLogbookEntry(props.clientId, props.entryId, { passphrase });
      setPassphrase('');
      props.onErased();
    } catch (err) {
      setPassphrase('');
      setError(t(errorKey(err)));
      await backoff.failed(err);
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      autoComplete="off"
      aria-label={t('logbook.eraseTitle')}
      className="erase-entry"
    >
      <h3>{t('logbook.eraseTitle')}</h3>
      <p>{t('logbook.eraseBody')}</p>
      <PassphraseField
        label={t('logbook.erasePassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        backoff={backoff}
        disabled={busy}
        autoFocus
        error={error}
      />
      {busy && <p role="status">{t('logbook.erasing')}</p>}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onCancel} disabled={busy}>
          {t('logbook.cancel')}
        </button>
        <button
          type="submit"
          className="primary danger"
          disabled={busy || backoff.throttled || !passphrase}
        >
          {t('logbook.eraseConfirm')}
        </button>
      </div>
    </form>
  );
}
