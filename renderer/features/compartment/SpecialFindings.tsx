import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  detectSpecialCategories,
  explainFinding,
  type SpecialCategoryFinding,
} from '../../../shared/domain/special-categories';
import './compartment.css';
import { findingExplanation, findingLabel } from './finding-text';
import { LockIcon } from './LockIcon';

const CONTEXT = 40;

/**
 * The found words with a little text around them, marked. Findings close together share one
 * snippet, so a sentence is not repeated per word; long texts are not repeated whole.
 */
function Snippets({ text, findings }: { text: string; findings: SpecialCategoryFinding[] }) {
  const groups: SpecialCategoryFinding[][] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (last && prev && f.start - prev.end <= 2 * CONTEXT) last.push(f);
    else groups.push([f]);
  }
  return (
    <ul className="finding-snippets">
      {groups.map((g) => {
        const from = Math.max(0, (g[0]?.start ?? 0) - CONTEXT);
        const to = Math.min(text.length, (g.at(-1)?.end ?? 0) + CONTEXT);
        let at = from;
        const parts: ReactNode[] = [];
        for (const f of g) {
          if (f.start < at) continue; // overlapping findings: the first one marks the words
          parts.push(
            text.slice(at, f.start),
            <mark key={f.start}>{text.slice(f.start, f.end)}</mark>,
          );
          at = f.end;
        }
        parts.push(text.slice(at, to));
        return (
          <li key={from}>
            {from > 0 && '…'}
            {parts}
            {to < text.length && '…'}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Marks what the special-category detector finds in free text as the coach types, explains
 * why it matters (the AP rule for a diagnosis) and offers to seal the entry.
 */
export function SpecialFindings(props: {
  texts: string[];
  sealed: boolean;
  /** Omitted where the text is always sealed (health fields): then only the warning shows. */
  onSeal?: () => void;
  /** Replaces the "will be saved sealed" line. */
  note?: string;
  /** Where a draft is kept as the coach types (the logbook): says it is sealed already. */
  draftHint?: boolean;
  /**
   * Where sealing is no answer, because the text leaves the dossier (the CV goes to
   * employers): this advice replaces the sealing line, and no "sealed" badge shows.
   */
  advice?: string;
}) {
  const { t } = useTranslation();
  const perText = useMemo(
    () => props.texts.map((text) => ({ text, findings: detectSpecialCategories(text) })),
    [props.texts],
  );
  const all = perText.flatMap((p) => p.findings.map((f) => ({ ...f, text: p.text })));
  if (all.length === 0) return null;
  const explanations = new Map<string, string>();
  for (const f of all) {
    const e = explainFinding(f.category, f.text.slice(f.start, f.end));
    explanations.set(findingExplanation(t, e), findingLabel(t, f.category));
  }
  return (
    <div className="special-findings" role="status" aria-live="polite">
      <strong>{t('compartment.findings.title')}</strong>
      {perText.map((p, i) =>
        p.findings.length > 0 ? (
          <Fragment key={i}>
            <Snippets text={p.text} findings={p.findings} />
          </Fragment>
        ) : null,
      )}
      <ul className="finding-explanations">
        {[...explanations].map(([text, label]) => (
          <li key={text}>
            <em>{label}:</em> {text}
          </li>
        ))}
      </ul>
      {props.advice !== undefined ? (
        <p className="finding-advice">{props.advice}</p>
      ) : props.sealed || !props.onSeal ? (
        <p>
          <span className="sealed-badge">
            <LockIcon /> {t('compartment.sealed')}
          </span>{' '}
          {props.note ?? t('compartment.findings.willSeal')}
        </p>
      ) : (
        <p>
          <button type="button" className="primary small" onClick={props.onSeal}>
            <LockIcon /> {t('compartment.findings.seal')}
          </button>{' '}
          {props.draftHint && (
            <span className="muted">{t('compartment.findings.draftSealed')}</span>
          )}
        </p>
      )}
    </div>
  );
}
