import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { Client } from '../../../shared/domain/client';
import {
  emptyTrajectoryInput,
  isUwvTrajectory,
  trajectoryToInput,
  type UwvTrajectory,
} from '../../../shared/domain/uwv-trajectory';
import type { TimedEntry } from '../../../shared/domain/uwv-trajectory';
import { errorKey } from '../../state/session';
import { localIsoDate } from '../../../shared/domain/local-date';
import { useSingleRecord } from '../../state/useSingleRecord';
import { HoursBar } from './HoursBar';
import { Milestones } from './Milestones';
import { TrajectoryForm } from './TrajectoryForm';
import './trajectory.css';
import { services } from '../../state/services';

export function TrajectoryTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [today] = useState(localIsoDate);
  const { state, save, saving, saveError, savedCount } = useSingleRecord(
    services().trajectory,
    client.id,
    isUwvTrajectory,
  );
  const entries = useLogbookTimes(client.id);

  if (state.status === 'loading') return <p className="muted">{t('trajectory.loading')}</p>;
  if (state.status === 'error') return <p className="error">{t(messageKey(state.message))}</p>;
  if (state.status === 'damaged')
    return <p className="notice error">{t('poortwachter.errors.damaged')}</p>;

  const current = state.data;

  return (
    <section className="uwv" aria-label={t('trajectory.title')}>
      <div className="uwv-layout">
        <TrajectoryForm
          key={current ? 'stored' : 'new'}
          clientId={client.id}
          initial={current ? trajectoryToInput(current) : emptyTrajectoryInput()}
          saving={saving}
          saved={savedCount > 0}
          saveError={saveError}
          current={current}
          onSave={(fields, note) =>
            save({ ...fields, milestonesDone: current?.milestonesDone ?? {} }, note)
          }
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

/**
 * When and how long each contact was, sealed ones included, from the logbook service's
 * contact index: the hours bar counts exactly what the dashboard counts.
 */
function useLogbookTimes(clientId: string): LogbookTimes {
  const [state, setState] = useState<LogbookTimes>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    services()
      .logbook.contactTimes(clientId)
      .then(
        (times) =>
          live &&
          setState({
            status: 'ready',
            entries: times.map(({ at, durationMinutes }) => ({ at, durationMinutes })),
          }),
        (e: unknown) => live && setState({ status: 'error', message: errorKey(e) }),
      );
    return () => {
      live = false;
    };
  }, [clientId]);
  return state;
}
