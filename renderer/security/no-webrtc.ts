// Imported first by main.tsx, so it runs before any other module of the page (React, the
// vault, every dependency). WebRTC is the one way out of the page that the CSP does not
// cover: an RTCPeerConnection reaches any STUN/TURN server, carrying whatever it likes in the
// TURN username, and no violation is reported. Koers has no use for it, so the constructors
// are removed from the page before anything could take a copy.
//
// Electron additionally restricts WebRTC's network use (electron/webrtc.ts); this module is
// what also protects `npm run web`. The CSP refuses frames (frame-src, child-src 'none'), and
// a same-origin about:blank frame reached through contentWindow/contentDocument is cleaned
// the same way before the caller gets it.

/** Window globals that belong to WebRTC: RTCPeerConnection and everything around it. */
export function isWebRtcGlobal(name: string): boolean {
  return /^(webkit|moz)?RTC[A-Z]/.test(name);
}

type Realm = Window & typeof globalThis;

/** Removes every WebRTC global from `realm`; returns the names it removed. */
export function removeWebRtc(realm: Realm): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = Object.getOwnPropertyNames(realm);
  } catch {
    // A cross-origin window: its globals are not ours to read, nor the caller's.
    return removed;
  }
  for (const name of names) {
    if (!isWebRtcGlobal(name)) continue;
    // WebIDL interface objects are configurable, so delete succeeds; where it would not, the
    // value is overwritten instead, and the name is locked so nothing can put it back.
    const gone = Reflect.deleteProperty(realm, name);
    if (!gone || name in realm) {
      try {
        Object.defineProperty(realm, name, { value: undefined, writable: false });
      } catch {
        continue;
      }
    }
    removed.push(name);
  }
  return removed;
}

/** Wraps a frame element's contentWindow/contentDocument getter so the frame comes back clean. */
function cleanFramesOn(proto: object | undefined, realm: Realm): void {
  if (proto === undefined) return;
  for (const prop of ['contentWindow', 'contentDocument'] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, prop);
    const get = descriptor?.get;
    if (descriptor === undefined || get === undefined) continue;
    Object.defineProperty(proto, prop, {
      ...descriptor,
      get(this: Element): unknown {
        const value: unknown = get.call(this);
        const win =
          prop === 'contentWindow'
            ? (value as Realm | null)
            : ((value as Document | null)?.defaultView as Realm | null | undefined);
        if (win !== null && win !== undefined && win !== realm) removeWebRtc(win);
        return value;
      },
    });
  }
}

export function disableWebRtc(realm: Realm = window): void {
  removeWebRtc(realm);
  cleanFramesOn(realm.HTMLIFrameElement?.prototype, realm);
  cleanFramesOn(realm.HTMLFrameElement?.prototype, realm);
  cleanFramesOn(realm.HTMLObjectElement?.prototype, realm);
}

disableWebRtc();
