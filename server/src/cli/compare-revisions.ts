/**
 * Two revisions of one plan file checked and compared: the findings each
 * has, matched by rule and anchor (core/finding-match.ts), and what the plan
 * commits to in each (core/commitments.ts). `micic-plan diff` formats it;
 * the baseline (baseline.ts) keys findings the same way.
 */
import type { CheckResult, CheckSettings } from "../core/check";
import { compareCommitments, emptyCommitments, mergeCommitments, planCommitments, type CommitmentChange, type PlanCommitments } from "../core/commitments";
import { FINDINGS_LIMIT, type Finding } from "../core/finding";
import { findingKeys, matchFindings, planLabels, type FindingKey } from "../core/finding-match";
import type { LineIndex } from "../core/text";
import { checkSource, type SourceKind } from "../workspace/sources";

export interface KeyedFinding {
  code: string;
  key: FindingKey;
  message: string;
  finding: Finding;
}

/** One revision of a file as checked: undefined when the file does not exist in it. */
export interface CheckedRevision {
  /** Whether the text was checked as a plan file: a plan file always is; a Markdown note when it has ```micic blocks. */
  checked: boolean;
  /** Whether it holds a plan block (an empty plan file holds none, and has the finding that says so). */
  hasPlan: boolean;
  findings: KeyedFinding[];
  lines?: LineIndex;
  /** What its plans commit to (read here, so the syntax trees need not be kept: two revisions of a large plan are a lot of memory). */
  commitments: PlanCommitments;
}

export function checkRevision(text: string, kind: SourceKind, settings: CheckSettings): CheckedRevision {
  const results = checkSource(text, kind, settings);
  const labels = planLabels(results.map((r) => r.document));
  return {
    checked: results.length > 0,
    hasPlan: results.some((r) => r.document.plan !== undefined),
    findings: keyedFindings(results),
    lines: results[0]?.document.lines,
    commitments: results.reduce((all, result, index) => mergeCommitments(all, planCommitments(result.document.members, labels[index])), emptyCommitments()),
  };
}

/** Every finding of a file's plans with its key (the plans of a Markdown note told apart by their titles). */
export function keyedFindings(results: readonly CheckResult[]): KeyedFinding[] {
  const labels = planLabels(results.map((r) => r.document));
  return results.flatMap((result, index) => {
    const keys = findingKeys(result.document, result.findings, labels[index]);
    return result.findings.map((finding, at) => ({ code: finding.code, key: keys[at], message: finding.message, finding }));
  });
}

export interface RevisionComparison {
  introduced: KeyedFinding[];
  resolved: KeyedFinding[];
  /** Each as it stands in the later revision, with where it stood in the earlier. */
  unchanged: { before: KeyedFinding; after: KeyedFinding }[];
  commitments: CommitmentChange[];
  /**
   * Whether a revision reached the findings limit (LIM001): the findings it
   * did not list are not compared, so none is called resolved.
   */
  partial: boolean;
}

export function compareRevisions(before: CheckedRevision | undefined, after: CheckedRevision | undefined): RevisionComparison {
  const match = matchFindings(before?.findings ?? [], after?.findings ?? []);
  // A finding the limit left unlisted is not gone: with the limit reached, nothing is called resolved.
  const partial = [before, after].some((revision) => revision?.findings.some((k) => k.code === FINDINGS_LIMIT.code));
  return {
    partial,
    introduced: match.introduced,
    resolved: partial ? [] : match.resolved,
    unchanged: match.unchanged.map(([b, a]) => ({ before: b, after: a })),
    commitments: compareCommitments(before?.commitments ?? emptyCommitments(), after?.commitments ?? emptyCommitments()),
  };
}
