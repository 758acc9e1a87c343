import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, dateOf, olderThanMonths } from "../plan-model";
import { monthsBetween } from "./shared";

const guidelines = ["G5", "G8"];

/**
 * PLAN003: a plan reviewed long ago describes people who have moved on and
 * contacts that no longer answer. How long is too long is configurable
 * (`staleAfterMonths`, 24 by default).
 */
export const planReviewCurrent: Rule = {
  meta: {
    code: "PLAN003",
    name: "plan-review-current",
    area: "plan",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "The plan's `reviewed` date is older than `staleAfterMonths` (24 months by default).",
    docs: {
      why: `Migrant populations change quickly: seasonal workers come and go, new nationalities arrive, consulates and community leaders change their numbers. A plan that has not been reviewed for years plans for people who are no longer there. The MICIC Guidelines ask that contingency plans be kept up to date and that lessons from drills and crises be fed back into them (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  reviewed: 2022-03-10
}`,
      passing: `plan "Flood plan" {
  reviewed: 2026-09-15
}`,
      notes: `The limit is set by \`staleAfterMonths\` (default 24): a plan reviewed exactly 24 months ago still passes, one a day older does not. A missing \`reviewed\` is PLAN002's finding, and a value that is not a date is SCH002's; this rule then says nothing. There is no fix: only a real review can move the date.`,
    },
  },
  check({ plan, options, report }) {
    const reviewed = dateOf(plan, "reviewed");
    if (!reviewed || !olderThanMonths(reviewed, options.staleAfterMonths, options.today)) return;
    const value = attributeOf(plan, "reviewed")!.values[0];
    const months = monthsBetween(reviewed, options.today);
    report({
      message: `The plan was last reviewed on ${value.text}, ${months} months ago, longer than the ${options.staleAfterMonths} months a review should last. Review it with the stakeholders and migrants' representatives, check its numbers and contacts, and update "reviewed": populations move and contacts change (${cite(guidelines)}).`,
      span: value.span,
    });
  },
};
