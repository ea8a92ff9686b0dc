import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import { displayName, type Client } from '../../../shared/domain/client';
import {
  CONTACT_OPTIONS,
  emptyItemInput,
  CV_KIND,
  itemToInput,
  LICENCE_CATEGORIES,
  moveToIndex,
  validateCv,
  type ContactOption,
  type Cv,
  type CvErrors,
  type CvItemInputs,
  type CvItems,
  type CvListKey,
} from '../../../shared/domain/cv';
import { capText, TEXT_LIMITS } from '../../../shared/domain/text-limits';
import { errorKey } from '../../state/session';
import { services } from '../../state/services';
import { keepUnsaved, toDraft, type CvDraft } from './cv-drafts';
import { useCvDraft } from './useCvDraft';
import {
  cvPerson,
  formatAddress,
  formatBirthDate,
  printedTexts,
  type CvLanguage,
} from './cv-format';
import { formatDayTime } from '../../i18n/format';
import { summarize } from './cv-sections';
import { ItemDialog } from './ItemDialog';
import { PdfDownload } from './PdfDownload';
import { useChangeReason } from '../ui/history/ChangeReason';
import { HistoryButton } from '../ui/history/HistoryButton';
import { SortableItems } from './SortableItems';
import { TextLimit } from '../ui/TextLimit';
import { cvFreeTexts } from './cv-findings';
import { CvTextFindings } from './CvTextFindings';
import { pdfReplacedCharacters } from '../ui/pdf-fonts';
import './cv.css';

const PROFILE_MAX = TEXT_LIMITS.cvProfile;

interface DialogState {
  key: CvListKey;
  isNew: boolean;
  initial: CvItemInputs[CvListKey];
}

type Status = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export function CvTab({ client }: { client: Client }) {
  // A fresh editor per client: nothing of one client's CV can show in another's.
  return <CvEditor key={client.id} client={client} />;
}

