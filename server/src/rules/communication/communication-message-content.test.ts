import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { communicationMessageContent as rule } from "./communication-message-content";

const ALL = "hazard, affected-areas, assistance, contacts, eligibility, id-requirements, evacuation";
const plan = (...members: string[]) => `plan "P" {\n  communication {\n${members.join("\n")}\n  }\n}\n`;

describe("COMM006 communication-message-content", () => {
  it("passes when every essential topic is listed, in any order and with others", () => {
    assert.deepEqual(run(rule, plan(`    information-on: ${ALL}`)), []);
    assert.deepEqual(run(rule, plan("    information-on: rights, evacuation, id-requirements, eligibility, contacts, assistance, affected-areas, hazard")), []);
  });

  it("reports missing topics once, on the attribute, naming them all in RULES.md order", () => {
    const findings = run(rule, plan("    information-on: hazard, evacuation, contacts"));
    assert.deepEqual(at(findings), ["3:5 warning"]);
    assert.match(
      findings[0].message,
      /^"information-on" lacks affected-areas, assistance, eligibility and id-requirements\. Add them: .*\(MICIC Guideline 9\)\.$/,
    );
  });

  it("reports one missing topic in the singular", () => {
    const findings = run(rule, plan("    information-on: hazard, affected-areas, assistance, contacts, eligibility, evacuation"));
    assert.match(findings[0].message, /^"information-on" lacks id-requirements\. Add it:/);
  });

  it("reports a missing information-on on the section keyword", () => {
    const findings = run(rule, plan("    rumour-tracking: yes"));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, new RegExp(`Add "information-on: ${ALL}"`));
  });

  it("fixes by adding the missing topics after the last one, or inserting the attribute", () => {
    const partial = plan("    information-on: hazard, evacuation, contacts  # agreed in May");
    assert.equal(
      applyFix(partial, run(rule, partial)[0]),
      plan("    information-on: hazard, evacuation, contacts, affected-areas, assistance, eligibility, id-requirements  # agreed in May"),
    );
    assert.equal(assertFixRemoves(rule, plan("    rumour-tracking: yes")), plan("    rumour-tracking: yes", `    information-on: ${ALL}`));
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  communication {\n    information-on: "hazard", 3\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
