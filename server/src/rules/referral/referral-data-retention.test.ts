import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { referralDataRetention as rule } from "./referral-data-retention";

const plan = (referral: string) => `plan "P" {\n  referral {\n${referral}\n  }\n}\n`;

describe("REF008 referral-data-retention", () => {
  it("passes with a duration", () => {
    assert.deepEqual(run(rule, plan("    data-retention: 90d")), []);
  });

  it("passes with a text", () => {
    assert.deepEqual(run(rule, plan(`    data-retention: "until the case is closed, at most one year"`)), []);
  });

  it("reports a missing data-retention as info, at the referral keyword", () => {
    const findings = run(rule, plan("    consent: required"));
    assert.deepEqual(at(findings), ["2:3 info"]);
    assert.match(findings[0].message, /^The referral section does not say how long personal data is kept\. Add "data-retention:".*\(MICIC Guideline 2\)\.$/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, 'plan "P" {\n  country: "X"\n}\n'), []);
  });

  it("counts a wrongly typed value as given (SCH002 reports its type)", () => {
    const findings = check(plan("    data-retention: yes"));
    assert.deepEqual(findings.filter((f) => f.code === "REF008"), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });
});
