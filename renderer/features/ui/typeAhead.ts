/**
 * Keys typed right after a shortcut that opens a text field, kept until the field exists.
 *
 * Alt+N (or Ctrl+N) opens the logbook composer, but only after the tab switch, a draft look-up
 * in the vault and a render: a coach who types at once would otherwise send the first
 * characters to the page (or to whatever field had focus), and lose them. Between the shortcut
 * and the field's mount every character key is taken here, before anything else sees it, and
 * handed to the field when it claims them. A click, Escape or a long wait ends the capture.
 */

export interface TypedAhead {
  /** The characters typed, Backspace applied, Enter as a new line. */
  text: string;
  /** Ctrl+Enter was pressed too: the field's form is to be saved once the text is in. */
  submit: boolean;
}

/** Nobody claimed the keys this long after the shortcut: stop taking them. */
export const TYPE_AHEAD_MAX_MS = 5000;

let pending: TypedAhead | null = null;
let capturing = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** A field already on screen that the shortcut should simply focus. */
let target: (() => void) | null = null;

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Dead']);

function onKey(e: KeyboardEvent) {
  if (!pending || pending.submit || e.isComposing) return;
  const p = pending;
  if (MODIFIERS.has(e.key)) return;
  if (e.key === 'Escape') {
    cancelTypeAhead();
    return;
  }
  const take = () => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key === 'Enter') {
    take();
    p.submit = true; // what follows a save is not part of this entry: it goes on as usual
    return;
  }
  // A character: no Ctrl/Cmd, except AltGr (Ctrl+Alt on Windows) which types one.
  const character = [...e.key].length === 1 && !e.metaKey && e.ctrlKey === e.altKey;
  if (character) {
    take();
    p.text += e.key;
  } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    take();
    p.text += '\n';
  } else if (e.key === 'Backspace' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    take();
    p.text = [...p.text].slice(0, -1).join('');
  }
  // Anything else (Tab, arrows, other shortcuts) goes on as usual.
}

function stopCapture() {
  if (!capturing) return;
  capturing = false;
  clearTimeout(timer);
  window.removeEventListener('keydown', onKey, true);
  window.removeEventListener('pointerdown', cancelTypeAhead, true);
}

/** Drops what was typed ahead: the coach clicked elsewhere, pressed Escape, or nobody came. */
export function cancelTypeAhead(): void {
  stopCapture();
  pending = null;
}

/**
 * Called by the shortcut, synchronously in its keydown handler. A field already on screen is
 * focused at once; otherwise keys are kept until `claimTypeAhead`.
 */
export function startTypeAhead(): void {
  cancelTypeAhead();
  if (target) {
    target();
    return;
  }
  pending = { text: '', submit: false };
  capturing = true;
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointerdown', cancelTypeAhead, true);
  timer = setTimeout(cancelTypeAhead, TYPE_AHEAD_MAX_MS);
}

/**
 * The field takes what was typed since the shortcut (null when no shortcut is waiting). Call
 * it in a layout effect and focus the field in the same task, so no key falls in between.
 */
export function claimTypeAhead(): TypedAhead | null {
  const claimed = pending;
  cancelTypeAhead();
  return claimed;
}

/** A mounted field the shortcut focuses directly. Returns the unregister function. */
export function registerTypeAheadTarget(focus: () => void): () => void {
  target = focus;
  return () => {
    if (target === focus) target = null;
  };
}
