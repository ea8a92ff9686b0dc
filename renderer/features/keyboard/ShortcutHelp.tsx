import type { MessageKey } from '../../i18n/keys';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../ui/shortcut';
import { Modal } from '../ui/Modal';

const SHORTCUTS: { keys: string[][]; label: MessageKey }[] = [
  {
    keys: [
      ['Alt', 'N'],
      ['Ctrl', 'N'],
    ],
    label: 'keyboard.help.newContact',
  },
  { keys: [['Ctrl', 'Enter']], label: 'keyboard.help.save' },
  { keys: [['Ctrl', 'L']], label: 'keyboard.help.lock' },
  { keys: [['↑'], ['↓']], label: 'keyboard.help.caseload' },
  { keys: [['Enter']], label: 'keyboard.help.searchEnter' },
  { keys: [['?']], label: 'keyboard.help.help' },
];

/** `?` (outside a text field) shows every shortcut of the app. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Modal open={open} onClose={() => setOpen(false)} title={t('keyboard.help.title')}>
      <table className="shortcut-help">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                {s.keys.map((combo, i) => (
                  <span key={combo.join('+')}>
                    {i > 0 && <span className="muted"> {t('keyboard.help.or')} </span>}
                    {combo.map((k, j) => (
                      <span key={k}>
                        {j > 0 && '+'}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td>{t(s.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => setOpen(false)}>
          {t('keyboard.help.close')}
        </button>
      </div>
    </Modal>
  );
}
