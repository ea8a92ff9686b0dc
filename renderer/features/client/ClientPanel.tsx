import { differenceInYears, format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { displayName, emptyClientInput, type Client } from '../../../shared/domain/client';
import { useSession } from '../../state/session';
import { ArchiveDialog } from './ArchiveDialog';
import { ClientForm } from './ClientForm';

export function ClientPanel() {
  const { t, i18n } = useTranslation();
  const {
    selectedId,
    creating,
    justCreatedId,
    clientsById,
    createClient,
    updateClient,
    setArchived,
    select,
  } = useSession();
  const client = selectedId ? clientsById[selectedId] : undefined;

  if (creating) {
    return (
      <section className="detail" aria-label={t('client.newTitle')}>
        <header className="detail-head">
          <h1>{t('client.newTitle')}</h1>
        </header>
        <ClientForm
          key="new"
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

  if (!client) {
    return (
      <section className="detail empty-detail">
        <p className="muted">{t('client.noneSelected')}</p>
      </section>
    );
  }

  return (
    <section className="detail" aria-label={displayName(client)}>
      <ClientHeader client={client} />
      {client.archived && client.archivedAt && (
        <p className="notice">
          {t('client.archivedBanner', {
            date: formatDate(client.archivedAt.slice(0, 10), i18n.language),
          })}
        </p>
      )}
      <ClientForm
        key={client.id + client.updatedAt}
        initial={client}
        isNew={false}
        initiallySaved={justCreatedId === client.id}
        onSave={async (fields) => {
          await updateClient(client.id, fields);
        }}
        actions={
          client.archived ? (
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
              onConfirm={() => void setArchived(client.id, true)}
            />
          )
        }
      />
    </section>
  );
}

function ClientHeader({ client }: { client: Client }) {
  const { t } = useTranslation();
  const age = client.geboortedatum
    ? differenceInYears(new Date(), parseISO(client.geboortedatum))
    : null;
  return (
    <header className="detail-head">
      <h1>{displayName(client)}</h1>
      <p className="muted">
        {[client.clientnummer, client.woonplaats, age !== null ? t('client.age', { age }) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </header>
  );
}

function formatDate(iso: string, language: string): string {
  return format(parseISO(iso), 'd MMMM yyyy', { locale: language === 'en' ? enGB : nl });
}
