import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { referralConsent as rule } from "./referral-consent";

const plan = (referral: string) => `plan "P" {\n  referral {\n${referral}\n  }\n}\n`;

describe("REF005 referral-consent", () => {
  it("passes when consent is required", () => {
    assert.deepEqual(run(rule, plan("    consent: required")), []);
  });

  it("is an error on 'not-required', standing on the attribute", () => {
    const findings = run(rule, plan("    data-retention: 90d\n    consent: not-required"));
    assert.deepEqual(at(findings), ["4:5 error"]);
    assert.match(findings[0].message, /^The referral section lets personal data move between stakeholders without the person's consent\. Set "consent: required".*\(MICIC Guideline 2\)\.$/);
  });

  it("is a warning when absent, standing on the referral keyword", () => {
    const findings = run(rule, plan("    data-retention: 90d"));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /does not say whether people consent/);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, 'plan "P" {\n  country: "X"\n}\n'), []);
  });

  it("fixes 'not-required' in place and inserts the attribute where it is missing", () => {
    const waived = plan("    consent: not-required");
    assert.equal(applyFix(waived, run(rule, waived)[0]), plan("    consent: required"));
    assertFixRemoves(rule, waived);
    assert.equal(assertFixRemoves(rule, plan("    data-retention: 90d")), plan("    data-retention: 90d\n    consent: required"));
  });

  it("inserts into a referral section holding only pathways, before them", () => {
    const text = `plan "P" {\n  referral {\n    pathway care "Care" { need: health }\n  }\n}\n`;
    assert.equal(assertFixRemoves(rule, text), `plan "P" {\n  referral {\n    consent: required\n    pathway care "Care" { need: health }\n  }\n}\n`);
  });

  it("reads an unknown word as silence, standing on the attribute", () => {
    const findings = check(plan("    consent: maybe")).filter((f) => f.code === "REF005");
    assert.deepEqual(at(findings), ["3:5 warning"]);
  });
});
