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
import { minutesOn, type HoursRow } from '../../../shared/domain/financial';
import { errorKey } from '../../state/session';
import { localIsoDate } from '../../../shared/domain/local-date';
import { useSingleRecord } from '../../state/useSingleRecord';
import { FinancialPanel } from './FinancialPanel';
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
  const financial = useFinancialHours(client.id, savedCount);

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
              minutes={
                financial.status === 'ready' && financial.trajectoryId
                  ? minutesOn(financial.hours, financial.trajectoryId)
                  : financial.status === 'ready'
                    ? 0
                    : null
              }
              error={financial.status === 'error' ? financial.message : null}
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
      {financial.status === 'ready' && (
        <FinancialPanel
          clientId={client.id}
          hours={financial.hours}
          trajectoryId={financial.trajectoryId}
        />
      )}
    </section>
  );
}

type Financial =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; hours: HoursRow[]; trajectoryId: string | null };

/**
 * The hours from the financial records (kept in step with the logbook by the store, sealed
 * entries included), read again after every save of the trajectory: its dates decide which
 * hours count on it.
 */
function useFinancialHours(clientId: string, savedCount: number): Financial {
  const [state, setState] = useState<Financial>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const s = services();
    Promise.all([s.financial.hours(clientId), s.trajectory.single(clientId)]).then(
      ([hours, trajectory]) =>
        live && setState({ status: 'ready', hours, trajectoryId: trajectory?.id ?? null }),
      (e: unknown) => live && setState({ status: 'error', message: errorKey(e) }),
    );
    return () => {
      live = false;
    };
  }, [clientId, savedCount]);
  return state;
}
