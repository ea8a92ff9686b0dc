import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Coach, Device } from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorBox, Loaded, Notice, useLoad } from '../common';
import { useI18n } from '../i18n';

/** The administrator's devices: who syncs, when last, revoke; and one-time enrolment codes. */
export function Devices({ api }: { api: OfficeApi }) {
  const { t } = useI18n();
  const [devices, reloadDevices] = useLoad(() => api.devices());
  const [coaches, reloadCoaches] = useLoad(() => api.coaches());
  const [notice, setNotice] = useState('');
  const [asking, setAsking] = useState<Device | null>(null);
  const [error, setError] = useState<unknown>(null);
  const opener = useRef<HTMLElement | null>(null);

  async function revoke(device: Device) {
    setAsking(null);
    setError(null);
    try {
      await api.revokeDevice(device.id);
      setNotice(t('devices.revokedDone', { device: device.label }));
    } catch (err) {
      setError(err);
      opener.current?.focus();
    }
    // Shown as the office holds it now (revoked, with its time), also after a refusal.
    reloadDevices();
  }

  return (
    <>
      <p>{t('devices.intro')}</p>
      {notice && <Notice text={notice} />}
      {error !== null && <ErrorBox error={error} />}
      <Loaded load={devices} reload={reloadDevices}>
        {(list) => (
          <DeviceTable
            devices={list}
            onRevoke={(d, button) => {
              opener.current = button;
              setAsking(d);
            }}
          />
        )}
      </Loaded>
      {asking && (
        <ConfirmDialog
          text={t('devices.revokeConfirm', { device: asking.label, coach: asking.coachName })}
          confirm={t('devices.revoke')}
          onConfirm={() => void revoke(asking)}
          onCancel={() => {
            setAsking(null);
            opener.current?.focus();
          }}
        />
      )}
      <Loaded load={coaches} reload={reloadCoaches}>
        {(list) => <Enrol api={api} coaches={list} onNewCoach={reloadCoaches} />}
      </Loaded>
    </>
  );
}

function DeviceTable({
  devices,
  onRevoke,
}: {
  devices: Device[];
  onRevoke: (d: Device, button: HTMLButtonElement) => void;
}) {
  const { t, day, dayTime } = useI18n();
  if (devices.length === 0) return <p>{t('devices.empty')}</p>;
  const sorted = [...devices].sort(
    (a, b) => a.coachName.localeCompare(b.coachName, 'nl') || a.label.localeCompare(b.label, 'nl'),
  );
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('devices.device')}</th>
            <th scope="col">{t('devices.coach')}</th>
            <th scope="col">{t('devices.fingerprint')}</th>
            <th scope="col">{t('devices.enrolled')}</th>
            <th scope="col">{t('devices.lastSeen')}</th>
            <th scope="col">{t('devices.state')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>{d.coachName}</td>
              <td>
                <span className="fingerprint">{d.fingerprint}</span>
              </td>
              <td className="nowrap">{day(d.enrolledAt)}</td>
              <td className="nowrap">
                {d.lastSeenAt !== null ? dayTime(d.lastSeenAt) : t('devices.neverSeen')}
              </td>
              <td>
                {d.revokedAt !== null ? (
                  <span className="revoked">
                    {t('devices.revoked', { date: day(d.revokedAt) })}
                  </span>
                ) : (
                  <>
                    <span className="active">{t('devices.active')}</span>{' '}
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('devices.revokeLabel', { device: d.label, coach: d.coachName })}
                      onClick={(e) => onRevoke(d, e.currentTarget)}
                    >
                      {t('devices.revoke')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NEW_COACH = '__new__';

/** A one-time enrolment code for a known coach, or for a new one by name (the service adds the coach). */
function Enrol({
  api,
  coaches,
  onNewCoach,
}: {
  api: OfficeApi;
  coaches: Coach[];
  onNewCoach: () => void;
}) {
  const { t, time } = useI18n();
  const id = useId();
  const [coachId, setCoachId] = useState('');
  const [newName, setNewName] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [code, setCode] = useState<{ code: string; coachName: string; expiresAt: number } | null>(
    null,
  );
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    if (!code) return;
    const check = () => setExpired(code.expiresAt <= Date.now());
    const timer = setInterval(check, 5000);
    return () => clearInterval(timer);
  }, [code]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const name = newName.trim();
    if (!coachId || (coachId === NEW_COACH && !name)) {
      setInvalid(t('enrol.noCoach'));
      return;
    }
    setInvalid(null);
    try {
      const made = await api.enrolmentCode(
        coachId === NEW_COACH ? { coachName: name } : { coachId },
      );
      setExpired(false);
      setCode(made);
      if (coachId === NEW_COACH) {
        setCoachId(made.coachId);
        setNewName('');
        onNewCoach();
      }
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('enrol.title')}</h2>
      <p>{t('enrol.intro')}</p>
      <form className="inline" onSubmit={(e) => void submit(e)} noValidate>
        <div>
          <label htmlFor={`${id}-coach`}>{t('enrol.coach')}</label>
          <select id={`${id}-coach`} value={coachId} onChange={(e) => setCoachId(e.target.value)}>
            <option value="">{t('enrol.pickCoach')}</option>
            {[...coaches]
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            <option value={NEW_COACH}>{t('enrol.newCoach')}</option>
          </select>
        </div>
        {coachId === NEW_COACH && (
          <div>
            <label htmlFor={`${id}-name`}>{t('enrol.newCoachName')}</label>
            <input
              id={`${id}-name`}
              maxLength={80}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
            />
          </div>
        )}
        <button type="submit" className="primary">
          {t('enrol.submit')}
        </button>
      </form>
      {invalid && (
        <p className="error" role="alert">
          {invalid}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      {code && (
        <div className="code-box" role="status">
          <p>{t('enrol.code', { coach: code.coachName })}</p>
          <p className={expired ? 'code expired' : 'code'} data-testid="enrolment-code">
            {code.code}
          </p>
          <p>{expired ? t('enrol.expired') : t('enrol.valid', { time: time(code.expiresAt) })}</p>
        </div>
      )}
    </section>
  );
}
