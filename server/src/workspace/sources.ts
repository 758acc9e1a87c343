/**
 * What a file holds: one plan (`.micic`), or plans embedded in Markdown
 * (```micic blocks). Every adapter checks files through here, so a Markdown
 * plan is checked exactly like a plan file.
 */
import { checkDocuments, type CheckResult, type CheckSettings } from "../core/check";
import { fileBudget, parseDocument, unreadDocument, type PlanDocument } from "../core/document";
import type { Finding, FixKind, TextEdit } from "../core/finding";
import { DEFAULT_FIX_KINDS, fixAll, fixPasses, type AppliedEdit } from "../core/fix";
import { formatCount, LineIndex } from "../core/text";
import { embeddedBlocks } from "./embedded";

export type SourceKind = "plan" | "markdown";

export const MARKDOWN_EXTENSIONS = [".md", ".markdown"];

/**
 * The most ```micic blocks checked in one Markdown file. Each is a plan
 * with its own findings (a small annex has about eight), so a note of
 * tens of thousands of one-line blocks would report hundreds of thousands;
 * a handbook with its annexes has dozens.
 */
export const MAX_EMBEDDED_PLANS = 5_000;

export function sourceKindOf(pathOrUri: string): SourceKind {
  const lower = pathOrUri.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? "markdown" : "plan";
}

/**
 * Parses a file's text: one document for a plan, one per embedded plan for
 * Markdown (none when it embeds no plan). Every span is a span of `text`.
 * The plans of a Markdown file share one text (the Markdown with all but
 * the blocks blanked), one line index, and the limits of one file: once
 * they have read as much as a plan file may hold, the blocks after are not
 * read, and the last plan read says so.
 */
export function parseSource(text: string, kind: SourceKind): PlanDocument[] {
  if (kind === "plan") return [parseDocument(text)];
  const embedded = embeddedBlocks(text);
  if (embedded.tooLarge) {
    return [unreadDocument(text, new LineIndex(text, embedded.lineStarts), embedded.tooLarge.span, embedded.tooLarge.message)];
  }
  if (embedded.blocks.length === 0) return [];
  const lines = new LineIndex(embedded.text, embedded.lineStarts);
  const budget = fileBudget();
  const documents: PlanDocument[] = [];
  for (const block of embedded.blocks.slice(0, MAX_EMBEDDED_PLANS)) {
    const document = parseDocument(embedded.text, block.content, lines, budget);
    if (block.prefix !== "") containerPrefixes.set(document, block.prefix);
    documents.push(document);
    if (budget.spent) return documents;
  }
  const unread = embedded.blocks[MAX_EMBEDDED_PLANS];
  if (unread) {
    const at = { start: unread.block.start, end: unread.block.start };
    const limit = formatCount(MAX_EMBEDDED_PLANS);
    documents[documents.length - 1].syntaxProblems.push({
      message: `this file holds more than ${limit} \`\`\`micic blocks: the checker checks the first ${limit} and no more from here on. Move some of the plans to files of their own`,
      span: at,
      limit: true,
    });
  }
  return documents;
}

/**
 * Checks a file's text: one result per plan of parseSource. The fixes'
 * edits are edits of the file as it is (see withFileEdits).
 */
export function checkSource(text: string, kind: SourceKind, settings: CheckSettings): CheckResult[] {
  return withFileEdits(checkDocuments(parseSource(text, kind), settings));
}

/**
 * Applies fixes to a file's text: those of kind "fix" unless `kinds` says
 * otherwise (`--fix-type`). For Markdown, the fixes of all its plans are
 * applied together, pass by pass, to the Markdown text itself: their edits
 * are offsets of it, and lie inside the blocks.
 * `checked`: the check of a plan file's text with `settings`, when the caller has it (see fixAll).
 */
export function fixSource(
  text: string,
  kind: SourceKind,
  settings: CheckSettings,
  checked?: CheckResult,
  kinds: readonly FixKind[] = DEFAULT_FIX_KINDS,
): { text: string; applied: number; edits: AppliedEdit[]; results: CheckResult[] } {
  if (kind === "plan") {
    const outcome = fixAll(text, settings, checked, kinds);
    return { text: outcome.text, applied: outcome.applied, edits: outcome.edits, results: [outcome.result] };
  }
  return fixPasses(text, (current, passSettings) => checkSource(current, "markdown", passSettings), settings, undefined, kinds);
}

