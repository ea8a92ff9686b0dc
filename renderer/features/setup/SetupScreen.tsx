import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/passphrase-rules';
import { errorKey, useSession } from '../../state/session';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Logo } from '../ui/Logo';
import { CrackTime } from '../ui/CrackTime';
import { PassphraseMeter } from './PassphraseMeter';
import { passphraseProblem } from '../ui/passphrase-problem';
import { PASSPHRASE_AUTOCOMPLETE } from '../ui/passphrase-field';
import {
  assessPassphraseNow,
  loadPassphrasePolicy,
  PENDING_ASSESSMENT,
  usePassphraseAssessment,
} from '../ui/usePassphraseAssessment';

// No vault yet: the meter is the first thing this screen needs, so its dictionary is fetched
// as soon as the screen's own chunk runs, alongside React's first render of it.
void loadPassphrasePolicy().catch(() => undefined);

/** `footer`: another way to begin, under the form (the app offers the demo there). */
export function SetupScreen({ footer }: { footer?: ReactNode } = {}) {
  const { t, i18n } = useTranslation();
  const setup = useSession((s) => s.setup);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const assessment = usePassphraseAssessment(passphrase) ?? PENDING_ASSESSMENT;

  const problem = passphraseProblem(t, assessment, passphrase, repeat);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    // Judged with the dictionary even if the meter has not had it yet.
    if (passphraseProblem(t, await assessPassphraseNow(passphrase), passphrase, repeat)) return;
    setBusy(true);
    setError(null);
    try {
      await setup(passphrase);
    } catch (err) {
      setError(t(errorKey(err)));
      setBusy(false);
    }
  }

  return (
    <main className="gate">
      <form className="gate-card" onSubmit={submit} autoComplete="off" noValidate>
        <div className="gate-top">
          <Logo />
          <LanguageSwitch />
        </div>
        <h1>{t('setup.title')}</h1>
        <p className="muted">{t('setup.intro')}</p>
        <label className="field">
          <span>{t('setup.passphrase')}</span>
          <input
            type="password"
            autoComplete={PASSPHRASE_AUTOCOMPLETE}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
            autoFocus
          />
        </label>
        <PassphraseMeter assessment={assessment} />
        {passphrase && <CrackTime assessment={assessment} />}
        {passphrase &&
          !assessment.acceptable &&
          i18n.language === 'nl' &&
          assessment.hints.length > 0 && (
            <ul className="hints">
              {assessment.hints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          )}
        <label className="field">
          <span>{t('setup.repeat')}</span>
          <input
            type="password"
            autoComplete={PASSPHRASE_AUTOCOMPLETE}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            disabled={busy}
          />
        </label>
        <p className="muted small">{t('setup.tip')}</p>
        {(submitted || (passphrase.length >= MIN_PASSPHRASE_LENGTH && repeat.length > 0)) &&
          problem && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          {busy ? t('setup.creating') : t('setup.create')}
        </button>
        {!busy && footer}
      </form>
    </main>
  );
}
