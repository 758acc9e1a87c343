/**
 * A rule whose findings take another severity than its default says when,
 * on its page (meta.severityWhen): a drafter who sees an error where the
 * page says "warning" should not have to guess why (issue 19).
 */
import assert from "node:assert/strict";
import { checkText } from "../../server/src/core/check";
import { allRules, rulesByCode } from "../../server/src/rules/index";
import { manyFindingsPlan } from "../../bench/shapes";
import { sampleFiles } from "../helpers/plan";

const TODAY = new Date("2026-06-01");

describe("rules whose severity varies", () => {
  it("say when, on their page, for every finding off their default on the samples and the every-gap shape", () => {
    const texts = [...sampleFiles().map((s) => s.text), manyFindingsPlan(300), 'plan "P" {\n  evacuation { non-refoulement-screening: no }\n  referral { consent: not-required  shares-with-immigration-enforcement: yes  pathway h "H" { need: health  regardless-of-status: no } }\n}\n'];
    const varied = new Set<string>();
    for (const text of texts) {
      for (const finding of checkText(text, { rules: allRules, today: TODAY }).findings) {
        const rule = rulesByCode.get(finding.code)!;
        if (rule.meta.reportedByEngine || finding.severity === rule.meta.severity) continue;
        varied.add(finding.code);
        assert.ok(rule.meta.severityWhen, `${finding.code} reported a ${finding.severity} (default ${rule.meta.severity}) and its page does not say when`);
      }
    }
    assert.ok(varied.size >= 5, `rules seen off their default: ${[...varied].join(", ")}`);
  });
});