/**
 * The container prefix of each plan parseSource read from a ```micic block
 * in a block quote or a list item ("> ", "   "): the rules see those
 * columns blanked, and write the lines they add without them.
 */
const containerPrefixes = new WeakMap<PlanDocument, string>();

/**
 * The prefix of the lines of the ```micic block a plan was read from, when
 * the block stands in a block quote or a list item ("> "); undefined for a
 * plan file or a block at the top level. For an adapter that writes edits
 * of its own into a plan (the editor's suppression comments): pass them
 * through editInContainer with it.
 */
export function containerPrefix(document: PlanDocument): string | undefined {
  return containerPrefixes.get(document);
}

/**
 * The results with every fix's edits made edits of the file as it is: in a
 * ```micic block inside a block quote or a list item, a line an edit adds
 * starts with the block's prefix ("> "), which the rules, reading the
 * blanked copy, wrote as spaces or not at all. Results of other plans are
 * returned as they are. The language server, which checks parsed
 * documents itself, passes its results through here too.
 */
export function withFileEdits(results: CheckResult[]): CheckResult[] {
  return results.map((result) => {
    const prefix = containerPrefixes.get(result.document);
    if (prefix === undefined || !result.findings.some((f) => f.fixes.length > 0)) return result;
    const lines = result.document.lines;
    const inFile = (finding: Finding): Finding =>
      finding.fixes.length === 0
        ? finding
        : { ...finding, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => editInContainer(edit, lines, prefix)) })) };
    return { ...result, findings: result.findings.map(inFile) };
  });
}

/**
 * An edit of a plan in a block whose lines start with `prefix`, as an edit
 * of the Markdown file. In the copy the rules read, the prefix's columns
 * are spaces: so a line the edit writes starts with up to that many spaces
 * of them, which become the prefix; an edit that starts or ends among them
 * is widened to the start or end of the prefix, with the spaces it left
 * out written back. A blank line gets the prefix without its trailing
 * spaces (">" in a block quote). The line breaks are the edit's own.
 */
export function editInContainer(edit: TextEdit, lines: LineIndex, prefix: string): TextEdit {
  const width = prefix.length;
  let { start, end } = edit.span;
  let newText = edit.newText;
  let snippet = edit.snippet;
  const startLine = lines.position(start).line;
  const startColumn = start - lines.lineStarts[startLine];
  if (startColumn > 0 && startColumn < width) {
    // Starts among the prefix's columns: from the line's start, with the blanked columns before it.
    newText = " ".repeat(startColumn) + newText;
    if (snippet !== undefined) snippet = " ".repeat(startColumn) + snippet;
    start -= startColumn;
  }
  const endLine = lines.position(end).line;
  const endLineStart = lines.lineStarts[endLine];
  const endOfPrefix = Math.min(endLineStart + width, lines.lineEndWithoutBreak(endLine));
  if (end > endLineStart && end < endOfPrefix) {
    // Ends among the prefix's columns: to the prefix's end, writing back the blanked columns it left.
    const left = " ".repeat(endOfPrefix - end);
    newText += left;
    if (snippet !== undefined) snippet += left;
    end = endOfPrefix;
  }
  const startsLine = start === lines.lineStarts[startLine];
  const endsAtLineStart = end === endLineStart;
  const endsAtLineEnd = end === lines.lineEndWithoutBreak(endLine);
  const prefixed = (text: string): string => {
    const pieces = text.split(/(\r\n|\r|\n)/);
    // pieces: line, break, line, break, …, line
    for (let i = 0; i < pieces.length; i += 2) {
      if (i === 0 && !startsLine) continue;
      const last = i === pieces.length - 1;
      // The text after the edit starts a line with its own prefix.
      if (last && pieces[i] === "" && endsAtLineStart) continue;
      const piece = pieces[i];
      let blanked = 0;
      while (blanked < width && blanked < piece.length && (piece[blanked] === " " || piece[blanked] === "\t")) blanked++;
      const rest = piece.slice(blanked);
      const blank = rest === "" && (!last || endsAtLineEnd);
      pieces[i] = (blank ? prefix.trimEnd() : prefix) + rest;
    }
    return pieces.join("");
  };
  const result: TextEdit = { ...edit, span: { start, end }, newText: prefixed(newText) };
  if (snippet !== undefined) result.snippet = prefixed(snippet);
  if (edit.range) result.range = lines.range(result.span);
  return result;
}
