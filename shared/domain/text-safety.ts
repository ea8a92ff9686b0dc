/**
 * Characters a name must never hold (security review, issue 9, item 10). They either do not
 * show (so two clients that look identical are not, or a name looks empty), or they change
 * how the text around them is shown:
 * - control characters (C0, DEL, C1), including tab and newline in a one-line field;
 * - lone surrogates: half a character, which no file, PDF or search can represent;
 * - bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the
 *   direction marks (U+200E, U+200F, U+061C), which can make "Jan" read as "naJ" in a list,
 *   a PDF or a file name; a name typed in Arabic or Hebrew needs none of them;
 * - zero-width spaces and joiners that only ever hide (U+200B, U+2060, U+FEFF, U+180E).
 * Zero-width (non-)joiners (U+200C, U+200D) stay allowed inside a name: Persian and Indic
 * names need them. A value of nothing but invisible characters is refused separately.
 */
const UNSAFE =
  /[\p{Cc}\p{Cs}\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u180E]/u;

/**
 * Invisible or blank: white space, format characters (\p{Cf}), combining grapheme joiner,
 * variation selectors, Hangul fillers, braille blank. A name made only of these is empty.
 */
const BLANK = /^[\s\p{Cf}]$/u;
const FILLERS = new Set([0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x2800, 0x3164, 0xffa0]);
// Checked one code point at a time: several of these combine with their neighbours, so a
// regex character class of them would be misleading.
const isInvisible = (ch: string): boolean => {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    BLANK.test(ch) ||
    FILLERS.has(cp) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
};

/** Whether the text holds a character a name must not hold (see above). */
export const hasUnsafeCharacters = (s: string): boolean => UNSAFE.test(s);

/** Whether the text is non-empty but shows nothing. */
export const isInvisibleOnly = (s: string): boolean => s.length > 0 && [...s].every(isInvisible);

/** The i18n key of the first problem with a one-line name, or null when it is fine. */
export const nameProblem = (
  s: string,
): 'validation.unsafeCharacters' | 'validation.invisible' | null =>
  hasUnsafeCharacters(s)
    ? 'validation.unsafeCharacters'
    : isInvisibleOnly(s)
      ? 'validation.invisible'
      : null;
