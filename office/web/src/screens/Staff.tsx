import { useId, useRef, useState, type FormEvent } from 'react';
import { STAFF_ROLES, type StaffMember, type StaffRole } from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorBox, Loaded, Notice, useLoad } from '../common';
import { useI18n } from '../i18n';

/** The administrator's staff list: roles, disabling a member, and one-time codes for new ones. */
export function Staff({ api, me }: { api: OfficeApi; me: string }) {
  const { t, shortDay } = useI18n();
  const [load, reload] = useLoad(() => api.members());
  const [asking, setAsking] = useState<StaffMember | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const opener = useRef<HTMLElement | null>(null);

  async function disable(member: StaffMember) {
    setAsking(null);
    setError(null);
    try {
      await api.disableMember(member.id);
      setNotice(t('staff.disabledDone', { name: member.name }));
    } catch (err) {
      setError(err);
      opener.current?.focus();
    }
    reload();
  }

  return (
    <>
      <p>{t('staff.intro')}</p>
      {notice && <Notice text={notice} />}
      {error !== null && <ErrorBox error={error} />}
      <Loaded load={load} reload={reload}>
        {(members) =>
          members.length === 0 ? (
            <p>{t('staff.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('staff.name')}</th>
                    <th scope="col">{t('staff.login')}</th>
                    <th scope="col">{t('staff.role')}</th>
                    <th scope="col">{t('staff.since')}</th>
                    <th scope="col">{t('staff.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...members]
                    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                    .map((m) => (
                      <tr key={m.id}>
                        <th scope="row">
                          {m.name}
                          {m.id === me && <span className="muted"> {t('staff.you')}</span>}
                        </th>
                        <td>{m.login}</td>
                        <td>{t(`role.${m.role}`)}</td>
                        <td className="nowrap">{shortDay(m.createdAt)}</td>
                        <td>
                          {m.disabled ? (
                            <span className="revoked">{t('staff.disabled')}</span>
                          ) : (
                            <>
                              <span className="active">{t('staff.active')}</span>
                              {m.id !== me && (
                                <>
                                  {' '}
                                  <button
                                    type="button"
                                    className="danger"
                                    aria-label={t('staff.disableLabel', { name: m.name })}
                                    onClick={(e) => {
                                      opener.current = e.currentTarget;
                                      setAsking(m);
                                    }}
                                  >
                                    {t('staff.disable')}
                                  </button>
                                </>
                              )}
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {asking && (
        <ConfirmDialog
          text={t('staff.disableConfirm', { name: asking.name })}
          confirm={t('staff.disable')}
          onConfirm={() => void disable(asking)}
          onCancel={() => {
            setAsking(null);
            opener.current?.focus();
          }}
        />
      )}
      <Invite api={api} />
    </>
  );
}

/** A one-time code for a new member with a role; they choose login, name and passphrase at setup. */
function Invite({ api }: { api: OfficeApi }) {
  const { t, dayTime } = useI18n();
  const id = useId();
  const [role, setRole] = useState<StaffRole | ''>('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState<{ role: StaffRole; code: string; expiresAt: number } | null>(
    null,
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (role === '') {
      setInvalid(t('staff.required'));
      return;
    }
    setInvalid(null);
    try {
      const answer = await api.invite(role);
      setMade({ role, ...answer });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('staff.addTitle')}</h2>
      <p>{t('staff.addIntro')}</p>
      <form className="inline" onSubmit={(e) => void submit(e)} noValidate>
        <div>
          <label htmlFor={`${id}-role`}>{t('staff.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as StaffRole | '')}
          >
            <option value="">{t('staff.pickRole')}</option>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t('staff.add')}
        </button>
      </form>
      {invalid && (
        <p className="error" role="alert">
          {invalid}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      {made && (
        <div className="code-box" role="status">
          <p>{t('staff.code', { role: t(`role.${made.role}`) })}</p>
          <p className="code" data-testid="staff-setup-code">
            {made.code}
          </p>
          <p>{t('staff.codeValid', { time: dayTime(made.expiresAt) })}</p>
        </div>
      )}
    </section>
  );
}
