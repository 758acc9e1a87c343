import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { communicationRumours as rule } from "./communication-rumours";

const plan = (...members: string[]) => `plan "P" {\n  communication {\n${members.join("\n")}\n  }\n}\n`;

describe("COMM010 communication-rumours", () => {
  it("passes when rumours are tracked", () => {
    assert.deepEqual(run(rule, plan("    rumour-tracking: yes")), []);
  });

  it("reports 'no' on the attribute, as info", () => {
    const findings = run(rule, plan("    rumour-tracking: no"));
    assert.deepEqual(at(findings), ["3:5 info"]);
    assert.match(findings[0].message, /^The communication section says rumours are not tracked\. .*set "rumour-tracking: yes": .*\(MICIC Guidelines 6 and 9\)\.$/);
  });

  it("reports an absent rumour-tracking on the section keyword, as info", () => {
    const findings = run(rule, plan("    pre-crisis-outreach: yes"));
    assert.deepEqual(at(findings), ["2:3 info"]);
    assert.match(findings[0].message, /does not say whether rumours are tracked/);
  });

  it("fixes 'no' in place and inserts the attribute where it is missing", () => {
    const no = plan("    rumour-tracking: no  # to be decided");
    assert.equal(applyFix(no, run(rule, no)[0]), plan("    rumour-tracking: yes  # to be decided"));
    assert.equal(assertFixRemoves(rule, plan("    pre-crisis-outreach: yes")), plan("    pre-crisis-outreach: yes", "    rumour-tracking: yes"));
    const oneLine = 'plan "P" {\n  communication { pre-crisis-outreach: yes }\n}\n';
    assert.equal(assertFixRemoves(rule, oneLine), 'plan "P" {\n  communication { pre-crisis-outreach: yes rumour-tracking: yes }\n}\n');
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  communication {\n    rumour-tracking: "yes", 3\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
