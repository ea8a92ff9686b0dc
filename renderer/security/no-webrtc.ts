// Imported first by main.tsx, so it runs before any other module of the page (React, the
// vault, every dependency). WebRTC is the one way out of the page that the CSP does not
// cover: an RTCPeerConnection reaches any STUN/TURN server, carrying whatever it likes in the
// TURN username, and no violation is reported. Koers has no use for it, so the constructors
// are removed from the page before anything could take a copy.
//
// Electron additionally restricts WebRTC's network use (electron/webrtc.ts); this module is
// what also protects `npm run web`. A frame would be a fresh window with its own constructors,
// and the CSP's frame-src 'none' does not stop an about:blank or srcdoc frame. Koers has no
// frames, so none are let into the document: every way of inserting a node strips frame
// elements first, the HTML-string setters strip them after parsing, contentWindow and
// contentDocument clean whatever they return, and window.open never hands back a window.

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

export const FRAME_SELECTOR = 'iframe, frame, object, embed, portal, fencedframe';

// Shadow roots hide their content from querySelector; Koers makes none, so they are only
// walked once one exists (closed ones are remembered when attachShadow makes them).
const shadowRoots = new WeakMap<Element, ShadowRoot>();
let shadowRootsExist = false;

/** Removes frame elements from `node` and its subtree, shadow roots included. */
function stripFrames(node: unknown): void {
  if (!(node instanceof Node) || node.nodeType === Node.TEXT_NODE) return;
  if (node instanceof Element && node.matches(FRAME_SELECTOR)) {
    node.remove();
    return;
  }
  if (!(node instanceof Element || node instanceof DocumentFragment || node instanceof Document))
    return;
  for (const frame of node.querySelectorAll(FRAME_SELECTOR)) frame.remove();
  if (!shadowRootsExist) return;
  const hosts =
    node instanceof Element
      ? [node, ...node.querySelectorAll('*')]
      : [...node.querySelectorAll('*')];
  for (const host of hosts) {
    const root = host.shadowRoot ?? shadowRoots.get(host);
    if (root !== null && root !== undefined) stripFrames(root);
  }
}

/** A frame element on its own is not inserted at all; anything else loses its frames first. */
function insertable(node: unknown): boolean {
  if (node instanceof Element && node.matches(FRAME_SELECTOR)) return false;
  stripFrames(node);
  return true;
}

type AnyMethod = (this: unknown, ...args: unknown[]) => unknown;

function wrapMethod(
  proto: object | undefined,
  name: string,
  wrap: (original: AnyMethod) => AnyMethod,
): void {
  if (proto === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  if (typeof descriptor?.value !== 'function') return;
  Object.defineProperty(proto, name, { ...descriptor, value: wrap(descriptor.value as AnyMethod) });
}

function wrapSetter(proto: object | undefined, name: string): void {
  if (proto === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  const set = descriptor?.set;
  if (descriptor === undefined || set === undefined) return;
  Object.defineProperty(proto, name, {
    ...descriptor,
    set(this: Node, value: unknown) {
      const parent = this.parentNode;
      set.call(this, value);
      // outerHTML replaces the element itself: its frames land in the parent.
      stripFrames(name === 'outerHTML' ? parent : this);
    },
  });
}

/** No frame ever joins the document, whatever the insertion route. */
function refuseFrames(realm: Realm): void {
  const nodeArgs = (original: AnyMethod): AnyMethod =>
    function (this: unknown, ...args: unknown[]) {
      return original.apply(this, args.filter(insertable));
    };
  // appendChild(frame) must still return its argument; the frame is simply not inserted.
  const firstArg = (original: AnyMethod): AnyMethod =>
    function (this: unknown, ...args: unknown[]) {
      return insertable(args[0]) ? original.apply(this, args) : args[0];
    };
  const afterwards = (original: AnyMethod): AnyMethod =>
    function (this: unknown, ...args: unknown[]) {
      // setHTMLUnsafe can make declarative shadow roots.
      shadowRootsExist = true;
      const result = original.apply(this, args);
      stripFrames(this instanceof Node ? (this.parentNode ?? this) : realm.document);
      stripFrames(realm.document);
      return result;
    };
  const { Node: N, Element: E, Document: D, DocumentFragment: F, CharacterData: C } = realm;
  for (const name of ['appendChild', 'insertBefore', 'replaceChild']) {
    wrapMethod(N.prototype, name, firstArg);
  }
  for (const proto of [E.prototype, D.prototype, F.prototype, C.prototype]) {
    for (const name of ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren']) {
      wrapMethod(proto, name, nodeArgs);
    }
  }
  wrapMethod(
    E.prototype,
    'insertAdjacentElement',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        return insertable(args[1]) ? original.apply(this, args) : null;
      },
  );
  wrapMethod(
    E.prototype,
    'attachShadow',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const root = original.apply(this, args);
        shadowRootsExist = true;
        if (this instanceof Element && root instanceof ShadowRoot) shadowRoots.set(this, root);
        return root;
      },
  );
  wrapMethod(realm.Range.prototype, 'insertNode', firstArg);
  wrapMethod(realm.Range.prototype, 'surroundContents', firstArg);
  for (const name of ['insertAdjacentHTML', 'setHTMLUnsafe']) {
    wrapMethod(E.prototype, name, afterwards);
    wrapMethod(realm.ShadowRoot.prototype, name, afterwards);
  }
  for (const name of ['write', 'writeln', 'execCommand']) wrapMethod(D.prototype, name, afterwards);
  for (const name of ['innerHTML', 'outerHTML']) wrapSetter(E.prototype, name);
  wrapSetter(realm.ShadowRoot.prototype, 'innerHTML');
  // A browser tab may open windows (a decrypted copy in a new tab), but never hand one back:
  // a same-origin popup would be a fresh window too. Electron denies window.open in main.
  const open = realm.open.bind(realm);
  realm.open = (url?: string | URL, target?: string, features?: string) => {
    open(url, target ?? '_blank', features ? `${features},noopener` : 'noopener');
    return null;
  };
}

export function disableWebRtc(realm: Realm = window): void {
  removeWebRtc(realm);
  refuseFrames(realm);
  cleanFramesOn(realm.HTMLIFrameElement?.prototype, realm);
  cleanFramesOn(realm.HTMLFrameElement?.prototype, realm);
  cleanFramesOn(realm.HTMLObjectElement?.prototype, realm);
}

disableWebRtc();