function CvEditor({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const language: CvLanguage = i18n.language === 'en' ? 'en' : 'nl';
  const [status, setStatus] = useState<Status>('idle');
  // Why a saved CV changed (a rectification request): kept with the earlier values.
  const reason = useChangeReason(client.id);
  const loadSavedCv = useCallback(
    () =>
      services()
        .cv.load(client.id)
        .then((l) => l.cv),
    [client.id],
  );
  const [failure, setFailure] = useState('');
  const [errors, setErrors] = useState<CvErrors>({});
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [profileCut, setProfileCut] = useState(false);
  // Counts edits, so a save that resolves after a newer edit does not claim "Opgeslagen".
  const edits = useRef(0);
  const {
    draft,
    setDraft,
    recordId,
    setRecordId,
    updatedAt,
    setUpdatedAt,
    dirty,
    setDirty,
    loadError,
    restoredAt,
    setRestoredAt,
    discardUnsaved,
  } = useCvDraft(client.id);

  const person = useMemo(() => cvPerson(client), [client]);
  const replaced = useMemo(
    () => (draft ? pdfReplacedCharacters(printedTexts(draft, person)) : []),
    [draft, person],
  );

  if (loadError) return <p className="notice error">{t(messageKey(loadError))}</p>;
  if (!draft) return <p className="muted">{t('cv.loading')}</p>;

  function update(fn: (d: CvDraft) => CvDraft) {
    edits.current++;
    setDraft((d) => d && fn(d));
    setDirty(true);
    setStatus((s) => (s === 'saved' || s === 'failed' ? 'idle' : s));
  }

  const listOf = <K extends CvListKey>(d: CvDraft, key: K) => d[key] as CvItems[K][];

  function changeList<K extends CvListKey>(key: K, fn: (list: CvItems[K][]) => CvItems[K][]) {
    update((d) => ({ ...d, [key]: fn(listOf(d, key)) }));
    // Positions shift, so errors that name an item by its position no longer fit.
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`${key}.`))),
    );
  }

  /** Checks the whole CV; on errors shows them and keeps every value as typed. */
  function checked(): Cv | null {
    const r = validateCv(draft as CvDraft);
    if (r.ok) {
      setErrors({});
      return r.value;
    }
    setErrors(r.errors);
    setStatus('invalid');
    return null;
  }

  async function save() {
    const cv = checked();
    if (!cv) return;
    const at = edits.current;
    setStatus('saving');
    try {
      // "Opgeslagen" appears only after the vault write resolved.
      const saved = await services().cv.save(client.id, cv, recordId, reason.note());
      reason.reset();
      setRecordId(saved.id);
      setUpdatedAt(saved.updatedAt);
      if (edits.current === at) {
        setDraft(toDraft(cv));
        setDirty(false);
        setRestoredAt(null);
        await discardUnsaved();
        setStatus('saved');
      } else {
        setStatus('idle');
      }
    } catch (e) {
      setFailure(t(errorKey(e)));
      setStatus('failed');
    }
  }

  const contactValue = (opt: ContactOption): string =>
    ({
      phone: client.telefoon,
      email: client.email,
      address: formatAddress(client),
      birthDate: client.geboortedatum ? formatBirthDate(client.geboortedatum, language) : '',
    })[opt];

  const listSection = (key: CvListKey) => {
    const list = listOf(draft, key);
    const invalid = new Set(
      Object.keys(errors)
        .filter((k) => k.startsWith(`${key}.`))
        .map((k) => list[Number(k.split('.')[1])]?.id),
    );
    return (
      <section className="cv-card" aria-labelledby={`cv-h-${key}`} key={key}>
        <header className="cv-card-head">
          <h2 id={`cv-h-${key}`}>{t(`cv.sections.${key}`)}</h2>
          <button
            type="button"
            className="ghost small"
            onClick={() => setDialog({ key, isNew: true, initial: emptyItemInput(key) })}
          >
            {t(`cv.add.${key}`)}
          </button>
        </header>
        {list.length === 0 ? (
          <p className="muted small cv-empty">{t('cv.empty')}</p>
        ) : (
          <SortableItems
            label={t(`cv.sections.${key}`)}
            rows={list.map((item) => ({
              id: item.id,
              summary: summarize(key, item, t, language),
              invalid: invalid.has(item.id),
            }))}
            onMove={(id, to) => changeList(key, (l) => moveToIndex(l, id, to))}
            onEdit={(id) => {
              const item = list.find((x) => x.id === id);
              if (item) setDialog({ key, isNew: false, initial: itemToInput(key, item) });
            }}
            onRemove={(id) => changeList(key, (l) => l.filter((x) => x.id !== id))}
          />
        )}
        <CvTextFindings texts={cvFreeTexts(key, list)} />
      </section>
    );
  };

  const profileError = errors.profile;
  const travelError = errors['mobility.maxTravelMinutes'];

  async function discardEdits() {
    await discardUnsaved();
    keepUnsaved(client.id, null);
    const loaded = await services().cv.load(client.id);
    setDraft(toDraft(loaded.cv));
    setRecordId(loaded.id);
    setUpdatedAt(loaded.updatedAt);
    setErrors({});
    setDirty(false);
    setRestoredAt(null);
  }

  return (
    <div className="cv">
      <p className="muted cv-intro">{t('cv.intro')}</p>
      {restoredAt && dirty && (
        <p className="notice" role="status">
          {t('cv.draftRestored', { time: restoredAt })}{' '}
          <button type="button" className="ghost small" onClick={() => void discardEdits()}>
            {t('cv.discardEdits')}
          </button>
        </p>
      )}

      <section className="cv-card" aria-labelledby="cv-h-personal">
        <h2 id="cv-h-personal">{t('cv.sections.personal')}</h2>
        <p className="cv-name">{t('cv.include.name', { name: displayName(client) })}</p>
        <div className="cv-checks">
          {CONTACT_OPTIONS.map((opt) => (
            <label key={opt} className="check cv-check">
              <input
                type="checkbox"
                checked={draft.include[opt]}
                onChange={(e) =>
                  update((d) => ({ ...d, include: { ...d.include, [opt]: e.target.checked } }))
                }
              />
              <span>
                {t(`cv.include.${opt}`)}{' '}
                <span className="muted">({contactValue(opt) || t('cv.include.missing')})</span>
              </span>
            </label>
          ))}
        </div>
      </section>

      <section className="cv-card" aria-labelledby="cv-h-profile">
        <h2 id="cv-h-profile">{t('cv.sections.profile')}</h2>
        <label className="field">
          <span>{t('cv.profileLabel')}</span>
          <textarea
            name="profile"
            rows={5}
            value={draft.profile}
            aria-invalid={profileError ? true : undefined}
            onChange={(e) => {
              const capped = capText(e.target.value, PROFILE_MAX);
              setProfileCut(capped.cut);
              const profile = capped.value;
              update((d) => ({ ...d, profile }));
            }}
          />
          {profileCut && <TextLimit length={draft.profile.length} max={PROFILE_MAX} cut />}
          <small className={draft.profile.length > PROFILE_MAX ? 'error' : 'muted'}>
            {t('cv.profileHint')} {t('cv.chars', { count: draft.profile.length, max: PROFILE_MAX })}
          </small>
          {profileError && <small className="error">{t(messageKey(profileError))}</small>}
        </label>
        <CvTextFindings texts={[draft.profile]} />
      </section>

      {listSection('work')}
      {listSection('education')}
      {listSection('courses')}
      <div className="cv-pair">
        {listSection('skills')}
        {listSection('languages')}
      </div>

      <div className="cv-pair">
        <section className="cv-card" aria-labelledby="cv-h-licences">
          <h2 id="cv-h-licences">{t('cv.sections.licences')}</h2>
          <p className="muted small">{t('cv.licencesHint')}</p>
          <div className="cv-chips" role="group" aria-labelledby="cv-h-licences">
            {LICENCE_CATEGORIES.map((c) => (
              <label key={c} className="cv-chip">
                <input
                  type="checkbox"
                  checked={draft.licences.includes(c)}
                  onChange={(e) => {
                    const on = e.target.checked;
                    update((d) => ({
                      ...d,
                      licences: on ? [...d.licences, c] : d.licences.filter((x) => x !== c),
                    }));
                  }}
                />
                <span>{c}</span>
              </label>
            ))}
          </div>
        </section>

        <section className="cv-card" aria-labelledby="cv-h-mobility">
          <h2 id="cv-h-mobility">{t('cv.sections.mobility')}</h2>
          <div className="cv-checks">
            {(['ownCar', 'publicTransport', 'bicycle'] as const).map((m) => (
              <label key={m} className="check cv-check">
                <input
                  type="checkbox"
                  checked={draft.mobility[m]}
                  onChange={(e) => {
                    const on = e.target.checked;
                    update((d) => ({ ...d, mobility: { ...d.mobility, [m]: on } }));
                  }}
                />
                <span>{t(`cv.mobility.${m}`)}</span>
              </label>
            ))}
          </div>
          <label className="field cv-travel">
            <span>{t('cv.mobility.maxTravel')}</span>
            <input
              name="maxTravelMinutes"
              inputMode="numeric"
              autoComplete="off"
              value={draft.mobility.maxTravelMinutes}
              aria-invalid={travelError ? true : undefined}
              onChange={(e) => {
                const maxTravelMinutes = e.target.value;
                update((d) => ({ ...d, mobility: { ...d.mobility, maxTravelMinutes } }));
              }}
            />
            {travelError && <small className="error">{t(messageKey(travelError))}</small>}
          </label>
        </section>
      </div>

      {listSection('references')}

      {replaced.length > 0 && (
        <p className="notice cv-pdf-notice">
          {t('cv.pdf.replaced', {
            chars: replaced.map((r) => r.from).join(' '),
            example: replaced.map((r) => `${r.from} → ${r.to}`).join(', '),
          })}
        </p>
      )}

      {recordId && reason.field}
      <div className="cv-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={status === 'saving'}
        >
          {status === 'saving' ? t('cv.saving') : t('cv.save')}
        </button>
        <span className="status" role="status" aria-live="polite">
          {status === 'saved' && <span className="ok">✓ {t('cv.saved')}</span>}
          {status === 'invalid' && <span className="error">{t('cv.invalid')}</span>}
          {status === 'failed' && <span className="error">{failure}</span>}
          {status === 'idle' && dirty && <span className="muted">{t('cv.unsaved')}</span>}
        </span>
        {updatedAt && status !== 'invalid' && (
          <span className="muted small">
            {t('cv.lastSaved', {
              date: formatDayTime(updatedAt, language),
            })}
          </span>
        )}
        <div className="spacer" />
        <PdfDownload clientId={client.id} person={person} validCv={checked} />
        {recordId && (
          <HistoryButton
            clientId={client.id}
            kind={CV_KIND}
            loadCurrent={loadSavedCv}
            title={t('cv.title')}
          />
        )}
      </div>

      {dialog && (
        <ItemDialog
          listKey={dialog.key}
          initial={dialog.initial}
          isNew={dialog.isNew}
          onClose={() => setDialog(null)}
          onApply={(item) => {
            const { key, isNew } = dialog;
            changeList(key, (l) =>
              isNew ? [...l, item] : l.map((x) => (x.id === item.id ? item : x)),
            );
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
