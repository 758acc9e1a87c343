/**
 * A finding: one problem the checker reports, in the one shape every adapter
 * reads (the language server's diagnostics, the CLI's formatters, the
 * Markdown report). It carries everything a formatter needs (code, severity,
 * message, range) and what a fix needs (text edits), so no adapter ever
 * re-runs a rule.
 */
import type { Range, Span } from "./text";
import { byCodeUnits } from "./text";

export type Severity = "error" | "warning" | "info";

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Replace the text in `span` by `newText` (an insertion when the span is empty). */
export interface TextEdit {
  span: Span;
  newText: string;
  /** The span as lines and characters; filled in by the engine for every fix it reports. */
  range?: Range;
}

export interface Fix {
  /** What the fix does, as a command a drafter would click: "Add 'contact'". */
  title: string;
  edits: TextEdit[];
  /**
   * Whether `--fix` may apply it unattended. Fixes that must guess (which of
   * several did-you-mean words) are offered in the editor only.
   */
  safe: boolean;
}

export interface RelatedLocation {
  message: string;
  span: Span;
  range: Range;
}

export interface Finding {
  /** The rule's stable code: `SCH001`, `EVAC005`. */
  code: string;
  /** The rule's readable name: `unknown-attribute`. */
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  /** Guidelines and principles the rule comes from (`G13`, `P1`). */
  guidelines: string[];
  fixes: Fix[];
  related: RelatedLocation[];
  /** `unnecessary` for dead text (an unused suppression), as LSP tags it. */
  tags?: "unnecessary"[];
}

/** What a check reports before the engine fills in ranges and severity. */
export interface Report {
  message: string;
  span: Span;
  fixes?: Fix[];
  related?: { message: string; span: Span }[];
  /** A severity other than the rule's default (EVAC001: error when `no`). */
  severity?: Severity;
  tags?: "unnecessary"[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || byCodeUnits(a.code, b.code);
}
