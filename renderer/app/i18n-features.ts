import i18next from 'i18next';
import { messages as cv } from '../features/cv/i18n';
import { messages as dashboard } from '../features/dashboard/i18n';
import { messages as documents } from '../features/documents/i18n';
import { messages as logbook } from '../features/logbook/i18n';
import { messages as poortwachter } from '../features/poortwachter/i18n';
import { messages as trajectory } from '../features/trajectory/i18n';
import { messages as audit } from '../features/audit/i18n';
import { messages as compartment } from '../features/compartment/i18n';
import { messages as consent } from '../features/consent/i18n';
import { messages as health } from '../features/health/i18n';
import { messages as privacy } from '../features/privacy/i18n';
import { messages as erasure } from '../features/erasure/i18n';
import { messages as sessionMode } from '../features/session-mode/i18n';
import { messages as keyboard } from '../features/keyboard/i18n';
import { messages as exportMessages } from '../features/export/i18n';
import { messages as requests } from '../features/requests/i18n';
import { messages as recipients } from '../features/recipients/i18n';
import { messages as history } from '../features/ui/history/i18n';
import { messages as backup } from '../features/backup/i18n';
import { messages as retention } from '../features/dashboard/retention-i18n';
import { messages as sync } from '../features/sync/i18n';
import { messages as restriction } from '../features/restriction/i18n';
import { messages as financial } from '../features/trajectory/i18n-financial';
import { i18nReady } from './i18n';

/**
 * The features' messages that no screen before unlock uses. Added to i18next when the unlocked
 * app's chunk loads (UnlockedApp imports this module), so they are not in the lock screen's
 * script (issue 11: ready to type in 300 ms). i18n.ts types `t()` over them too.
 */
export const featureMessages = (lang: 'nl' | 'en') => ({
  ...cv[lang],
  ...dashboard[lang],
  ...documents[lang],
  ...logbook[lang],
  ...poortwachter[lang],
  ...trajectory[lang],
  ...audit[lang],
  ...compartment[lang],
  ...consent[lang],
  ...health[lang],
  ...privacy[lang],
  ...erasure[lang],
  ...sessionMode[lang],
  ...keyboard[lang],
  ...exportMessages[lang],
  ...requests[lang],
  ...recipients[lang],
  ...history[lang],
  ...backup[lang],
  ...retention[lang],
  ...sync[lang],
  ...restriction[lang],
  ...financial[lang],
});

// i18next's store exists once i18n.ts has called init, which its import above guarantees;
// the messages are there before any component of this chunk renders.
for (const lang of ['nl', 'en'] as const)
  i18next.addResourceBundle(lang, 'translation', featureMessages(lang), true, true);

/** Resolves once every screen's messages are there (for pages outside the app: the benches). */
export const allMessagesReady: Promise<unknown> = i18nReady;
