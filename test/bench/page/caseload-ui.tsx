import { createRoot } from 'react-dom/client';
import { compareEntries, toCaseloadEntry } from '../../../shared/domain/caseload-search';
import { CaseloadPane } from '../../../renderer/features/caseload/CaseloadPane';
import { i18nReady } from '../../../renderer/app/i18n';
// The features' messages come with the unlocked app's chunk; this page renders features.
import '../../../renderer/app/i18n-features';
import { useSession } from '../../../renderer/state/session';
import { syntheticClients } from '../../fixtures/synthetic-clients';
// The virtualiser sizes itself from the real layout, so the app's CSS must be there.
import '../../../renderer/styles.css';

/**
 * The caseload as the coach sees it, with 1,000 clients in the store: each keystroke is
 * timed from the input event until React has committed the filtered list to the DOM.
 */
export async function uiKeystrokes(): Promise<number[]> {
  await i18nReady;
  const clients = syntheticClients(1000).map((c, i) => ({
    ...c,
    id: `id${i}`,
    archived: false,
    archivedAt: null,
    createdAt: '',
    updatedAt: '',
  }));
  useSession.setState({
    status: 'unlocked',
    entries: clients.map(toCaseloadEntry).sort(compareEntries),
  });
  const host = document.createElement('div');
  host.style.height = '800px';
  host.style.display = 'flex';
  document.body.append(host);
  const root = createRoot(host);
  root.render(<CaseloadPane />);
  // Production React has no act(): wait until the pane's first render is in the DOM.
  const deadline = performance.now() + 10_000;
  while (!host.querySelector('[role=listbox] [role=option]')) {
    if (performance.now() > deadline) throw new Error('caseload pane rendered no rows');
    await new Promise((r) => setTimeout(r, 10));
  }
  const input = host.querySelector('input[type=search]') as HTMLInputElement;
  const list = host.querySelector('[role=listbox]') as HTMLElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const times: number[] = [];
  for (const word of ['vries', 'utrecht', 'k-01', 'jan', 'bakker']) {
    for (let i = 1; i <= word.length + 1; i++) {
      const q = i <= word.length ? word.slice(0, i) : '';
      // Done when the deferred render for this query has committed to the DOM.
      const changed = new Promise<void>((resolve, reject) => {
        const obs = new MutationObserver(() => {
          if (list.dataset.query !== q) return;
          obs.disconnect();
          resolve();
        });
        obs.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        setTimeout(() => reject(new Error(`no render for "${q}" within 5 s`)), 5000);
      });
      const t0 = performance.now();
      setValue?.call(input, q);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      times.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
  }
  root.unmount();
  host.remove();
  return times;
}
