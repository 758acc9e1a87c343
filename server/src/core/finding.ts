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

/**
 * The bounds every finding keeps (docs/spec/RULES.md: "every finding is bounded"): a
 * message names a few items and counts the rest, so it stays under this
 * many characters however large the plan; related information holds at most
 * this many locations. Rules keep within them on their own (a test checks
 * every rule on plans with hundreds of items); the engine cuts what a rule
 * still lets through, so that no plan can make an output grow without limit.
 */
export const MAX_MESSAGE_LENGTH = 500;
export const MAX_RELATED = 10;

/** A file reports at most this many findings unless configured otherwise (`maxFindings`). */
export const DEFAULT_MAX_FINDINGS = 2000;

/** The largest limit of findings per file one may set: beyond it an editor or a report is no use anyway. */
export const MAX_FINDINGS_CEILING = 100_000;

/**
 * The finding that says how many findings a file did not report. The engine
 * makes it (core/check.ts); rules/language/findings-limit.ts documents it.
 */
export const FINDINGS_LIMIT = { code: "LIM001", name: "findings-limit" } as const;

/** Replace the text in `span` by `newText` (an insertion when the span is empty). */
export interface TextEdit {
  span: Span;
  newText: string;
  /**
   * The same text as an editor snippet, when part of it is for the drafter
   * to write (a title, a contact, who provides a service): tab stops
   * (`${1:…}`) the editor moves through, or a choice among the names the
   * plan declares (`${1|kg_embassy,tj_embassy|}`). `newText` then holds a
   * placeholder in each such place ("…"), never an invented value.
   */
  snippet?: string;
  /** The span as lines and characters; filled in by the engine for every fix it reports. */
  range?: Range;
}

/**
 * Two kinds of edit stand beside a finding, as in ESLint (docs/spec/RULES.md, "Fixes
 * and suggestions"):
 * - a "fix" is mechanical and cannot change what the plan commits to (a
 *   misspelt word with one close match, a canonical spelling, a duplicate
 *   removed, an unused suppression removed); `check --fix` applies it;
 * - a "suggestion" adds or changes a commitment (a yes, a provider, a
 *   language, a population in scope, a new block); the editor offers it,
 *   and the command line applies it only when asked (`--fix-type
 *   suggestion`).
 */
export type FixKind = "fix" | "suggestion";

export interface Fix {
  /**
   * What the edit does, as a command a drafter would click; a suggestion's
   * title says what it commits the plan to: "Commit the evacuation to every
   * migrant whatever their status (regardless-of-status: yes)".
   */
  title: string;
  edits: TextEdit[];
  kind: FixKind;
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
