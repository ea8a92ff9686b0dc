import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ROLE_SCREENS, type OfficeScreen, type StaffSession } from '../../../shared/sync/staff-api';
import { officeApi, OfficeError, type OfficeApi } from './api';
import { ErrorBox } from './common';
import { useI18n, type Language } from './i18n';
import { Caseload } from './screens/Caseload';
import { Deadlines } from './screens/Deadlines';
import { Devices } from './screens/Devices';
import { Hours } from './screens/Hours';
import { SignIn } from './screens/SignIn';
import { Setup } from './screens/Setup';
import { Staff } from './screens/Staff';

type Phase =
  | { name: 'booting' }
  | { name: 'unreachable'; error: unknown }
  | { name: 'signed-out'; expired: boolean }
  | { name: 'setup' }
  | { name: 'signed-in'; session: StaffSession };

const SCREENS: Record<OfficeScreen, (p: { api: OfficeApi; me: string }) => React.JSX.Element> = {
  caseload: Caseload,
  deadlines: Deadlines,
  hours: Hours,
  devices: Devices,
  staff: Staff,
};

const screenFromHash = (allowed: readonly OfficeScreen[]): OfficeScreen | null => {
  const wanted = window.location.hash.replace(/^#\/?/, '');
  return allowed.find((s) => s === wanted) ?? allowed[0] ?? null;
};

/** Where the page starts: first-administrator setup, the signed-in screens, or sign-in. */
async function startPhase(api: OfficeApi): Promise<{ phase: Phase; firstAdministrator: boolean }> {
  try {
    const setup = await api.setupState();
    if (setup.firstAdministrator) return { phase: { name: 'setup' }, firstAdministrator: true };
    return {
      phase: { name: 'signed-in', session: await api.me() },
      firstAdministrator: false,
    };
  } catch (error) {
    if (error instanceof OfficeError && error.kind === 'unreachable') {
      return { phase: { name: 'unreachable', error }, firstAdministrator: false };
    }
    // No session (401) or anything else: the sign-in form explains the rest.
    return { phase: { name: 'signed-out', expired: false }, firstAdministrator: false };
  }
}

export function App() {
  const i18n = useI18n();
  const { t } = i18n;
  const [phase, setPhase] = useState<Phase>({ name: 'booting' });
  const [firstAdministrator, setFirstAdministrator] = useState(false);
  const api = useMemo(() => officeApi(() => setPhase({ name: 'signed-out', expired: true })), []);

  const boot = useCallback(() => {
    void startPhase(api).then(({ phase: next, firstAdministrator: first }) => {
      setFirstAdministrator(first);
      setPhase(next);
    });
  }, [api]);

  useEffect(boot, [boot]);

  return (
    <>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top">
        <span className="brand">
          {t('appName')}
          {phase.name === 'signed-in' && (
            <span className="office-name"> · {phase.session.officeName}</span>
          )}
        </span>
        {phase.name === 'signed-in' && (
          <SignedInBar
            session={phase.session}
            api={api}
            onOut={() => setPhase({ name: 'signed-out', expired: false })}
          />
        )}
        <LanguageSwitch value={i18n.language} onChange={i18n.setLanguage} />
      </header>
      {phase.name === 'signed-in' ? (
        <Shell session={phase.session} api={api} />
      ) : (
        <main id="main" tabIndex={-1}>
          {phase.name === 'booting' && <p role="status">{t('loading')}</p>}
          {phase.name === 'unreachable' && (
            <>
              <h1>{t('appName')}</h1>
              <ErrorBox
                error={phase.error}
                onRetry={() => {
                  setPhase({ name: 'booting' });
                  boot();
                }}
              />
            </>
          )}
          {phase.name === 'signed-out' && (
            <SignIn
              api={api}
              reason={phase.expired ? t('error.sessionExpired') : null}
              firstAdministrator={firstAdministrator}
              onSignedIn={(session) => setPhase({ name: 'signed-in', session })}
              onSetup={() => setPhase({ name: 'setup' })}
            />
          )}
          {phase.name === 'setup' && (
            <Setup
              api={api}
              firstAdministrator={firstAdministrator}
              onDone={() => {
                setFirstAdministrator(false);
                setPhase({ name: 'signed-out', expired: false });
              }}
            />
          )}
        </main>
      )}
    </>
  );
}

function SignedInBar({
  session,
  api,
  onOut,
}: {
  session: StaffSession;
  api: OfficeApi;
  onOut: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="who">
      <span>{t('signedInAs', { name: session.name, role: t(`role.${session.role}`) })}</span>
      <button
        type="button"
        onClick={() => {
          // Signing out forgets the session here whatever the office answers.
          api
            .signOut()
            .catch(() => undefined)
            .finally(onOut);
        }}
      >
        {t('signOut')}
      </button>
    </div>
  );
}

function LanguageSwitch({ value, onChange }: { value: Language; onChange: (l: Language) => void }) {
  const { t } = useI18n();
  return (
    <div className="lang">
      <label htmlFor="office-language">{t('language')}</label>
      <select
        id="office-language"
        value={value}
        onChange={(e) => onChange(e.target.value === 'en' ? 'en' : 'nl')}
      >
        <option value="nl" lang="nl">
          Nederlands
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}

/** Navigation and the screen: only the screens the signed-in role may see. */
function Shell({ session, api }: { session: StaffSession; api: OfficeApi }) {
  const { t } = useI18n();
  const allowed: readonly OfficeScreen[] = ROLE_SCREENS[session.role];
  const [screen, setScreen] = useState<OfficeScreen | null>(() => screenFromHash(allowed));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const onHash = () => setScreen(screenFromHash(allowed));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [allowed]);

  useEffect(() => {
    // After a move between screens the heading takes the focus, so a screen reader says
    // where the user landed; not on first load, where the browser's own focus is right.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [screen]);

  const Screen = screen ? SCREENS[screen] : null;
  return (
    <>
      {allowed.length > 0 && (
        <nav aria-label={t('mainNav')} className="tabs">
          <ul>
            {allowed.map((s) => (
              <li key={s}>
                <a href={`#/${s}`} aria-current={s === screen ? 'page' : undefined}>
                  {t(`screen.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>
          {screen ? t(`screen.${screen}`) : t('appName')}
        </h1>
        {Screen ? <Screen key={screen} api={api} me={session.id} /> : <p>{t('noScreens')}</p>}
      </main>
    </>
  );
}
