import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { Client } from '../../../shared/domain/client';
import type { IsoDate } from '../../../shared/domain/iso-date';
import type { PoortwachterStepId } from '../../../shared/domain/poortwachter';
import {
  clearResolution,
  emptyPoortwachterCase,
  poortwachterTimeline,
  setNotApplicable,
  type PoortwachterCase,
} from '../../../shared/domain/poortwachter-case';
import { formatDay } from '../../i18n/format';
import { localIsoDate } from '../../../shared/domain/local-date';
import { ExtensionsEditor } from './ExtensionsEditor';
import { PoortwachterTimeline } from './PoortwachterTimeline';
import { SpellsEditor } from './SpellsEditor';
import './poortwachter.css';
import { useSession } from '../../state/session';
import { SealedNotice } from '../compartment/SealedNotice';
import { PoortwachterSealedView } from './PoortwachterSealedView';
import { TakeoverPanel } from './TakeoverPanel';
import { usePoortwachterCase } from './usePoortwachterCase';

export function PoortwachterTab({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const [today] = useState(localIsoDate);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  // The sick dates live in the compartment: closed, the tab shows the deadline projection.
  const { open, projection, state, save, saving, saveError, savedCount } = usePoortwachterCase(
    client.id,
  );

  if (!open)
    return (
      <PoortwachterSealedView
        clientId={client.id}
        projection={projection}
        today={today}
        canOpen={!inSessionMode}
      />
    );

  if (state.status === 'loading') return <p className="muted">{t('poortwachter.loading')}</p>;
  if (state.status === 'error') return <p className="error">{t(messageKey(state.message))}</p>;
  if (state.status === 'damaged')
    return <p className="notice error">{t('poortwachter.errors.damaged')}</p>;

  const current: PoortwachterCase = state.data ?? emptyPoortwachterCase();
  const update = (change: Partial<PoortwachterCase>) => save({ ...current, ...change });
  const timeline = poortwachterTimeline(current, today);
  const end = timeline.ok
    ? timeline.items.find((i) => i.step.id === 'einde-wachttijd')?.due
    : undefined;

  async function markDone(step: PoortwachterStepId, date: IsoDate | undefined) {
    const others = Object.entries(current.done).filter(([id]) => id !== step);
    await update({ done: Object.fromEntries(date ? [...others, [step, date]] : others) });
  }

  return (
    <section className="pw" aria-label={t('poortwachter.title')}>
      <div className="pw-intro">
        <p>{t('poortwachter.intro')}</p>
        <p className="muted small">{t('poortwachter.medicalNotice')}</p>
        <SealedNotice clientId={client.id} exists={false} />
      </div>
      <div className="pw-layout">
        <div className="pw-main">
          <div className="pw-main-head">
            <h2>{t('poortwachter.timeline.title')}</h2>
            <span className="status" role="status" aria-live="polite">
              {saveError ? (
                <span className="error">{t(messageKey(saveError))}</span>
              ) : (
                savedCount > 0 && !saving && <span className="ok">✓ {t('poortwachter.saved')}</span>
              )}
            </span>
          </div>
          {timeline.ok ? (
            <>
              <p className="muted small">
                {t('poortwachter.summary', {
                  first: formatDay(timeline.firstSickDay, i18n.language),
                  end: end ? formatDay(end, i18n.language) : '',
                })}
              </p>
              {timeline.extensionTooLong && (
                <p className="notice error" role="alert">
                  {t('poortwachter.errors.extensionTooLong', {
                    weeks: timeline.requestedExtensionWeeks,
                  })}
                </p>
              )}
              {timeline.status !== 'sick' && (
                <p className="notice">
                  {t(`poortwachter.status.${timeline.status}`, {
                    date: formatDay(
                      timeline.status === 'ended' && end ? end : (timeline.recoveredAfter ?? today),
                      i18n.language,
                    ),
                  })}
                </p>
              )}
              <TakeoverPanel current={current} today={today} busy={saving} onChange={save} />
              <PoortwachterTimeline
                items={timeline.items}
                today={today}
                extensionWeeks={timeline.extensionWeeks}
                busy={saving}
                onDone={markDone}
                onNotApplicable={async (step, reason) => {
                  await save(setNotApplicable(current, step, reason));
                }}
                onClear={async (step) => {
                  await save(clearResolution(current, step));
                }}
              />
            </>
          ) : timeline.reason === 'invalid-spells' ? (
            <p className="notice error">{t('poortwachter.errors.invalidSpells')}</p>
          ) : (
            <p className="empty">{t('poortwachter.spells.none')}</p>
          )}
        </div>
        <aside className="pw-side">
          <SpellsEditor
            spells={current.medical.spells}
            today={today}
            busy={saving}
            onChange={(spells) => update({ medical: { ...current.medical, spells } })}
          />
          <ExtensionsEditor
            weeksmelding={
              timeline.ok
                ? timeline.items.find((i) => i.step.id === '42e-weeksmelding')?.due
                : undefined
            }
            extensions={current.extensions}
            today={today}
            busy={saving}
            onChange={(extensions) => update({ extensions })}
          />
          <section className="pw-side-card">
            <h3>{t('poortwachter.who.title')}</h3>
            <p className="small">{t('poortwachter.who.text')}</p>
          </section>
        </aside>
      </div>
    </section>
  );
}
