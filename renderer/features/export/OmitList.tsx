import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../shared/records/registry';
import { formatDay } from '../../i18n/format';
import { services } from '../../state/services';

export interface OmitChoice {
  kind: RecordKind;
  id: string;
  label: string;
  reason: string;
}

interface Candidate {
  kind: RecordKind;
  id: string;
  label: string;
}

/**
 * The items a coach may leave out of an access export: logbook entries and documents, the
 * places where another person's data can sit (art. 15(4)). Each one left out needs a reason.
 */
export function OmitList(props: {
  clientId: string;
  value: OmitChoice[];
  onChange: (v: OmitChoice[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [candidates, setCandidates] = useState<Candidate[]>([]);

  useEffect(() => {
    let live = true;
    const s = services();
    void (async () => {
      const entries = await s.logbook.list(props.clientId);
      const docs = await s.documents.list(props.clientId);
      if (!live) return;
      setCandidates([
        ...entries.map((e) => ({
          kind: (e.sealed ? 'logbook-sealed' : 'logbook') as RecordKind,
          id: e.id,
          label: `${formatDay(e.data.at.slice(0, 10), i18n.language)} · ${e.data.summary.slice(0, 60)}`,
        })),
        ...docs.map((d) => ({
          kind: (d.sealed ? 'document-sealed' : 'document') as RecordKind,
          id: d.id,
          label: d.data.fileName,
        })),
      ]);
    })();
    return () => {
      live = false;
    };
  }, [props.clientId, i18n.language]);

  if (candidates.length === 0) return null;
  const chosen = (id: string) => props.value.find((o) => o.id === id);
  return (
    <details className="export-omit">
      <summary>{t('export.omitTitle')}</summary>
      <p className="hint">{t('export.omitHint')}</p>
      <ul>
        {candidates.map((c) => {
          const choice = chosen(c.id);
          return (
            <li key={c.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={!!choice}
                  onChange={(e) =>
                    props.onChange(
                      e.target.checked
                        ? [...props.value, { ...c, reason: '' }]
                        : props.value.filter((o) => o.id !== c.id),
                    )
                  }
                />
                <span>{c.label}</span>
              </label>
              {choice && (
                <input
                  aria-label={`${t('export.reason')}: ${c.label}`}
                  placeholder={t('export.reason')}
                  value={choice.reason}
                  maxLength={500}
                  onChange={(e) =>
                    props.onChange(
                      props.value.map((o) =>
                        o.id === c.id ? { ...o, reason: e.target.value } : o,
                      ),
                    )
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
