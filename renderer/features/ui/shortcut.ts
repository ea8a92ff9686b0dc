/** Ctrl (Cmd on macOS) plus one letter, with no Shift or Alt: the app's own shortcuts. */
export const isCtrlShortcut = (e: KeyboardEvent, letter: string): boolean =>
  (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === letter;
