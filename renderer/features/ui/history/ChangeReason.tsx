import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECTIFICATION_REASON, type ChangeNote } from '../../../../shared/domain/field-history';
import { isOpenRequest } from '../../../../shared/domain/requests';
import { formatDay } from '../../../i18n/format';
import { services } from '../../../state/services';
import type { StoredRequest } from '../../../state/types';

type Choice = 'none' | 'rectification' | 'other';

interface ReasonState {
  choice: Choice;
  requestId: string;
  text: string;
}

const INITIAL: ReasonState = { choice: 'none', requestId: '', text: '' };

/** What the coach chose, as the vault keeps it beside the earlier values. */
export function noteOf(s: ReasonState): ChangeNote | undefined {
  const text = s.text.trim();
  if (s.choice === 'rectification')
    return {
      reason: text ? `${RECTIFICATION_REASON}: ${text}` : RECTIFICATION_REASON,
      requestId: s.requestId || null,
    };
  if (s.choice === 'other' && text) return { reason: text };
  return undefined;
}

/**
 * "Reden van wijziging" under an editor: optional; "rectificatieverzoek" links the change to
 * an open rectification request of the register. `note()` is read at save, `reset()` after.
 */
export function useChangeReason(clientId: string) {
  const [state, setState] = useState<ReasonState>(INITIAL);
  return {
    note: () => noteOf(state),
    reset: () => setState(INITIAL),
    field: <ChangeReasonField clientId={clientId} state={state} onChange={setState} />,
  };
}

function ChangeReasonField(props: {
  clientId: string;
  state: ReasonState;
  onChange: (s: ReasonState) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<StoredRequest[]>([]);
  const { state, onChange, clientId } = props;

  useEffect(() => {
    if (state.choice !== 'rectification') return;
    let live = true;
    services()
      .requests.list(clientId)
      .then(
        (list) => {
          if (!live) return;
          const found = list.filter(
            (r) => r.data.type === 'rectification' && isOpenRequest(r.data),
          );
          setOpen(found);
          // The newest open request is the likely one; the coach can pick another.
          if (!state.requestId && found[0]) onChange({ ...state, requestId: found[0].id });
        },
        () => live && setOpen([]),
      );
    return () => {
      live = false;
    };
  }, [clientId, state, onChange]);

  return (
    <fieldset className="change-reason">
      <legend>{t('history.reasonField.legend')}</legend>
      <div className="row">
        <label className="field w-m">
          <span>{t('history.reasonField.choice')}</span>
          <select
            name="changeReason"
            value={state.choice}
            onChange={(e) => onChange({ ...state, choice: e.target.value as Choice })}
          >
            <option value="none">{t('history.reasonField.none')}</option>
            <option value="rectification">{t('history.reasonField.rectification')}</option>
            <option value="other">{t('history.reasonField.other')}</option>
          </select>
        </label>
        {state.choice === 'rectification' &&
          (open.length > 0 ? (
            <label className="field w-l">
              <span>{t('history.reasonField.request')}</span>
              <select
                name="changeRequest"
                value={state.requestId}
                onChange={(e) => onChange({ ...state, requestId: e.target.value })}
              >
                {open.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('history.reasonField.requestOption', {
                      date: formatDay(r.data.receivedOn, i18n.language),
                      description: r.data.description.slice(0, 60),
                    })}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="muted" id={`${id}-none`}>
              {t('history.reasonField.noOpen')}
            </p>
          ))}
        {state.choice !== 'none' && (
          <label className="field w-l">
            <span>{t('history.reasonField.text')}</span>
            <input
              name="changeReasonText"
              value={state.text}
              maxLength={500}
              onChange={(e) => onChange({ ...state, text: e.target.value })}
            />
          </label>
        )}
      </div>
    </fieldset>
  );
}
