import { useTranslation } from 'react-i18next';
import { formatDay } from '../../i18n/format';
import { useSession } from '../../state/session';
import { useRestriction } from './useRestriction';
import './restriction.css';

/**
 * Above every tab of a restricted dossier: why and since when, and what that means. The
 * vault refuses the writes; this says so before the coach tries.
 */
export function RestrictionBanner(props: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const setTab = useSession((s) => s.setTab);
  const state = useRestriction(props.clientId);
  if (state.status !== 'ready' || !state.restriction?.active) return null;
  const r = state.restriction;
  return (
    <div className="notice restriction-banner" role="status">
      <p>
        <strong>
          {t('restriction.banner', {
            date: formatDay(r.since.slice(0, 10), i18n.language),
            reason: r.reason,
          })}
        </strong>
      </p>
      <p>{t('restriction.bannerRules')}</p>
      <button type="button" className="ghost" onClick={() => setTab('privacy')}>
        {t('restriction.toPrivacy')}
      </button>
    </div>
  );
}
