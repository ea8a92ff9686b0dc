import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session';
import { Modal } from '../ui/Modal';
import { SHAREABLE_TABS, type ShareableTab } from '../../state/shareable';
import { loadSharedChoice, saveSharedChoice } from './shared-choice';
import type { MessageKey } from '../../i18n/keys';
import './session-mode.css';

const LABELS: Record<ShareableTab, MessageKey> = {
  personalia: 'client.sections.personalia',
  logbook: 'logbook.title',
  cv: 'cv.title',
  poortwachter: 'poortwachter.title',
  trajectory: 'trajectory.title',
  documents: 'documents.title',
};

/**
 * "Cliënt kijkt mee" in the dossier header. One click enters with the remembered choice;
 * the choice itself is made beforehand with "Wat deel ik?", never widened from inside.
 */
export function SessionModeEntry({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const enter = useSession((s) => s.enterSessionMode);
  const inSession = useSession((s) => s.sessionMode !== null);
  const [shared, setShared] = useState(loadSharedChoice);
  const [choosing, setChoosing] = useState(false);
  if (inSession) return null;

  function toggle(tab: ShareableTab, on: boolean) {
    const next = SHAREABLE_TABS.filter((k) => (k === tab ? on : shared.includes(k)));
    // Entering with nothing to show would look like a broken dossier.
    if (next.length === 0) return;
    setShared(next);
    saveSharedChoice(next);
  }

  return (
    <div className="session-entry">
      <button
        type="button"
        className="session-enter"
        onClick={() => enter(clientId, shared)}
        title={t('sessionMode.enterHint')}
      >
        <EyeIcon />
        {t('sessionMode.enter')}
      </button>
      <button type="button" className="ghost small" onClick={() => setChoosing(true)}>
        {t('sessionMode.choose')}
      </button>
      <Modal
        open={choosing}
        onClose={() => setChoosing(false)}
        title={t('sessionMode.chooseTitle')}
        description={t('sessionMode.chooseIntro')}
      >
        <fieldset className="session-choice">
          <legend className="sr-only">{t('sessionMode.chooseTitle')}</legend>
          {SHAREABLE_TABS.map((tab) => {
            const checked = shared.includes(tab);
            const last = checked && shared.length === 1;
            return (
              <label key={tab} className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={last}
                  title={last ? t('sessionMode.atLeastOne') : undefined}
                  onChange={(e) => toggle(tab, e.target.checked)}
                />
                {t(LABELS[tab])}
              </label>
            );
          })}
        </fieldset>
        <p className="muted small-print">{t('sessionMode.neverShared')}</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => setChoosing(false)}>
            {t('sessionMode.done')}
          </button>
        </div>
      </Modal>
    </div>
  );
}

export function EyeIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </svg>
  );
}
