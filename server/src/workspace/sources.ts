/**
 * What a file holds: one plan (`.micic`), or plans embedded in Markdown
 * (```micic blocks). Every adapter checks files through here, so a Markdown
 * plan is checked exactly like a plan file.
 */
import { checkDocuments, type CheckResult, type CheckSettings } from "../core/check";
import { fileBudget, parseDocument, unreadDocument, type PlanDocument } from "../core/document";
import { fixAll, fixPasses } from "../core/fix";
import { formatCount, LineIndex } from "../core/text";
import { embeddedBlocks } from "../markdown/embedded";

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
    documents.push(parseDocument(embedded.text, block.content, lines, budget));
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

/** Checks a file's text: one result per plan of parseSource. */
export function checkSource(text: string, kind: SourceKind, settings: CheckSettings = {}): CheckResult[] {
  return checkDocuments(parseSource(text, kind), settings);
}

/**
 * Applies every safe fix to a file's text. For Markdown, the fixes of all
 * its plans are applied together, pass by pass, to the Markdown text itself:
 * their edits are offsets of it, and lie inside the blocks.
 * `checked`: the check of a plan file's text with `settings`, when the caller has it (see fixAll).
 */
export function fixSource(text: string, kind: SourceKind, settings: CheckSettings = {}, checked?: CheckResult): { text: string; applied: number; results: CheckResult[] } {
  if (kind === "plan") {
    const outcome = fixAll(text, settings, checked);
    return { text: outcome.text, applied: outcome.applied, results: [outcome.result] };
  }
  return fixPasses(text, (current, passSettings) => checkSource(current, "markdown", passSettings), settings);
}
