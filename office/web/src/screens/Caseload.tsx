import { useId, useState } from 'react';
import {
  CLIENT_STATUSES,
  type CaseloadClient,
  type Coach,
} from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ErrorBox, Loaded, Notice, useLoad } from '../common';
import { useI18n } from '../i18n';

/** The planner's view of every client, grouped by coach, with the two fields a planner sets. */
export function Caseload({ api }: { api: OfficeApi }) {
  const { t } = useI18n();
  const [load, reload, replace] = useLoad(() => api.caseload());
  const [notice, setNotice] = useState('');

  return (
    <>
      <p>{t('caseload.intro')}</p>
      {notice && <Notice text={notice} />}
      <Loaded load={load} reload={reload}>
        {(data) => {
          if (data.clients.length === 0) return <p>{t('caseload.empty')}</p>;
          const groups = [
            ...[...data.coaches]
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((c) => ({
                key: c.id,
                title: c.name,
                clients: data.clients.filter((x) => x.coachId === c.id),
              })),
            {
              key: '',
              title: t('caseload.unassigned'),
              clients: data.clients.filter(
                (x) => x.coachId === null || !data.coaches.some((c) => c.id === x.coachId),
              ),
            },
          ].filter((g) => g.clients.length > 0);
          return groups.map((g) => (
            <CoachGroup
              key={g.key}
              title={g.title}
              clients={g.clients}
              coaches={data.coaches}
              onSave={async (client, change) => {
                const { client: saved } = await api.changeClient(client.officeClientId, change);
                replace({
                  ...data,
                  clients: data.clients.map((c) =>
                    c.officeClientId === saved.officeClientId ? saved : c,
                  ),
                });
                setNotice(t('caseload.saved', { name: saved.displayName }));
              }}
            />
          ));
        }}
      </Loaded>
    </>
  );
}

type Save = (
  client: CaseloadClient,
  change: { status?: string; coachId?: string },
) => Promise<void>;

function CoachGroup({
  title,
  clients,
  coaches,
  onSave,
}: {
  title: string;
  clients: CaseloadClient[];
  coaches: Coach[];
  onSave: Save;
}) {
  const { t } = useI18n();
  const id = useId();
  const sorted = [...clients].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
  return (
    <section aria-labelledby={id} className="group">
      <h2 id={id}>
        {title}{' '}
        <span className="count">
          ·{' '}
          {clients.length === 1
            ? t('caseload.countOne')
            : t('caseload.count', { count: clients.length })}
        </span>
      </h2>
      <div className="table-wrap">
        <table className="caseload">
          <thead>
            <tr>
              <th scope="col">{t('caseload.clientNumber')}</th>
              <th scope="col">{t('caseload.name')}</th>
              <th scope="col">{t('caseload.trajectory')}</th>
              <th scope="col">{t('caseload.phase')}</th>
              <th scope="col">{t('caseload.period')}</th>
              <th scope="col">{t('caseload.lastContact')}</th>
              <th scope="col">{t('caseload.status')}</th>
              <th scope="col">{t('caseload.coach')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <ClientRow key={c.officeClientId} client={c} coaches={coaches} onSave={onSave} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ClientRow({
  client,
  coaches,
  onSave,
}: {
  client: CaseloadClient;
  coaches: Coach[];
  onSave: Save;
}) {
  const { t, shortDay, label } = useI18n();
  const id = useId();
  const [status, setStatus] = useState(client.status ?? '');
  const [coachId, setCoachId] = useState(client.coachId ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const changed = status !== (client.status ?? '') || coachId !== (client.coachId ?? '');
  const statusOptions = [...CLIENT_STATUSES] as string[];
  if (client.status && !statusOptions.includes(client.status)) statusOptions.push(client.status);

  async function save() {
    setError(null);
    setBusy(true);
    try {
      await onSave(client, {
        ...(status !== (client.status ?? '') ? { status } : {}),
        ...(coachId !== (client.coachId ?? '') ? { coachId } : {}),
      });
    } catch (err) {
      setError(err);
      // Nothing changed at the office: show what it holds again.
      setStatus(client.status ?? '');
      setCoachId(client.coachId ?? '');
    } finally {
      setBusy(false);
    }
  }

  const flags = [
    client.restricted ? t('caseload.restricted') : null,
    client.erasure === 'ordered' ? t('caseload.erasureOrdered') : null,
    client.erasure === 'done' ? t('caseload.erasureDone') : null,
  ].filter(Boolean);

  return (
    <tr data-client={client.clientNumber}>
      <td className="nowrap">{client.clientNumber}</td>
      <th scope="row" className="nowrap">
        {client.displayName}
        {flags.length > 0 && <span className="flag"> {flags.join(', ')}</span>}
      </th>
      <td className="nowrap">
        {client.trajectoryType
          ? label(`trajectory.${client.trajectoryType}`, client.trajectoryType)
          : t('none')}
      </td>
      <td>{client.phase ?? t('none')}</td>
      <td className="nowrap">
        {client.startDate ? shortDay(client.startDate) : t('none')}
        {client.endDate ? ` – ${shortDay(client.endDate)}` : ''}
      </td>
      <td className="nowrap">{client.lastContact ? shortDay(client.lastContact) : t('none')}</td>
      <td>
        <label htmlFor={`${id}-status`} className="visually-hidden">
          {t('caseload.statusFor', { name: client.displayName })}
        </label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)}>
          {status === '' && <option value="">{t('none')}</option>}
          {statusOptions.map((s) => (
            <option key={s} value={s}>
              {label(`status.${s}`, s)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label htmlFor={`${id}-coach`} className="visually-hidden">
          {t('caseload.coachFor', { name: client.displayName })}
        </label>
        <select id={`${id}-coach`} value={coachId} onChange={(e) => setCoachId(e.target.value)}>
          {coachId === '' && <option value="">{t('caseload.unassigned')}</option>}
          {coaches.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" disabled={!changed || busy} onClick={() => void save()}>
          {t('save')}
        </button>
        {error !== null && <ErrorBox error={error} />}
      </td>
    </tr>
  );
}
