import { removeComment, removeListItem } from "../../core/edits";
import type { Rule } from "../../core/rule";

/**
 * SUP001: a suppression comment that is malformed, names no rule, or
 * silences nothing. The engine applies the directives after every other rule
 * and hands them to this check, which reports what is wrong with them.
 */
export const unusedSuppression: Rule = {
  meta: {
    code: "SUP001",
    name: "unused-suppression",
    area: "language",
    severity: "warning",
    guidelines: [],
    fixable: true,
    hasSuggestions: false,
    summary: "A micic-disable comment that names no rule or suppresses nothing.",
    runsAfterSuppression: true,
    docs: {
      why: `A suppression comment is a promise to the reviewer that a finding was seen and judged acceptable, with the reason beside it. When the plan changes and the finding goes away, the comment stays and promises nothing; when it names a rule that does not exist, it suppresses nothing at all. Both are reported so that every suppression in a plan means something.`,
      failing: `plan "Flood plan" {
  # micic-disable-next-line EVAC010 -- families are kept together by law
  country: "Uzbekistan"
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
}`,
      notes: "The fix removes the comment, or only the rule that suppresses nothing when the comment names several. `--no-inline-config` ignores every suppression comment, and then none is reported.",
    },
  },
  check({ document, directives, report }) {
    for (const directive of directives ?? []) {
      if (directive.problem) {
        report({ message: directive.problem, span: directive.span });
        continue;
      }
      const unused = directive.targets.filter((t) => !t.used);
      if (unused.length === 0) continue;
      const where = directive.scope === "next-line" ? "on the next line" : "in this file";
      if (unused.length === directive.targets.length) {
        const names = unused.map((t) => t.written).join(", ");
        report({
          message: `this comment suppresses ${names} ${where}, but there is no such finding: remove the comment.`,
          span: directive.span,
          tags: ["unnecessary"],
          fixes: [{ title: "Remove this suppression comment", edits: [removeComment(document, directive.span)], kind: "fix" }],
        });
        continue;
      }
      for (const target of unused) {
        report({
          message: `${target.written} is suppressed ${where}, but there is no such finding: remove it from the comment.`,
          span: target.span,
          tags: ["unnecessary"],
          fixes: [{ title: `Remove '${target.written}' from the comment`, edits: [removeListItem(document, target.span)], kind: "fix" }],
        });
      }
    }
  },
};
