/**
 * Helpers for a rule's own tests: run one rule on a plan, read its findings,
 * apply its fixes. A rule's test file stands beside the rule
 * (server/src/rules/<area>/<name>.test.ts).
 */
import assert from "node:assert/strict";
import { checkText } from "./checker";
import { applyEdits } from "../../server/src/core/edits";
import type { Finding } from "../../server/src/core/finding";
import type { CheckOptions, Rule } from "../../server/src/core/rule";
import { TODAY } from "./plan";

/** The findings one rule reports on a plan (the plan must parse cleanly). */
export function run(rule: Rule, text: string, options: Partial<CheckOptions> = {}): Finding[] {
  const result = checkText(text, { today: TODAY, ...options });
  const syntax = result.findings.filter((f) => /^(SYN|SCH|NAM)/.test(f.code) && f.severity === "error");
  assert.deepEqual(syntax.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`), [], "the test plan itself has no language error");
  return result.findings.filter((f) => f.code === rule.meta.code);
}

/** `line:col severity` for each finding, 1-based, for compact assertions. */
export function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity}`);
}

/** The text a finding's first (or `index`th) fix makes. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  assert.ok(finding.fixes[index], `${finding.code} offers fix ${index}`);
  return applyEdits(text, finding.fixes[index].edits);
}

/**
 * Applies the first fix of the rule's first finding and asserts that the
 * result parses, that this rule then reports one finding fewer, and returns
 * the new text for further assertions.
 */
export function assertFixRemoves(rule: Rule, text: string, options: Partial<CheckOptions> = {}): string {
  const before = run(rule, text, options);
  assert.ok(before.length > 0, `${rule.meta.code} reports something to fix`);
  const fixed = applyFix(text, before[0]);
  const after = run(rule, fixed, options);
  assert.equal(after.length, before.length - 1, `the fix removes the finding:\n${fixed}`);
  return fixed;
}
