import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import {
  emptyTrajectoryInput,
  isUwvTrajectory,
  trajectoryToInput,
  type UwvTrajectory,
} from '../../../shared/domain/uwv-trajectory';
import { LOGBOOK_KIND } from '../../../shared/domain/logbook';
import type { TimedEntry } from '../../../shared/domain/uwv-trajectory';
import { errorKey } from '../../state/session';
import { vault } from '../../state/vault-instance';
import { ClientRecords } from '../../vault/records';
import { localIsoDate } from '../dashboard/local-date';
import { useSingleRecord } from '../poortwachter/useSingleRecord';
import { HoursBar } from './HoursBar';
import { Milestones } from './Milestones';
import { TrajectoryForm } from './TrajectoryForm';
import { trajectoryRecords } from './trajectory-records';
import './trajectory.css';

const logbook = new ClientRecords<Partial<TimedEntry>>(vault, LOGBOOK_KIND);

export function TrajectoryTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [today] = useState(localIsoDate);
  const { state, save, saving, saveError, savedCount } = useSingleRecord(
    trajectoryRecords,
    client.id,
    isUwvTrajectory,
  );
  const entries = useLogbookTimes(client.id);

  if (state.status === 'loading') return <p className="muted">{t('trajectory.loading')}</p>;
  if (state.status === 'error') return <p className="error">{t(state.message)}</p>;
  if (state.status === 'damaged')
    return <p className="notice error">{t('poortwachter.errors.damaged')}</p>;

  const current = state.data;

  return (
    <section className="uwv" aria-label={t('trajectory.title')}>
      <div className="uwv-layout">
        <TrajectoryForm
          key={current ? 'stored' : 'new'}
          initial={current ? trajectoryToInput(current) : emptyTrajectoryInput()}
          saving={saving}
          saved={savedCount > 0}
          saveError={saveError}
          onSave={(fields) => save({ ...fields, milestonesDone: current?.milestonesDone ?? {} })}
        />
        <aside className="uwv-side">
          {current && (
            <HoursBar
              trajectory={current}
              entries={entries.status === 'ready' ? entries.entries : null}
              error={entries.status === 'error' ? entries.message : null}
              today={today}
            />
          )}
          <Milestones
            trajectory={current}
            today={today}
            busy={saving}
            onDone={(id, date) => {
              if (!current) return Promise.resolve();
              const others = Object.entries(current.milestonesDone).filter(([k]) => k !== id);
              const milestonesDone = Object.fromEntries(date ? [...others, [id, date]] : others);
              return save({ ...current, milestonesDone } satisfies UwvTrajectory).then(() => {});
            }}
          />
        </aside>
      </div>
    </section>
  );
}

type LogbookTimes =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; entries: TimedEntry[] };

/** Only the date and duration of this client's logbook entries, for the hours bar. */
function useLogbookTimes(clientId: string): LogbookTimes {
  const [state, setState] = useState<LogbookTimes>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    logbook.list(clientId).then(
      (rows) => {
        if (!live) return;
        const entries: TimedEntry[] = [];
        for (const { data } of rows) {
          if (typeof data.at === 'string' && typeof data.durationMinutes === 'number')
            entries.push({ at: data.at, durationMinutes: data.durationMinutes });
        }
        setState({ status: 'ready', entries });
      },
      (e: unknown) => live && setState({ status: 'error', message: errorKey(e) }),
    );
    return () => {
      live = false;
    };
  }, [clientId]);
  return state;
}
