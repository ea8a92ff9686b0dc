import { DEFAULT_REQUEST_TERM, type RequestTerm } from '../../shared/domain/requests';
import { services } from './services';

/** The firm's settings for the request register (the dossier tab, the settings dialog). */
export interface RequestSettings {
  term: RequestTerm;
  feeForRepeat: boolean;
}

/** With their defaults: 1 month (AVG art. 12(3)) and no fee. */
export async function loadRequestSettings(): Promise<RequestSettings> {
  const s = await services().settings.load();
  return { term: s.requestTerm ?? DEFAULT_REQUEST_TERM, feeForRepeat: s.feeForRepeat ?? false };
}

export const saveRequestSettings = (s: RequestSettings): Promise<void> =>
  services().settings.save({ requestTerm: s.term, feeForRepeat: s.feeForRepeat });
