/**
 * What several formatters share: 1-based positions, counts by severity, the
 * tool's name and version. Positions are converted here, at the edge: the
 * core speaks 0-based lines and characters (UTF-16 code units) and offsets.
 */
import type { Finding, Fix, Severity, TextEdit } from "../../core/finding";
import type { LineIndex, Range } from "../../core/text";
import type { FileResult, FormatContext } from "./types";

export const TOOL_NAME = "micic-plan";

declare const MICIC_VERSION: string;

/** The version the context gives, else the one the bundle was built with. */
export function toolVersion(context: FormatContext): string {
  return context.version ?? (typeof MICIC_VERSION === "string" ? MICIC_VERSION : "0.0.0-dev");
}

/**
 * A range as people and most tools count: lines and columns from 1, the end
 * exclusive (the column just after the last character), columns in UTF-16
 * code units.
 */
export interface OneBasedRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function oneBased(range: Range): OneBasedRange {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/**
 * Where a fix's edit falls: the range the engine gives every edit it
 * reports, else one computed from the file's lines, else unknown.
 */
function editRange(lines: LineIndex | undefined, edit: TextEdit): OneBasedRange | undefined {
  if (edit.range) return oneBased(edit.range);
  return lines ? oneBased(lines.range(edit.span)) : undefined;
}

/**
 * A fix's edits, each with where it stands (1-based), or undefined if one
 * cannot be placed: a fix is all its edits or nothing. (Without the file's
 * lines and without a range on the edit, nothing can be placed.)
 */
export function placedEdits(lines: LineIndex | undefined, fix: Fix): { edit: TextEdit; at: OneBasedRange }[] | undefined {
  const placed: { edit: TextEdit; at: OneBasedRange }[] = [];
  for (const edit of fix.edits) {
    const at = editRange(lines, edit);
    if (!at) return undefined;
    placed.push({ edit, at });
  }
  return placed;
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: Iterable<Finding>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function allFindings(results: readonly FileResult[]): Finding[] {
  return results.flatMap((r) => r.findings);
}

/** Rule summaries and docs are Markdown; formats without Markdown get the words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?![*\w])/g, "$1$2")
    .replace(/`([^`]*)`/g, "$1");
}
