import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { referralFirewall as rule } from "./referral-firewall";

const plan = (referral: string) => `plan "P" {\n  referral {\n${referral}\n  }\n}\n`;

describe("REF004 referral-firewall", () => {
  it("passes when referral data never reaches immigration enforcement", () => {
    assert.deepEqual(run(rule, plan("    shares-with-immigration-enforcement: no")), []);
  });

  it("is an error on 'yes', standing on the attribute", () => {
    const findings = run(rule, plan("    consent: required\n    shares-with-immigration-enforcement: yes"));
    assert.deepEqual(at(findings), ["4:5 error"]);
    assert.match(findings[0].message, /^The referral section says personal data from referrals is shared with immigration enforcement\. Set "shares-with-immigration-enforcement: no".*\(MICIC Guidelines 11 and 3\)\.$/);
  });

  it("is a warning when absent, standing on the referral keyword", () => {
    const findings = run(rule, plan("    consent: required"));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /does not say whether personal data from referrals reaches immigration enforcement/);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, 'plan "P" {\n  country: "X"\n}\n'), []);
  });

  it("fixes 'yes' in place and inserts the attribute where it is missing", () => {
    const shared = plan("    consent: required\n    shares-with-immigration-enforcement: yes");
    assert.equal(applyFix(shared, run(rule, shared)[0]), plan("    consent: required\n    shares-with-immigration-enforcement: no"));
    assertFixRemoves(rule, shared);
    assert.equal(assertFixRemoves(rule, plan("    consent: required")), plan("    consent: required\n    shares-with-immigration-enforcement: no"));
  });

  it("reads a wrongly typed value as silence, standing on the attribute", () => {
    const findings = check(plan("    shares-with-immigration-enforcement: 90d")).filter((f) => f.code === "REF004");
    assert.deepEqual(at(findings), ["3:5 warning"]);
  });
});
