// The window only ever shows koers://app/index.html and routes inside it; the renderer has no
// reason to navigate or open windows, so every attempt is refused. An allowed external link
// is handed to the OS browser instead of being loaded in a window that has the bridge.
import type { WebContents } from 'electron';
import { allowedExternalUrl } from './external-links';

export type OpenExternal = (url: string) => Promise<void>;

/** Opens `raw` in the browser if it is on the allowlist; returns whether it did. */
export function openExternalIfAllowed(raw: string, openExternal: OpenExternal): boolean {
  const url = allowedExternalUrl(raw);
  if (url === null) return false;
  // A failed launch of the browser is not the renderer's business.
  openExternal(url).catch(() => undefined);
  return true;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardNavigation(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openExternalIfAllowed(event.url, openExternal);
  });
  // will-navigate covers only the top frame; Koers has no iframes, so an injected one goes
  // nowhere either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, openExternal);
    return { action: 'deny' };
  });
}
