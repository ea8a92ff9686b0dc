import { useId, useState, type FormEvent } from 'react';
import { STAFF_ROLES, type StaffRole } from '../../../../shared/sync/staff-api';
import type { OfficeApi } from '../api';
import { ErrorBox, Loaded, useLoad } from '../common';
import { useI18n } from '../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The administrator's staff list, and adding a member with a role and a one-time setup code. */
export function Staff({ api }: { api: OfficeApi }) {
  const { t, day } = useI18n();
  const [load, reload, replace] = useLoad(() => api.staff());
  return (
    <>
      <p>{t('staff.intro')}</p>
      <Loaded load={load} reload={reload}>
        {(data) => (
          <>
            {data.staff.length === 0 ? (
              <p>{t('staff.empty')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('staff.name')}</th>
                      <th scope="col">{t('staff.email')}</th>
                      <th scope="col">{t('staff.role')}</th>
                      <th scope="col">{t('staff.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...data.staff]
                      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                      .map((s) => (
                        <tr key={s.id}>
                          <th scope="row">{s.name}</th>
                          <td>{s.email}</td>
                          <td>{t(`role.${s.role}`)}</td>
                          <td>
                            {s.activated ? t('staff.activated') : t('staff.pending')}{' '}
                            <span className="muted">({day(s.createdAt)})</span>
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            )}
            <AddStaff api={api} onAdded={(member) => replace({ staff: [...data.staff, member] })} />
          </>
        )}
      </Loaded>
    </>
  );
}

function AddStaff({
  api,
  onAdded,
}: {
  api: OfficeApi;
  onAdded: (m: Awaited<ReturnType<OfficeApi['addStaff']>>['staff']) => void;
}) {
  const { t, dayTime } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(null);
    if (!name.trim() || !email.trim() || role === '') {
      setInvalid(t('staff.required'));
      return;
    }
    if (!EMAIL.test(email.trim())) {
      setInvalid(t('staff.badEmail'));
      return;
    }
    setInvalid(null);
    try {
      const answer = await api.addStaff({ name: name.trim(), email: email.trim(), role });
      onAdded(answer.staff);
      setDone(
        t('staff.code', {
          name: answer.staff.name,
          code: answer.setupCode,
          time: dayTime(answer.expiresAt),
        }),
      );
      setName('');
      setEmail('');
      setRole('');
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('staff.addTitle')}</h2>
      <form className="inline" onSubmit={(e) => void submit(e)} noValidate>
        <div>
          <label htmlFor={`${id}-name`}>{t('staff.name')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-email`}>{t('staff.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-role`}>{t('staff.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as StaffRole | '')}
          >
            <option value="">{t('none')}</option>
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
      {done && (
        <p className="code-box" role="status" data-testid="staff-setup-code">
          {done}
        </p>
      )}
    </section>
  );
}
