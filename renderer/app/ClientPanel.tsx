import { differenceInYears, parseISO } from 'date-fns';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, emptyClientInput, type Client } from '../../shared/domain/client';
import { DOSSIER_TABS, useSession, type DossierTab } from '../state/session';
import { CvTab } from '../features/cv/CvTab';
import { Dashboard } from '../features/dashboard/Dashboard';
import { DocumentsTab } from '../features/documents/DocumentsTab';
import { HealthTab } from '../features/health/HealthTab';
import { PrivacyTab } from '../features/privacy/PrivacyTab';
import { ErasureSection } from '../features/erasure/ErasureSection';
import { ExportSection } from '../features/export/ExportSection';
import { RequestsTab } from '../features/requests/RequestsTab';
import { ObjectionSection } from '../features/restriction/ObjectionSection';
import { RestrictionBanner } from '../features/restriction/RestrictionBanner';
import { RestrictionSection } from '../features/restriction/RestrictionSection';
import { useIsRestricted } from '../features/restriction/useRestriction';
import { OriginsSection } from '../features/recipients/OriginsSection';
import { RecipientsSection } from '../features/recipients/RecipientsSection';
import { AuditViewer } from '../features/audit/AuditViewer';
import { ConsentRegister } from '../features/consent/ConsentRegister';
import { LogbookTab } from '../features/logbook/LogbookTab';
import { PoortwachterTab } from '../features/poortwachter/PoortwachterTab';
import { SessionModeEntry } from '../features/session-mode/SessionModeEntry';
import { TrajectoryTab } from '../features/trajectory/TrajectoryTab';
import { isAltShortcut, isCtrlShortcut } from '../features/ui/shortcut';
import { startTypeAhead } from '../features/ui/typeAhead';
import { Tabs } from '../features/ui/Tabs';
import { ArchiveDialog } from '../features/client/ArchiveDialog';
import { ClientForm } from '../features/client/ClientForm';
import { formatDay } from '../i18n/format';
import type { MessageKey } from '../i18n/keys';

export function ClientPanel() {
  const { t, i18n } = useTranslation();
  const {
    selectedId,
    creating,
    justCreatedId,
    tab,
    setTab,
    clientsById,
    createClient,
    updateClient,
    setArchived,
    select,
    sessionMode,
    createRun,
    createResumed,
  } = useSession();
  const client = selectedId ? clientsById[selectedId] : undefined;
  // Archiving is a change too: not offered while processing is restricted (AVG art. 18).
  const restricted = useIsRestricted(selectedId ?? '');
  const requestCompose = useSession((s) => s.requestCompose);
  const hasClient = client !== undefined;

  // Ctrl+N (desktop) or Alt+N (also in a browser, which keeps Ctrl+N) anywhere in an open
  // dossier starts a logbook entry.
  useEffect(() => {
    if (!hasClient) return;
    const onKey = (e: KeyboardEvent) => {
      if (isCtrlShortcut(e, 'n') || isAltShortcut(e, 'n')) {
        e.preventDefault();
        requestCompose();
        // The composer opens after a draft look-up and a render: keys typed meanwhile are
        // kept for it, not lost to the page (refused in session mode without the logbook).
        if (useSession.getState().tab === 'logbook') startTypeAhead();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hasClient, requestCompose]);

  if (creating) {
    return (
      <section className="detail" aria-label={t('client.newTitle')}>
        <header className="detail-head">
          <h1>{t('client.newTitle')}</h1>
        </header>
        <ClientForm
          // A fresh form for every "+ Nieuwe cliënt": nothing of an earlier attempt stays.
          key={`new-${createRun}`}
          clientId={null}
          // Only the form unlock reopened brings back what was typed before the lock.
          fresh={!createResumed}
          initial={emptyClientInput()}
          isNew
          onSave={async (fields) => {
            await createClient(fields);
          }}
          onCancel={() => select(null)}
        />
      </section>
    );
  }

  // The overview lists every client: never in session mode, whatever happened to this one.
  if (!client) return sessionMode ? null : <Dashboard />;
  // In session mode only the tabs the coach chose to share exist.
  const tabs = DOSSIER_TABS.filter((key) => !sessionMode || sessionMode.shared.includes(key));
  const shown = tabs.includes(tab) ? tab : null;

  return (
    <section className="detail" aria-label={displayName(client)}>
      <ClientHeader client={client} />
      {client.archived && client.archivedAt && (
        <p className="notice">
          {t('client.archivedBanner', {
            date: formatDay(client.archivedAt.slice(0, 10), i18n.language),
          })}
        </p>
      )}
      <RestrictionBanner clientId={client.id} />
      <Tabs
        label={t('client.dossier')}
        active={tab}
        onChange={setTab}
        tabs={tabs.map((key) => ({ key, label: t(TAB_LABELS[key]) }))}
      >
        {shown === null && <p className="muted">{t('sessionMode.nothingShared')}</p>}
        {shown === 'personalia' && (
          <ClientForm
            key={client.id + client.updatedAt}
            clientId={client.id}
            initial={client}
            isNew={false}
            initiallySaved={justCreatedId === client.id}
            onSave={async (fields, note) => {
              await updateClient(client.id, fields, note);
            }}
            actions={
              sessionMode || restricted ? undefined : client.archived ? (
                <button
                  type="button"
                  className="ghost"
                  onClick={() => void setArchived(client.id, false)}
                >
                  {t('client.unarchive')}
                </button>
              ) : (
                <ArchiveDialog
                  name={displayName(client)}
                  client={client}
                  onConfirm={() => void setArchived(client.id, true)}
                />
              )
            }
          />
        )}
        {shown === 'logbook' && <LogbookTab client={client} />}
        {shown === 'cv' && <CvTab client={client} />}
        {shown === 'poortwachter' && <PoortwachterTab client={client} />}
        {shown === 'trajectory' && <TrajectoryTab client={client} />}
        {shown === 'documents' && <DocumentsTab client={client} />}
        {shown === 'health' && <HealthTab client={client} />}
        {shown === 'privacy' && (
          <PrivacyTab
            consent={<ConsentRegister client={client} />}
            audit={<AuditViewer clientId={client.id} />}
            exportAction={<ExportSection client={client} />}
            recipients={<RecipientsSection clientId={client.id} />}
            origins={<OriginsSection clientId={client.id} />}
            erasure={sessionMode ? undefined : <ErasureSection client={client} />}
            restriction={<RestrictionSection clientId={client.id} />}
            objections={<ObjectionSection clientId={client.id} />}
          />
        )}
        {shown === 'requests' && <RequestsTab client={client} />}
      </Tabs>
    </section>
  );
}

const TAB_LABELS: Record<DossierTab, MessageKey> = {
  personalia: 'client.sections.personalia',
  logbook: 'logbook.title',
  cv: 'cv.title',
  poortwachter: 'poortwachter.title',
  trajectory: 'trajectory.title',
  documents: 'documents.title',
  health: 'health.title',
  privacy: 'privacy.title',
  requests: 'requests.title',
};

function ClientHeader({ client }: { client: Client }) {
  const { t } = useTranslation();
  const age = client.geboortedatum
    ? differenceInYears(new Date(), parseISO(client.geboortedatum))
    : null;
  return (
    <header className="detail-head with-actions">
      <div>
        <h1>{displayName(client)}</h1>
        <p className="muted">
          {[client.clientnummer, client.woonplaats, age !== null ? t('client.age', { age }) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <SessionModeEntry clientId={client.id} />
    </header>
  );
}
