/**
 * The rule authors' contract (docs/spec/RULES.md, "every finding is bounded"; the
 * contract in docs/rules/README.md): on plans with hundreds of items, every
 * rule's messages stay under MAX_MESSAGE_LENGTH characters, its related
 * information under MAX_RELATED locations, and the number of its findings
 * grows with the plan, never with a product of two of its parts.
 *
 * Each rule runs on its own, on the raw reports it makes (before the engine
 * cuts anything), on plan shapes built to make every rule report as often as
 * it can (bench/shapes.ts), at two sizes. Nothing here is timed.
 */
import assert from "node:assert/strict";
import {
  closingBracesText,
  crossProductPlan,
  hugeAttributePlan,
  manyFindingsPlan,
} from "../../bench/shapes";
import { parseDocument } from "../../server/src/core/document";
import { MAX_MESSAGE_LENGTH, MAX_RELATED, type Report } from "../../server/src/core/finding";
import { resolve } from "../../server/src/core/resolve";
import { defaultCheckOptions, type Rule } from "../../server/src/core/rule";
import { parseDirectives } from "../../server/src/core/suppression";
import { allRules, rulesByCode } from "../../server/src/rules/index";
import { TODAY } from "../helpers/plan";

/** The reports one rule makes on a text, as it makes them. */
function reportsOf(rule: Rule, text: string): Report[] {
  const document = parseDocument(text);
  if (!document.plan) return [];
  const reports: Report[] = [];
  const directives = parseDirectives(document, (name) => {
    const known = rulesByCode.get(name);
    return known && { code: known.meta.code, suppressible: !known.meta.alwaysOn };
  });
  rule.check({
    document,
    plan: document.plan,
    resolution: resolve(document.plan),
    options: { ...defaultCheckOptions(), today: TODAY },
    directives,
    report: (r) => reports.push(r),
  });
  return reports;
}

/** The shapes, each at a size: hundreds of populations, pathways, channels, stakeholders. */
const shapes: { name: string; make: (scale: number) => string }[] = [
  { name: "every rule firing", make: (scale) => manyFindingsPlan(2_000 * scale) },
  { name: "cross product", make: (scale) => crossProductPlan(10_000 * scale) },
  { name: "stray braces", make: (scale) => closingBracesText(500 * scale) },
  { name: "huge attribute", make: (scale) => hugeAttributePlan(2_000 * scale) },
];

/** Rules no plan shape can make report: the engine reports LIM001 itself (see its own test). */
const reportedByEngine = new Set(allRules.filter((r) => r.meta.reportedByEngine).map((r) => r.meta.code));

describe("every rule's findings are bounded", function () {
  this.timeout(120_000);
  const texts = shapes.map((shape) => ({ ...shape, small: shape.make(1), large: shape.make(2) }));

  for (const rule of allRules) {
    if (reportedByEngine.has(rule.meta.code)) continue;
    it(`${rule.meta.code} ${rule.meta.name}`, () => {
      let fired = false;
      for (const shape of texts) {
        const small = reportsOf(rule, shape.small);
        const large = reportsOf(rule, shape.large);
        fired ||= small.length > 0;
        for (const report of [...small, ...large]) {
          assert.ok(
            report.message.length <= MAX_MESSAGE_LENGTH,
            `on the ${shape.name} plan, a message of ${report.message.length} characters (at most ${MAX_MESSAGE_LENGTH}): ${report.message.slice(0, 200)}…`,
          );
          assert.ok((report.related?.length ?? 0) <= MAX_RELATED, `on the ${shape.name} plan, ${report.related?.length} related locations (at most ${MAX_RELATED})`);
          for (const fix of report.fixes ?? []) assert.ok(fix.title.length <= MAX_MESSAGE_LENGTH, `a fix title of ${fix.title.length} characters`);
        }
        // Twice the plan, about twice the findings: one per cause. One per
        // pair of blocks would give four times as many. (The shapes are
        // random, so a linear count may stray a little above twice.)
        assert.ok(
          large.length <= 3 * small.length + 2,
          `on the ${shape.name} plan, ${small.length} findings at one size and ${large.length} at twice the size: the count grows faster than the plan`,
        );
      }
      assert.ok(fired, `${rule.meta.code} reports nothing on any shape: the test would prove nothing for it`);
    });
  }
});
