import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { referralRegardlessOfStatus as rule } from "./referral-regardless-of-status";

const plan = (referral: string) =>
  `plan "P" {\n  stakeholder rc "Red Crescent" { kind: civil-society  contact: "1" }\n  referral {\n${referral}\n  }\n}\n`;

describe("REF003 referral-regardless-of-status", () => {
  it("passes when every life-saving pathway is open to all", () => {
    const text = plan(["health", "shelter", "food", "protection"].map((need) => `    pathway ${need}_p "P" { need: ${need}  provider: rc  regardless-of-status: yes }`).join("\n"));
    assert.deepEqual(run(rule, text), []);
  });

  it("is an error on 'no', standing on the attribute", () => {
    const findings = run(rule, plan(`    pathway care "Care" {\n      need: health  provider: rc\n      regardless-of-status: no\n    }`));
    assert.deepEqual(at(findings), ["6:7 error"]);
    assert.match(findings[0].message, /^The pathway care \(health care\) says it is closed to migrants without status\. Set "regardless-of-status: yes".*\(MICIC Principle 1, Guideline 11\)\.$/);
  });

  it("is a warning when absent, standing on the pathway's header", () => {
    const findings = run(rule, plan(`    pathway meals "Meals" { need: food  provider: rc }`));
    assert.deepEqual(at(findings), ["4:5 warning"]);
    assert.match(findings[0].message, /does not say that it is open to every migrant/);
  });

  it("checks health, shelter, food and protection, one finding per pathway", () => {
    const text = plan(["health", "shelter", "food", "protection"].map((need) => `    pathway ${need}_p "P" { need: ${need}  provider: rc }`).join("\n"));
    assert.deepEqual(at(run(rule, text)), ["4:5 warning", "5:5 warning", "6:5 warning", "7:5 warning"]);
  });

  it("leaves other needs alone, even with 'no'", () => {
    const text = plan([
      `    pathway home "Return" { need: return  provider: rc  regardless-of-status: no }`,
      `    pathway pss "Support" { need: psychosocial  provider: rc }`,
      `    pathway kids "Kids" { need: child-protection  provider: rc }`,
      `    pathway blank "No need yet" { provider: rc }`,
    ].join("\n"));
    assert.deepEqual(run(rule, text), []);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, 'plan "P" {\n  country: "X"\n}\n'), []);
  });

  it("fixes 'no' in place and inserts the attribute where it is missing", () => {
    const closed = plan(`    pathway care "Care" {\n      need: health  provider: rc\n      regardless-of-status: no\n    }`);
    assert.equal(applyFix(closed, run(rule, closed)[0]), closed.replace("regardless-of-status: no", "regardless-of-status: yes"));
    assertFixRemoves(rule, closed);

    const silent = plan(`    pathway care "Care" {\n      need: health  provider: rc\n    }`);
    assert.equal(assertFixRemoves(rule, silent), plan(`    pathway care "Care" {\n      need: health  provider: rc\n      regardless-of-status: yes\n    }`));

    const oneLine = plan(`    pathway meals "Meals" { need: food  provider: rc }`);
    assert.equal(assertFixRemoves(rule, oneLine), plan(`    pathway meals "Meals" { need: food  provider: rc regardless-of-status: yes }`));
  });

  it("reads a wrongly typed value as silence, on the attribute, and skips a need given as text", () => {
    const text = plan([
      `    pathway care "Care" { need: health  provider: rc  regardless-of-status: "yes" }`,
      `    pathway meals "Meals" { need: "food"  provider: rc }`,
    ].join("\n"));
    const findings = check(text).filter((f) => f.code === "REF003");
    assert.deepEqual(at(findings), ["4:55 warning"]);
    assert.equal(applyFix(text, findings[0]), text.replace(`regardless-of-status: "yes"`, "regardless-of-status: yes"));
  });
});
