/**
 * `--fix-dry-run`'s output: a unified diff of what `--fix` would write, for
 * people to read and for `git apply` or `patch -p1`.
 *
 * jsdiff (the `diff` package) finds and formats the changes. It is handed
 * only the stretches of lines the edits touch, each with its context, not
 * the whole file: its diff of two texts takes time in proportion to their
 * length times the number of changed lines, and 20,000 fixes in a plan of
 * 100,000 lines did not finish in ten minutes. Between the stretches the
 * text is the same, so their hunks are the hunks of the whole file.
 */
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch, type StructuredPatchHunk } from "diff";
import { LineIndex, type Span } from "../core/text";

/** Lines of context around each change, as `diff -u` and git show. */
const CONTEXT = 3;

/**
 * The diff from `before` to `after`, which the edits made (placed in
 * `before`, as core/fix.ts gives them), naming the file `a/PATH` and
 * `b/PATH`; "" when they are the same.
 */
export function unifiedDiff(shownPath: string, before: string, after: string, edits: readonly { span: Span; oldText: string; newText: string }[]): string {
  if (before === after) return "";
  const lines = new LineIndex(before);
  const last = lines.lineCount - 1;
  // The lines each edit touches with their context, merged where they meet;
  // each with how much its edits lengthen the text.
  const stretches: { first: number; last: number; growth: number }[] = [];
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const first = Math.max(0, lines.position(edit.span.start).line - CONTEXT);
    const end = Math.min(last, lines.position(edit.span.end).line + CONTEXT);
    const growth = edit.newText.length - edit.oldText.length;
    const previous = stretches[stretches.length - 1];
    if (previous && first <= previous.last + 1) {
      previous.last = Math.max(previous.last, end);
      previous.growth += growth;
    } else {
      stretches.push({ first, last: end, growth });
    }
  }
  const hunks: StructuredPatchHunk[] = [];
  let grown = 0; // characters the stretches before this one added
  let linesAdded = 0; // lines they added
  for (const stretch of stretches) {
    const from = lines.lineStarts[stretch.first];
    const to = stretch.last < last ? lines.lineStarts[stretch.last + 1] : before.length;
    const old = before.slice(from, to);
    const now = after.slice(from + grown, to + grown + stretch.growth);
    grown += stretch.growth;
    if (old === now) continue;
    for (const hunk of structuredPatch("", "", old, now, undefined, undefined, { context: CONTEXT }).hunks) {
      hunks.push({ ...hunk, oldStart: hunk.oldStart + stretch.first, newStart: hunk.newStart + stretch.first + linesAdded });
    }
    linesAdded += lineBreaks(now) - lineBreaks(old);
  }
  if (hunks.length === 0) return "";
  return formatPatch({ oldFileName: `a/${shownPath}`, newFileName: `b/${shownPath}`, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY);
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
