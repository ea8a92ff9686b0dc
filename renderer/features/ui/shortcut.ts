/** Ctrl (Cmd on macOS) plus one letter, with no Shift or Alt: the app's own shortcuts. */
export const isCtrlShortcut = (e: KeyboardEvent, letter: string): boolean =>
  (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === letter;

/**
 * Alt (Option on macOS) plus one letter: shortcuts that work in the browser build too, where
 * the browser keeps Ctrl+N and friends for itself. Matched on the physical key, because
 * Option+N types a character on a Mac.
 */
export const isAltShortcut = (e: KeyboardEvent, letter: string): boolean =>
  e.altKey &&
  !e.ctrlKey &&
  !e.metaKey &&
  !e.shiftKey &&
  (e.code === `Key${letter.toUpperCase()}` || e.key.toLowerCase() === letter);

/** Whether a key press goes into a text field (where `?` is a character, not a command). */
export const isTypingTarget = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit'].includes(target.type)));
