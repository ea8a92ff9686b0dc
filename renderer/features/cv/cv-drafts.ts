import type { Cv } from '../../../shared/domain/cv';
import { useSession } from '../../state/session';

/** The CV as the tab edits it: the travel time is the text in its field until saved. */
export type CvDraft = Omit<Cv, 'mobility'> & {
  mobility: Omit<Cv['mobility'], 'maxTravelMinutes'> & { maxTravelMinutes: string };
};

export const toDraft = (cv: Cv): CvDraft => ({
  ...cv,
  mobility: {
    ...cv.mobility,
    maxTravelMinutes:
      cv.mobility.maxTravelMinutes === null ? '' : String(cv.mobility.maxTravelMinutes),
  },
});

export interface UnsavedCv {
  draft: CvDraft;
  recordId: string | undefined;
  updatedAt: string | null;
}

/**
 * Unsaved CV edits survive switching tabs or clients, in memory only: never written
 * anywhere, and forgotten the moment the vault locks, like every other decrypted value.
 */
const unsaved = new Map<string, UnsavedCv>();

useSession.subscribe((s) => {
  if (s.status !== 'unlocked') unsaved.clear();
});

export const unsavedCv = (clientId: string): UnsavedCv | undefined => unsaved.get(clientId);

/** Remembers the tab's unsaved edits when it closes; `null` when everything is saved. */
export function keepUnsaved(clientId: string, u: UnsavedCv | null): void {
  if (!u) unsaved.delete(clientId);
  // The tab unmounts after a lock has already cleared the map; do not refill it then.
  else if (useSession.getState().status === 'unlocked') unsaved.set(clientId, u);
}
