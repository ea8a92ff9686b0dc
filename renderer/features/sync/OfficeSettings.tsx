import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { services } from '../../state/services';
import { useSession } from '../../state/session';
import { enrolOffice, leaveOffice, syncNow, useSync } from '../../state/sync';
import { formatDayTime } from '../../i18n/format';
import { syncLine } from './SyncStatus';
import './sync.css';

interface ConflictRow {
  clientId: string;
  client: string;
  field: string;
  lost: string;
  kept: string;
  at: string;
}

/** Instellingen → Kantoor: enrol this device, compare the check words, see conflicts. */
export function OfficeSettings() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  return (
    <section aria-labelledby="office-settings-title">
      <h3 id="office-settings-title">{t('sync.title')}</h3>
      <p className="muted">{t('sync.intro')}</p>
      {status?.enrolled ? <Enrolled /> : <EnrolForm />}
    </section>
  );
}

function EnrolForm() {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await enrolOffice(url, code);
    setBusy(false);
    if (!r.ok) setError(r.error);
    else setCode('');
  }

  return (
    <form onSubmit={submit} autoComplete="off" noValidate>
      <div className="row">
        <label className="field w-m">
          <span>{t('sync.url')}</span>
          <input
            name="officeUrl"
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={error?.startsWith('sync.errors.url') ? true : undefined}
            aria-describedby="office-url-hint"
          />
          <small id="office-url-hint" className="muted">
            {t('sync.urlHint')}
          </small>
        </label>
        <label className="field w-s">
          <span>{t('sync.code')}</span>
          <input
            name="enrolCode"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="office-code-hint"
          />
          <small id="office-code-hint" className="muted">
            {t('sync.codeHint')}
          </small>
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !url || !code}>
          {busy ? t('sync.enrolling') : t('sync.enrol')}
        </button>
        {error && (
          // Resources are typed: the keys come from state/sync.ts's fixed set.
          <span className="error" role="alert">
            {t(error as 'sync.errors.urlInvalid')}
          </span>
        )}
      </div>
    </form>
  );
}

function Enrolled() {
  const { t, i18n } = useTranslation();
  const view = useSync();
  const status = view.status;
  const line = syncLine(view, t, i18n.language);
  if (!status) return null;
  return (
    <div>
      <p className="ok">
        {t('sync.enrolled', { office: status.officeName, coach: status.coachName })}
      </p>
      <dl className="office-facts">
        <dt>{t('sync.address')}</dt>
        <dd>{status.officeUrl}</dd>
        <dt>{t('sync.fingerprint')}</dt>
        <dd>
          <span className="office-fingerprint" data-testid="office-fingerprint">
            {status.fingerprint}
          </span>
          <br />
          <small className="muted">{t('sync.fingerprintHint')}</small>
        </dd>
        <dt>{t('sync.header.label')}</dt>
        <dd>{line?.text}</dd>
      </dl>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void syncNow()}
          disabled={view.running}
        >
          {t('sync.now')}
        </button>
        <button
          type="button"
          className="ghost"
          onClick={() => {
            if (window.confirm(t('sync.leaveConfirm'))) void leaveOffice();
          }}
        >
          {t('sync.leave')}
        </button>
      </div>
      <Conflicts refresh={status.lastSyncAt} />
    </div>
  );
}

function Conflicts(props: { refresh: number | null }) {
  const { t, i18n } = useTranslation();
  const clientsById = useSession((s) => s.clientsById);
  const [rows, setRows] = useState<ConflictRow[] | null>(null);

  const load = useCallback(async (): Promise<ConflictRow[]> => {
    const links = await services().officeLinks.all();
    const out: ConflictRow[] = [];
    const show = (field: string, v: unknown) =>
      field === 'status' && typeof v === 'string'
        ? t(`sync.statuses.${v as 'active'}`)
        : String(v ?? '—');
    for (const [clientId, link] of links) {
      const c = clientsById[clientId];
      const client = c
        ? [c.voornaam, c.tussenvoegsel, c.achternaam].filter(Boolean).join(' ')
        : '—';
      for (const x of link.data.conflicts)
        out.push({
          clientId,
          client,
          field: t(`sync.fields.${x.field === 'status' ? 'status' : 'coach'}`),
          lost: show(x.field, x.lost.value),
          kept: show(x.field, x.kept.value),
          at: x.at,
        });
    }
    return out.sort((a, b) => (a.at < b.at ? 1 : -1));
  }, [clientsById, t]);

  useEffect(() => {
    let live = true;
    void load().then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [load, props.refresh]);

  if (!rows) return null;
  return (
    <div>
      <h4>{t('sync.conflicts')}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('sync.conflictsEmpty')}</p>
      ) : (
        <>
          <ul className="office-conflicts">
            {rows.map((r) => (
              <li key={`${r.clientId}-${r.at}-${r.field}`}>
                {t('sync.conflictLine', {
                  client: r.client,
                  field: r.field,
                  lost: r.lost,
                  kept: r.kept,
                  when: formatDayTime(r.at, i18n.language),
                })}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="ghost"
            onClick={() =>
              void Promise.all(
                [...new Set(rows.map((r) => r.clientId))].map((id) =>
                  services().officeLinks.clearConflicts(id),
                ),
              )
                .then(load)
                .then(setRows)
            }
          >
            {t('sync.conflictsClear')}
          </button>
        </>
      )}
    </div>
  );
}
