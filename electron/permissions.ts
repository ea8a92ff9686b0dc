// Koers needs no camera, microphone, location, notifications, clipboard reads, HID/USB/serial
// or screen capture. Electron grants every permission unless the app says otherwise, so deny
// all of them; the single exception keeps the vault from being evicted under disk pressure.
import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

const ALLOWED_FOR_APP: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return ALLOWED_FOR_APP.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
