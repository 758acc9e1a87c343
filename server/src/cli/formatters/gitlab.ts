/**
 * `--format gitlab`: GitLab's code quality report (a subset of the Code
 * Climate issue format), which GitLab shows in the merge request's widget
 * and diff when a job uploads it as `artifacts:reports:codequality`:
 *
 *   [{ "description": "…", "check_name": "EVAC004", "fingerprint": "…",
 *      "severity": "minor", "location": { "path": "plans/a.micic", "lines": { "begin": 12, "end": 12 } } }]
 *
 * error → `major`, warning → `minor`, info → `info`. The fingerprint is
 * what GitLab compares between the source and target branches to say which
 * findings a merge request introduces or resolves: it hashes the rule, the
 * file, and where the finding stands in the plan's structure and the text
 * it stands on (core/finding-match.ts), not its line or its message, so an
 * edit above a finding or another --locale does not make it new. Paths are
 * relative to the working folder: run the check from the repository's root.
 */
import { findingFingerprint, hash } from "./fingerprint";
import type { Severity } from "../../core/finding";
import { TOOL_NAME } from "./common";
import type { Formatter } from "./types";

const SEVERITY: Record<Severity, GitlabSeverity> = { error: "major", warning: "minor", info: "info" };

export type GitlabSeverity = "info" | "minor" | "major" | "critical" | "blocker";

export interface GitlabIssue {
  type: "issue";
  engine_name: string;
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Formatter = (results) => {
  const issues: GitlabIssue[] = [];
  for (const file of results) {
    // Findings that hash alike (one rule, one place, one text) are told apart by their order.
    const seen = new Map<string, number>();
    file.findings.forEach((f, index) => {
      const base = findingFingerprint(f, index, file);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      issues.push({
        type: "issue",
        engine_name: TOOL_NAME,
        description: f.message,
        check_name: f.code,
        fingerprint: hash(`${base}\0${occurrence}`),
        severity: SEVERITY[f.severity],
        location: { path: file.path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
      });
    });
  }
  return JSON.stringify(issues, null, 2) + "\n";
};
