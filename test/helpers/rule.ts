/**
 * Helpers for a rule's own tests: run one rule on a plan, read its findings,
 * apply its fixes. A rule's test file stands beside the rule
 * (server/src/rules/<area>/<name>.test.ts).
 */
import assert from "node:assert/strict";
import { checkText } from "./checker";
import { applyEdits } from "../../server/src/core/edits";
import type { Finding, TextEdit } from "../../server/src/core/finding";
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
 * An edit's text as a drafter accepts it in the editor: each place holds
 * `fills[n - 1]` for tab stop n when given; otherwise a choice its first
 * option and a place to write `fill`. An edit without a snippet is its
 * plain text.
 */
export function accepted(edit: TextEdit, fill: string | readonly string[] = "filled in"): string {
  if (edit.snippet === undefined) return edit.newText;
  const unescape = (s: string) => s.replace(/\\([$}\\,|])/g, "$1");
  const given = (stop: string) => (Array.isArray(fill) ? fill[Number(stop) - 1] : undefined);
  return edit.snippet.replace(/\$\{(\d+)(\|(?:\\.|[^|\\])*\||:"?…"?)\}|\$0|\\[$}\\]|[^$\\]+|./g, (part, stop: string | undefined, body: string | undefined) => {
    if (stop !== undefined) {
      const value = given(stop);
      if (value !== undefined) return value;
      if (body!.startsWith("|")) return unescape(body!.slice(1, -1).split(/(?<!\\),/)[0]);
      return typeof fill === "string" ? fill : "filled in";
    }
    if (part === "$0") return "";
    return unescape(part);
  });
}

/** The text a finding's first (or `index`th) fix makes once the drafter has filled its places (see `accepted`). */
export function applyAccepted(text: string, finding: Finding, index = 0, fill?: string | readonly string[]): string {
  assert.ok(finding.fixes[index], `${finding.code} offers fix ${index}`);
  return applyEdits(text, finding.fixes[index].edits.map((edit) => ({ span: edit.span, newText: accepted(edit, fill) })));
}

/**
 * Applies the first fix of the rule's first finding, its places filled as
 * the drafter would in the editor, and asserts that the result parses,
 * that this rule then reports one finding fewer, and returns the new text
 * for further assertions.
 */
export function assertFixRemoves(rule: Rule, text: string, options: Partial<CheckOptions> = {}, fill?: string | readonly string[]): string {
  const before = run(rule, text, options);
  assert.ok(before.length > 0, `${rule.meta.code} reports something to fix`);
  const fixed = applyAccepted(text, before[0], 0, fill);
  const after = run(rule, fixed, options);
  assert.equal(after.length, before.length - 1, `the fix removes the finding:\n${fixed}`);
  return fixed;
}
