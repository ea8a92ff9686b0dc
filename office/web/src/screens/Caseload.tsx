import { useId, useState } from 'react';
import {
  CLIENT_STATUSES,
  type CaseloadClient,
  type CaseloadGroup,
} from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ErrorBox, Loaded, Notice, useLoad } from '../common';
import { useI18n } from '../i18n';

type Coach = { id: string; name: string };
type Save = (
  client: CaseloadClient,
  change: { status?: string; coachId?: string },
) => Promise<void>;

/** The planner's view of every client, grouped by coach, with the two fields a planner sets. */
export function Caseload({ api }: { api: OfficeApi }) {
  const { t } = useI18n();
  const [load, reload] = useLoad(() => api.caseload());
  const [notice, setNotice] = useState('');

  const save: Save = async (client, change) => {
    // Two routes, one field each; the status goes first so a refused coach leaves a saved
    // status behind, which the reload then shows as it is at the office.
    try {
      if (change.status !== undefined) await api.setStatus(client.officeClientId, change.status);
      if (change.coachId !== undefined) await api.setCoach(client.officeClientId, change.coachId);
    } finally {
      reload();
    }
    setNotice(t('caseload.saved', { name: client.displayName ?? client.officeClientId }));
  };

  return (
    <>
      <p>{t('caseload.intro')}</p>
      {notice && <Notice text={notice} />}
      <Loaded load={load} reload={reload}>
        {(groups) => {
          if (groups.every((g) => g.clients.length === 0)) return <p>{t('caseload.empty')}</p>;
          const coaches = groups
            .map((g) => ({ id: g.coachId, name: g.coachName }))
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
          return [...groups]
            .filter((g) => g.clients.length > 0)
            .sort((a, b) => a.coachName.localeCompare(b.coachName, 'nl'))
            .map((g) => <CoachGroup key={g.coachId} group={g} coaches={coaches} onSave={save} />);
        }}
      </Loaded>
    </>
  );
}

function CoachGroup({
  group,
  coaches,
  onSave,
}: {
  group: CaseloadGroup;
  coaches: Coach[];
  onSave: Save;
}) {
  const { t } = useI18n();
  const id = useId();
  const n = group.clients.length;
  const sorted = [...group.clients].sort((a, b) =>
    (a.displayName ?? '').localeCompare(b.displayName ?? '', 'nl'),
  );
  return (
    <section aria-labelledby={id} className="group">
      <h2 id={id}>
        {group.coachName}{' '}
        <span className="count">
          · {n === 1 ? t('caseload.countOne') : t('caseload.count', { count: n })}
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
              <ClientRow
                key={c.officeClientId}
                client={c}
                coachId={group.coachId}
                coaches={coaches}
                onSave={onSave}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ClientRow({
  client,
  coachId: currentCoach,
  coaches,
  onSave,
}: {
  client: CaseloadClient;
  coachId: string;
  coaches: Coach[];
  onSave: Save;
}) {
  const { t, shortDay, label } = useI18n();
  const id = useId();
  const [status, setStatus] = useState(client.status ?? '');
  const [coachId, setCoachId] = useState(currentCoach);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const name = client.displayName ?? t('caseload.noName');
  const changed = status !== (client.status ?? '') || coachId !== currentCoach;
  // A status the device sent that the planner's list lacks is shown, not silently replaced.
  const statusOptions: string[] = [...CLIENT_STATUSES];
  if (client.status && !statusOptions.includes(client.status)) statusOptions.unshift(client.status);

  async function save() {
    setError(null);
    setBusy(true);
    try {
      await onSave(client, {
        ...(status !== (client.status ?? '') ? { status } : {}),
        ...(coachId !== currentCoach ? { coachId } : {}),
      });
    } catch (err) {
      setError(err);
      setStatus(client.status ?? '');
      setCoachId(currentCoach);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <td className="nowrap">{client.clientNumber ?? t('none')}</td>
      <th scope="row" className="nowrap">
        {name}
        {client.restricted && <span className="flag"> {t('caseload.restricted')}</span>}
      </th>
      <td className="nowrap">
        {client.trajectoryType
          ? label(`trajectory.${client.trajectoryType}`, client.trajectoryType)
          : t('none')}
      </td>
      <td>{client.phase ? label(`phase.${client.phase}`, client.phase) : t('none')}</td>
      <td className="nowrap">{client.lastContact ? shortDay(client.lastContact) : t('none')}</td>
      <td>
        <label htmlFor={`${id}-status`} className="visually-hidden">
          {t('caseload.statusFor', { name })}
        </label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)}>
          {status === '' && <option value="">{t('none')}</option>}
          {statusOptions.map((s) => (
            <option
              key={s}
              value={s}
              disabled={!(CLIENT_STATUSES as readonly string[]).includes(s)}
            >
              {label(`status.${s}`, s)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label htmlFor={`${id}-coach`} className="visually-hidden">
          {t('caseload.coachFor', { name })}
        </label>
        <select id={`${id}-coach`} value={coachId} onChange={(e) => setCoachId(e.target.value)}>
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
