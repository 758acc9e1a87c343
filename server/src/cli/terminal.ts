/**
 * Text from a plan on a terminal: a plan may hold control characters and
 * escape sequences (ESC [2J clears the screen, ESC ] sets the window's
 * title, U+202E turns the rest of a line around), and the command prints
 * its values in messages, in the list of fixes and in reports. They are
 * shown escaped, as JSON writes them (\u001b), never sent to the terminal.
 */

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, and the
 * bidirectional embeddings, overrides and isolates.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character escaped (\u001b), but those in `keep` ("\n\t"). */
export function escapeControls(text: string, keep = ""): string {
  return text.replace(CONTROLS, (c) => (keep.includes(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** The longest text the list of fixes quotes whole; longer ones are cut and end in "…". */
export const QUOTED_LENGTH = 60;

/** A text quoted for one line of a listing: in double quotes, escaped as JSON, cut after QUOTED_LENGTH characters. */
export function quoted(text: string): string {
  const cut = text.length > QUOTED_LENGTH ? text.slice(0, QUOTED_LENGTH) : text;
  // JSON.stringify escapes the C0 controls, quotes and backslashes; escapeControls the rest.
  const json = escapeControls(JSON.stringify(cut));
  return cut === text ? json : `${json.slice(0, -1)}…"`;
}
